// The demo's calendar is fixed, never read from the clock: six months ending at CORPUS_END.

/** 2026-05-01T00:00:00Z in seconds: nothing in the demo happens at or after this instant. */
export const CORPUS_END = Date.UTC(2026, 4, 1) / 1000;
export const CORPUS_DAYS = 181;
export const CORPUS_START = CORPUS_END - CORPUS_DAYS * 86400;

export const HOUR = 3600;
export const DAY = 86400;

/** Seconds since the epoch -> "2026-05-01T12:00:00Z" (the corpus' one time format). */
export function isoSeconds(sec: number): string {
	return new Date(sec * 1000).toISOString().slice(0, 19) + 'Z';
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export function weekday(sec: number): string {
	return WEEKDAYS[new Date(sec * 1000).getUTCDay()];
}
