// Time buckets: granularity from the span, bucket keys, and the full run of buckets between two
// times so charts see empty periods as zeros rather than gaps.
import type { Granularity } from '../../../api-types';
import { FilterError, lowerInstant, upperInstantExclusive, type Filters } from '../../../filters';

export const GRANULARITIES: readonly Granularity[] = ['hour', 'day', 'week', 'month'];
export const MAX_BUCKETS = 3000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

export function parseGranularity(raw: string | null): Granularity | undefined {
	if (raw === null || raw === '' || raw === 'auto') return undefined;
	if (!(GRANULARITIES as readonly string[]).includes(raw))
		throw new FilterError('granularity', `granularity: "${raw.slice(0, 20)}" is not one of auto, hour, day, week, month`);
	return raw as Granularity;
}

/** About 20 to 150 buckets for any span. */
export function granularityFor(spanMs: number): Granularity {
	if (spanMs <= 4 * DAY) return 'hour';
	if (spanMs <= 150 * DAY) return 'day';
	if (spanMs <= 730 * DAY) return 'week';
	return 'month';
}

const dayKey = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The bucket a day ("YYYY-MM-DD") or hour ("YYYY-MM-DDTHH") falls in. */
export function bucketKey(value: string, g: Granularity): string {
	if (g === 'hour') return `${value.slice(0, 13)}:00:00Z`;
	const day = value.slice(0, 10);
	if (g === 'day') return day;
	if (g === 'month') return `${day.slice(0, 7)}-01`;
	const ms = Date.parse(`${day}T00:00:00Z`);
	const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday = 0
	return dayKey(ms - weekday * DAY);
}

function bucketStartMs(key: string): number {
	return Date.parse(key.length === 10 ? `${key}T00:00:00Z` : key);
}

export function nextBucket(key: string, g: Granularity): string {
	const ms = bucketStartMs(key);
	if (g === 'hour') return new Date(ms + HOUR).toISOString().slice(0, 19) + 'Z';
	if (g === 'day') return dayKey(ms + DAY);
	if (g === 'week') return dayKey(ms + 7 * DAY);
	const d = new Date(ms);
	return dayKey(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

/** Every bucket key from the one holding `first` to the one holding `last` (ISO times or days). */
export function bucketRange(first: string, last: string, g: Granularity): string[] {
	const end = bucketKey(toKeyInput(last), g);
	const out: string[] = [];
	for (let k = bucketKey(toKeyInput(first), g); k <= end; k = nextBucket(k, g)) {
		out.push(k);
		if (out.length > MAX_BUCKETS)
			throw new FilterError('granularity', `granularity: ${g} gives more than ${MAX_BUCKETS} buckets over this period; choose a coarser one`);
	}
	return out;
}

/** "2026-05-01T12:34:56Z" -> "2026-05-01T12" (hour precision input for bucketKey). */
const toKeyInput = (t: string) => (t.length >= 13 ? t.slice(0, 13) : t);

/**
 * The period a time chart spans: the filter's bounds where given, else the data's first and
 * last comment (as day or hour values). Returns null when there is nothing dated.
 */
export function chartPeriod(f: Filters, dataFirst: string | null, dataLast: string | null): { first: string; last: string } | null {
	const first = f.from ? lowerInstant(f.from) : dataFirst;
	const last = f.to ? new Date(Date.parse(upperInstantExclusive(f.to)) - 1000).toISOString().slice(0, 19) + 'Z' : dataLast;
	if (!first || !last || first.slice(0, 13) > last.slice(0, 13)) return null;
	return { first, last };
}

export function spanMs(first: string, last: string): number {
	const norm = (t: string) => (t.length === 10 ? `${t}T00:00:00Z` : t.length === 13 ? `${t}:00:00Z` : t);
	return Date.parse(norm(last)) - Date.parse(norm(first)) + (last.length === 10 ? DAY : last.length === 13 ? HOUR : 0);
}
