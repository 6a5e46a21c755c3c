// A heat strip per row (emoji) over time buckets: cell opacity follows the count, on a square-root
// scale so that a few heavy days do not wash out the rest. One scale for all rows.
import { scaleSqrt } from 'd3-scale';
import type { TimeBucket } from './buckets';
import { timeScale, timeTicks, type Tick } from './timeAxis';
import type { Granularity } from './time';
import { px } from './round';

export interface HeatRow {
	key: string;
	label: string;
	buckets: TimeBucket<{ n: number }>[];
}

export interface HeatCell {
	x: number;
	width: number;
	n: number;
	opacity: number;
	start: Date;
}

export interface HeatStripLayout {
	rows: { key: string; label: string; y: number; cells: HeatCell[] }[];
	xTicks: Tick[];
	max: number;
	height: number;
}

export function heatStrip(
	rows: HeatRow[],
	opts: { width: number; rowHeight: number; labelWidth: number; granularity: Granularity; top?: number }
): HeatStripLayout {
	const top = opts.top ?? 0;
	const all = rows.flatMap((r) => r.buckets);
	const start = all.length ? new Date(Math.min(...all.map((b) => b.start.getTime()))) : new Date(0);
	const end = all.length ? new Date(Math.max(...all.map((b) => b.end.getTime()))) : new Date(86_400_000);
	const x = timeScale([start, end], [opts.labelWidth, opts.width]);
	const max = Math.max(1, ...all.map((b) => b.n));
	const o = scaleSqrt().domain([0, max]).range([0, 1]);
	return {
		rows: rows.map((r, i) => ({
			key: r.key,
			label: r.label,
			y: top + i * opts.rowHeight,
			cells: r.buckets
				.filter((b) => b.n > 0)
				.map((b) => ({
					x: px(x(b.start)),
					width: px(Math.max(1, x(b.end) - x(b.start))),
					n: b.n,
					opacity: Math.round(Math.max(0.08, o(b.n)) * 1000) / 1000,
					start: b.start
				}))
		})),
		xTicks: timeTicks(x, opts.width - opts.labelWidth, opts.granularity),
		max,
		height: top + rows.length * opts.rowHeight
	};
}
