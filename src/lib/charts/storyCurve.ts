// The story's first hours: comments against hours since publication (not calendar time), with
// the section's median story as a grey reference curve. Values come dense, one per hour.
import { scaleLinear } from 'd3-scale';
import { line, area, curveMonotoneX } from 'd3-shape';
import type { Margin, Tick } from './timeAxis';
import { formatCompact } from './format';

export interface StoryCurveOptions {
	width: number;
	height: number;
	margin?: Partial<Margin>;
	/** Hours that have passed since publication; later hours are not drawn as a flat zero. */
	observedHours?: number;
}

export interface StoryPoint {
	hour: number;
	x: number;
	y: number;
	value: number;
	median: number | null;
}

export interface StoryCurveLayout {
	width: number;
	height: number;
	margin: Margin;
	story: string;
	storyArea: string;
	median: string;
	xTicks: Tick[];
	yTicks: Tick[];
	points: StoryPoint[];
	/** Where "now" is when the story is younger than the window. */
	nowX: number | null;
}

const DEFAULT_MARGIN: Margin = { top: 12, right: 14, bottom: 28, left: 44 };

/** Per-hour counts as a running total. */
export function cumulate(values: number[]): number[] {
	let acc = 0;
	return values.map((v) => (acc += v));
}

/**
 * `story[h]` and `median[h]` are the values for hour h (0-based), cumulative or per hour as the
 * caller chose. Each value is drawn at the end of its hour: "by hour h+1, N comments".
 */
export function storyCurve(story: number[], median: number[] | null, opts: StoryCurveOptions): StoryCurveLayout {
	const margin = { ...DEFAULT_MARGIN, ...opts.margin };
	const { width, height } = opts;
	const hours = Math.max(1, story.length, median?.length ?? 0);
	const observed = Math.min(hours, Math.max(0, Math.ceil(opts.observedHours ?? hours)));
	const s = story.slice(0, observed);
	const x = scaleLinear().domain([0, hours]).range([margin.left, width - margin.right]);
	const yMax = Math.max(1, ...s, ...(median ?? []));
	const y = scaleLinear().domain([0, yMax]).nice(4).range([height - margin.bottom, margin.top]);
	const pts: [number, number][] = [[x(0), y(0)], ...s.map((v, i) => [x(i + 1), y(v)] as [number, number])];
	const mpts: [number, number][] = median ? [[x(0), y(0)], ...median.map((v, i) => [x(i + 1), y(v)] as [number, number])] : [];
	const curve = line().curve(curveMonotoneX).digits(1);
	const fill = area().y0(y(0)).curve(curveMonotoneX).digits(1);
	const step = hours <= 24 ? 6 : hours <= 48 ? 12 : 24;
	const xTicks: Tick[] = [];
	for (let h = 0; h <= hours; h += step) xTicks.push({ pos: x(h), label: `${h} h` });
	return {
		width,
		height,
		margin,
		story: s.length ? (curve(pts) ?? '') : '',
		storyArea: s.length ? (fill(pts) ?? '') : '',
		median: median && median.length ? (curve(mpts) ?? '') : '',
		xTicks,
		yTicks: y.ticks(4).map((v) => ({ pos: y(v), label: formatCompact(v) })),
		points: s.map((v, i) => ({ hour: i, x: x(i + 1), y: y(v), value: v, median: median?.[i] ?? null })),
		nowX: observed < hours ? x(observed) : null
	};
}
