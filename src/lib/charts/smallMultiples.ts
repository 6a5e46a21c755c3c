// Volume over time per group (topic, emoji), one small chart each, all sharing one x and one y
// scale so that panels compare honestly.
import { scaleLinear } from 'd3-scale';
import { area, line, curveMonotoneX } from 'd3-shape';
import type { TimeBucket } from './buckets';
import { timeScale } from './timeAxis';
import { formatCompact } from './format';

export interface Series {
	key: string;
	label: string;
	buckets: TimeBucket<{ n: number }>[];
	total: number;
}

export interface MultiplePanel {
	key: string;
	label: string;
	total: number;
	area: string;
	line: string;
	peak: { x: number; y: number; n: number; start: Date } | null;
}

export interface SmallMultiplesLayout {
	width: number;
	height: number;
	panels: MultiplePanel[];
	yMax: number;
	yMaxLabel: string;
	domain: [Date, Date];
}

export function smallMultiples(
	series: Series[],
	opts: { width: number; height: number; pad?: number }
): SmallMultiplesLayout {
	const pad = opts.pad ?? 2;
	const all = series.flatMap((s) => s.buckets);
	const start = new Date(Math.min(...all.map((b) => b.start.getTime()), Infinity));
	const end = new Date(Math.max(...all.map((b) => b.end.getTime()), -Infinity));
	const domain: [Date, Date] = all.length ? [start, end] : [new Date(0), new Date(86_400_000)];
	const x = timeScale(domain, [pad, opts.width - pad]);
	const yMax = Math.max(1, ...all.map((b) => b.n));
	const y = scaleLinear().domain([0, yMax]).range([opts.height - pad, pad]);
	const mid = (b: TimeBucket) => (x(b.start) + x(b.end)) / 2;
	const areaGen = area<TimeBucket<{ n: number }>>().x(mid).y0(y(0)).y1((b) => y(b.n)).curve(curveMonotoneX).digits(1);
	const lineGen = line<TimeBucket<{ n: number }>>().x(mid).y((b) => y(b.n)).curve(curveMonotoneX).digits(1);
	return {
		width: opts.width,
		height: opts.height,
		yMax,
		yMaxLabel: formatCompact(yMax),
		domain,
		panels: series.map((s) => {
			let peak: MultiplePanel['peak'] = null;
			for (const b of s.buckets) if (!peak || b.n > peak.n) peak = { x: mid(b), y: y(b.n), n: b.n, start: b.start };
			return { key: s.key, label: s.label, total: s.total, area: areaGen(s.buckets) ?? '', line: lineGen(s.buckets) ?? '', peak };
		})
	};
}
