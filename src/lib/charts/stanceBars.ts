// A 100%-stacked stance bar per time bucket. "No stance" comments are left out of the shares
// (they are most comments and would flatten the signal) but their count is kept for the n label.
import { scaleLinear } from 'd3-scale';
import type { StanceLabel } from '../types';
import type { TimeBucket } from './buckets';
import { timeScale, timeTicks, type Margin, type Tick } from './timeAxis';
import type { Granularity } from './time';
import { stanceClass } from './palette';
import { px } from './round';

export type StanceStack = Record<StanceLabel, number>;
const ORDER: StanceLabel[] = ['favor', 'neutral', 'against'];

export interface StanceBarsOptions {
	width: number;
	height: number;
	granularity: Granularity;
	margin?: Partial<Margin>;
	minN?: number;
}

export interface StanceBar {
	index: number;
	x: number;
	width: number;
	/** Comments with a stance (favor + neutral + against). */
	n: number;
	lowN: boolean;
	segments: { label: StanceLabel; cls: string; y: number; height: number; share: number }[];
	bucket: TimeBucket<StanceStack>;
}

export interface StanceBarsLayout {
	width: number;
	height: number;
	margin: Margin;
	bars: StanceBar[];
	xTicks: Tick[];
	yTicks: Tick[];
}

const DEFAULT_MARGIN: Margin = { top: 6, right: 12, bottom: 22, left: 44 };

export function stanceBars(buckets: TimeBucket<StanceStack>[], opts: StanceBarsOptions): StanceBarsLayout {
	const margin = { ...DEFAULT_MARGIN, ...opts.margin };
	const { width, height } = opts;
	const minN = opts.minN ?? 5;
	const innerW = Math.max(1, width - margin.left - margin.right);
	const start = buckets[0]?.start ?? new Date(0);
	const end = buckets[buckets.length - 1]?.end ?? new Date(86_400_000);
	const x = timeScale([start, end], [margin.left, margin.left + innerW]);
	const y = scaleLinear().domain([0, 1]).range([height - margin.bottom, margin.top]);

	const bars: StanceBar[] = buckets.map((b, index) => {
		const n = ORDER.reduce((s, k) => s + (b.counts[k] ?? 0), 0);
		const x0 = x(b.start);
		const w = Math.max(0.5, x(b.end) - x0 - (x(b.end) - x0 > 4 ? 1 : 0));
		let acc = 0;
		const segments = n
			? ORDER.map((label) => {
					const share = (b.counts[label] ?? 0) / n;
					const seg = { label, cls: stanceClass(label), y: px(y(acc + share)), height: px(y(acc) - y(acc + share)), share };
					acc += share;
					return seg;
				})
			: [];
		return { index, x: px(x0), width: px(w), n, lowN: n < minN, segments, bucket: b };
	});

	return {
		width,
		height,
		margin,
		bars,
		xTicks: timeTicks(x, innerW, opts.granularity),
		yTicks: [0, 0.5, 1].map((v) => ({ pos: y(v), label: `${v * 100}%` }))
	};
}
