// Times in exports come as ISO-8601, "YYYY-MM-DD HH:MM:SS" (WordPress, isso), Unix seconds
// (Reddit), RFC 2822 (RSS), "May 1, 2026 at 10:15 AM" or "2 hours ago" (pasted pages).
// All become the corpus form "2026-05-01T12:00:00Z". A time without a zone is taken as UTC:
// exports are machine output, and guessing the reader's zone would make ingest depend on the host.

/** A value that should have been a time but is not one; the message says what was seen. */
export class BadTime extends Error {}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Formats epoch milliseconds as the corpus time form (seconds precision, UTC, Z). */
export function isoFromMs(ms: number): string {
	const d = new Date(ms);
	const y = d.getUTCFullYear();
	if (!Number.isFinite(ms) || y < 1000 || y > 9999) throw new BadTime(`time out of range: ${ms}`);
	return `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`;
}

function fromParts(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, offsetMin = 0, raw = ''): string {
	const daysIn = new Date(Date.UTC(y, mo, 0)).getUTCDate();
	if (y < 1000 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > daysIn || h > 24 || mi > 59 || s > 60)
		throw new BadTime(`not a valid date: "${raw}"`);
	return isoFromMs(Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59)) - offsetMin * 60_000);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const CORPUS_FORM = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** Already "YYYY-MM-DDTHH:MM:SSZ" and a real time: the common case, checked without a Date. */
function isCorpusTime(s: string): boolean {
	if (!CORPUS_FORM.test(s)) return false;
	const y = +s.slice(0, 4);
	const mo = +s.slice(5, 7);
	const d = +s.slice(8, 10);
	const leap = mo === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 1 : 0;
	return y >= 1000 && mo >= 1 && mo <= 12 && d >= 1 && d <= DAYS[mo - 1] + leap && +s.slice(11, 13) < 24 && +s.slice(14, 16) < 60 && +s.slice(17, 19) < 60;
}

const ISO =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const CLOCK = String.raw`(?:,?\s*(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?`;
const MDY = new RegExp(String.raw`^(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${CLOCK}$`, 'i');
const DMY = new RegExp(String.raw`^(?:[a-z]{3,9},?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})${CLOCK}$`, 'i');
const DOTTED = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4})${CLOCK}$`, 'i');

function offsetMinutes(z: string | undefined): number {
	if (!z || /^(z|utc|gmt)$/i.test(z)) return 0;
	const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z)!;
	return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function clock(h?: string, mi?: string, s?: string, ampm?: string): [number, number, number] {
	let hour = Number(h ?? 0);
	if (ampm) {
		const pm = ampm[0].toLowerCase() === 'p';
		if (hour === 12) hour = pm ? 12 : 0;
		else if (pm) hour += 12;
	}
	return [hour, Number(mi ?? 0), Number(s ?? 0)];
}

function month(name: string, raw: string): number {
	const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
	if (i < 0) throw new BadTime(`not a valid date: "${raw}"`);
	return i + 1;
}

const UNIT_MS: Record<string, number> = {
	s: 1000, sec: 1000, second: 1000, m: 60_000, min: 60_000, minute: 60_000, h: 3_600_000, hr: 3_600_000, hour: 3_600_000,
	d: 86_400_000, day: 86_400_000, w: 604_800_000, wk: 604_800_000, week: 604_800_000, mo: 2_592_000_000,
	month: 2_592_000_000, y: 31_536_000_000, yr: 31_536_000_000, year: 31_536_000_000
};
const RELATIVE = /^(a|an|one|\d+)\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)(?:\s+ago)?$/i;

/**
 * "2 hours ago", "5m", "yesterday", "just now" relative to `reference` (epoch ms), or null when the
 * text is not a relative time. Months are 30 days and years 365: pages round these anyway.
 */
export function parseRelative(text: string, reference: number): string | null {
	const t = text.trim().toLowerCase().replace(/^(posted|edited)\s+/, '');
	if (/^(just now|now|a moment ago|moments ago|a few seconds ago)$/.test(t)) return isoFromMs(reference);
	if (t === 'yesterday') return isoFromMs(reference - 86_400_000);
	const m = RELATIVE.exec(t);
	if (!m) return null;
	const n = /^\d+$/.test(m[1]) ? Number(m[1]) : 1;
	let unit = m[2].toLowerCase();
	if (unit !== 's' && unit.endsWith('s') && unit !== 'mos') unit = unit.slice(0, -1);
	const ms = UNIT_MS[unit];
	return ms === undefined ? null : isoFromMs(reference - n * ms);
}

export interface ParseTimeOptions {
	/** Epoch ms that relative times ("2 hours ago") count back from; without it they are invalid. */
	reference?: number;
}

/**
 * Any supported time representation to "YYYY-MM-DDTHH:MM:SSZ"; null for empty input
 * (the source had no time). Throws BadTime when a value is present but not a time.
 */
export function parseTime(value: unknown, options: ParseTimeOptions = {}): string | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'string' && value.length === 20 && isCorpusTime(value)) return value;
	if (typeof value === 'number') return fromEpoch(value, String(value));
	if (typeof value !== 'string') throw new BadTime(`not a time: ${JSON.stringify(value)?.slice(0, 40)}`);
	const s = value.trim();
	if (!s || s === '0000-00-00 00:00:00') return null;
	if (/^-?\d+(\.\d+)?$/.test(s)) {
		if (s.length === 8 && /^(19|20)\d{6}$/.test(s)) return fromParts(+s.slice(0, 4), +s.slice(4, 6), +s.slice(6), 0, 0, 0, 0, s);
		return fromEpoch(Number(s), s);
	}
	let m = ISO.exec(s);
	if (m) return fromParts(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), offsetMinutes(m[7]), s);
	m = MDY.exec(s);
	if (m) return fromParts(+m[3], month(m[1], s), +m[2], ...clock(m[4], m[5], m[6], m[7]), offsetMinutes(m[8]), s);
	m = DMY.exec(s);
	if (m) return fromParts(+m[3], month(m[2], s), +m[1], ...clock(m[4], m[5], m[6], m[7]), offsetMinutes(m[8]), s);
	m = DOTTED.exec(s);
	if (m) return fromParts(+m[3], +m[2], +m[1], ...clock(m[4], m[5], m[6], m[7]), offsetMinutes(m[8]), s);
	// RFC 2822 as in RSS: "Tue, 14 Jan 2014 17:31:03 +0000" (always carries its zone).
	if (/^[a-z]{3},\s+\d{1,2}\s+[a-z]{3}\s+\d{4}\s+\d{2}:\d{2}(:\d{2})?\s+([+-]\d{4}|gmt|ut|utc|z)$/i.test(s)) {
		const ms = Date.parse(s);
		if (Number.isFinite(ms)) return isoFromMs(ms);
	}
	if (options.reference !== undefined) {
		const rel = parseRelative(s, options.reference);
		if (rel) return rel;
	}
	throw new BadTime(`not a valid date: "${s.slice(0, 60)}"`);
}

/** Unix seconds, or milliseconds when the number is too large to be seconds (after year 5138). */
function fromEpoch(n: number, raw: string): string {
	if (!Number.isFinite(n)) throw new BadTime(`not a valid time: "${raw}"`);
	return isoFromMs(Math.abs(n) >= 1e11 ? n : n * 1000);
}
