// Time buckets as the server sends them (the server picks the granularity), in UTC: parsing,
// bounds, the from/to filter a brushed range becomes, and labels that read the same everywhere.
import { utcHour, utcDay, utcMonday, utcMonth, type CountableTimeInterval } from 'd3-time';
import { clock } from './clock.svelte';

export type Granularity = 'hour' | 'day' | 'week' | 'month';

export function interval(g: Granularity): CountableTimeInterval {
	// Weeks start on Monday, as the server buckets them.
	return { hour: utcHour, day: utcDay, week: utcMonday, month: utcMonth }[g];
}

/**
 * Parses a bucket key as the server writes it: "2026-05-01T12" (hour), "2026-05-01" (day or
 * week start), "2026-05" (month) or a full ISO time. Always UTC.
 */
export function parseBucket(key: string): Date {
	let iso = key;
	if (/^\d{4}-\d{2}$/.test(key)) iso = `${key}-01T00:00:00Z`;
	else if (/^\d{4}-\d{2}-\d{2}$/.test(key)) iso = `${key}T00:00:00Z`;
	else if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}$/.test(key)) iso = `${key.replace(' ', 'T')}:00:00Z`;
	else if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}$/.test(key)) iso = `${key.replace(' ', 'T')}:00Z`;
	const d = new Date(iso);
	if (Number.isNaN(d.getTime())) throw new Error(`invalid time bucket: "${key}"`);
	return d;
}

/** The start of the bucket after the one starting at `start`. */
export function bucketEnd(start: Date, g: Granularity): Date {
	return interval(g).offset(start, 1);
}

/** "2026-05-01": the date part of a UTC instant, the form the from/to filters take. */
export function isoDate(d: Date): string {
	return d.toISOString().slice(0, 10);
}

/**
 * A pixel range on a time axis snapped outward to whole buckets, as inclusive from/to dates.
 * `to` is the last day that the range touches (a range ending exactly at midnight excludes that day).
 */
export function rangeToDates(
	a: Date,
	b: Date,
	g: Granularity
): { from: string; to: string } {
	const [lo, hi] = a <= b ? [a, b] : [b, a];
	const iv = interval(g);
	const start = iv.floor(lo);
	let end = iv.ceil(hi);
	if (end.getTime() === start.getTime()) end = iv.offset(start, 1);
	const lastDay = new Date(end.getTime() - 1);
	return { from: isoDate(start), to: isoDate(lastDay) };
}

/**
 * The filter for a brushed or clicked range: whole days as "YYYY-MM-DD" for day buckets and
 * coarser, exact UTC times for hour buckets (the filters accept both; `to` is inclusive).
 */
export function rangeToFilter(a: Date, b: Date, g: Granularity): { from: string; to: string } {
	if (g !== 'hour') return rangeToDates(a, b, g);
	const [lo, hi] = a <= b ? [a, b] : [b, a];
	const start = utcHour.floor(lo);
	let end = utcHour.ceil(hi);
	if (end.getTime() === start.getTime()) end = utcHour.offset(start, 1);
	const iso = (d: Date) => d.toISOString().slice(0, 19) + 'Z';
	return { from: iso(start), to: iso(new Date(end.getTime() - 1000)) };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const zoned = new Map<string, Intl.DateTimeFormat>();
/** "1 May 2026, 10:05 GMT-4": an instant in the reader's zone (the zone is named, never implied). */
function inZone(d: Date, zone: string): string {
	let f = zoned.get(zone);
	if (!f) {
		const opts = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone, timeZoneName: 'short' } as const;
		zoned.set(zone, (f = new Intl.DateTimeFormat('en-GB', opts)));
	}
	return f.format(d);
}

/**
 * A bucket in words. Day, week and month buckets are UTC days (that is how the server counts
 * them), so they are named by date alone; an hour bucket is named in the reader's zone.
 */
export function bucketLabel(start: Date, g: Granularity): string {
	if (g === 'hour' && clock.zone !== 'UTC') return `hour from ${inZone(start, clock.zone)}`;
	const day = `${start.getUTCDate()} ${MONTHS[start.getUTCMonth()]} ${start.getUTCFullYear()}`;
	const hh = String(start.getUTCHours()).padStart(2, '0');
	if (g === 'hour') return `${day}, ${hh}:00–${String((start.getUTCHours() + 1) % 24).padStart(2, '0')}:00 UTC`;
	if (g === 'day') return `${DAYS[start.getUTCDay()]} ${day}`;
	if (g === 'week') return `week of ${day}`;
	return `${MONTHS[start.getUTCMonth()]} ${start.getUTCFullYear()}`;
}

/** "1 May 2026, 14:05 UTC" for a stored ISO time; in the reader's zone once the page is hydrated. */
export function timeLabel(iso: string | null | undefined): string {
	if (!iso) return 'no time';
	const d = new Date(iso);
	if (Number.isNaN(d.getTime())) return iso;
	if (clock.zone !== 'UTC') return inZone(d, clock.zone);
	return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')} UTC`;
}

/** "2 Mar": a compact UTC day for panel edges. */
export function shortDate(d: Date): string {
	return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}
