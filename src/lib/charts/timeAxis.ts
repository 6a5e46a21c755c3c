// A UTC time scale over buckets, with tick labels that change with the granularity.
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import type { Granularity } from './time';

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface Tick {
	/** Pixel position along the axis. */
	pos: number;
	label: string;
}

const fmtHour = utcFormat('%H:%M');
const fmtDay = utcFormat('%b %-d');
const fmtMonth = utcFormat('%b');
const fmtYear = utcFormat('%Y');

/** d3's multi-scale format, in UTC: "May 3", "12:00", "Jun", "2026". */
export function timeTickLabel(d: Date): string {
	if (utcDay(d) < d) return fmtHour(d);
	if (utcMonth(d) < d) return fmtDay(d);
	if (utcYear(d) < d) return fmtMonth(d);
	return fmtYear(d);
}

export function timeScale(domain: [Date, Date], range: [number, number]): ScaleTime<number, number> {
	const [a, b] = domain;
	// A zero-length domain (one bucket) would collapse every mark onto one pixel.
	const end = b.getTime() > a.getTime() ? b : new Date(a.getTime() + 86_400_000);
	return scaleUtc().domain([a, end]).range(range);
}

/** About one tick per 90 px, never finer than the bucket. */
export function timeTicks(x: ScaleTime<number, number>, width: number, g: Granularity): Tick[] {
	const [a, b] = x.domain();
	const step = { hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000, month: 30 * 86_400_000 }[g];
	const buckets = Math.max(1, Math.round((b.getTime() - a.getTime()) / step));
	const count = Math.max(2, Math.min(Math.floor(width / 90), buckets));
	return x.ticks(count).map((d) => ({ pos: Math.round(x(d) * 10) / 10, label: timeTickLabel(d) }));
}
