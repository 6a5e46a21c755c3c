// Overview's main chart: comments per bucket stacked by sentiment around a zero line,
// positive above, negative below, neutral (and unscored) as bands straddling the axis,
// so that volume and mood read at once.
import { scaleLinear } from 'd3-scale';
import { area, curveMonotoneX } from 'd3-shape';
import type { SentimentLabel } from '../types';
import type { TimeBucket } from './buckets';
import { timeScale, timeTicks, type Margin, type Tick } from './timeAxis';
import type { Granularity } from './time';
import { formatCompact } from './format';
import { sentimentClass } from './palette';
import { px } from './round';

export type SentimentStack = Record<SentimentLabel, number>;

export interface SentimentAreaOptions {
	width: number;
	height: number;
	granularity: Granularity;
	margin?: Partial<Margin>;
	/** Buckets with fewer comments than this are greyed out. */
	minN?: number;
}

export interface BucketMark {
	index: number;
	x0: number;
	x1: number;
	yTop: number;
	yBottom: number;
	lowN: boolean;
	bucket: TimeBucket<SentimentStack>;
}

export interface SentimentAreaLayout {
	width: number;
	height: number;
	margin: Margin;
	layers: { label: SentimentLabel; cls: string; d: string }[];
	zeroY: number;
	xTicks: Tick[];
	yTicks: Tick[];
	marks: BucketMark[];
	/** Pixel -> time, for brushing. */
	invert: (px: number) => Date;
	x: (d: Date) => number;
}

const DEFAULT_MARGIN: Margin = { top: 10, right: 12, bottom: 24, left: 44 };

/** Each layer's lower and upper edge as signed counts around zero. */
function stackAround(c: SentimentStack): Record<SentimentLabel, [number, number]> {
	const halfNeu = c.neutral / 2;
	const halfUns = c.unscored / 2;
	return {
		neutral: [-halfNeu, halfNeu],
		positive: [halfNeu, halfNeu + c.positive],
		negative: [-halfNeu - c.negative, -halfNeu],
		// Unscored sits outermost on both sides so it never tilts the mood reading.
		unscored: [-halfNeu - c.negative - halfUns, -halfNeu - c.negative]
	};
}

export function sentimentArea(
	buckets: TimeBucket<SentimentStack>[],
	opts: SentimentAreaOptions
): SentimentAreaLayout {
	const margin = { ...DEFAULT_MARGIN, ...opts.margin };
	const { width, height } = opts;
	if (!(width > 0) || !(height > 0)) throw new Error(`invalid size: ${width}x${height}`);
	const minN = opts.minN ?? 5;
	const innerW = Math.max(1, width - margin.left - margin.right);
	const start = buckets[0]?.start ?? new Date(0);
	const end = buckets[buckets.length - 1]?.end ?? new Date(86_400_000);
	const x = timeScale([start, end], [margin.left, margin.left + innerW]);

	let above = 0;
	let below = 0;
	for (const b of buckets) {
		const c = b.counts;
		above = Math.max(above, c.neutral / 2 + c.positive + c.unscored / 2);
		below = Math.max(below, c.neutral / 2 + c.negative + c.unscored / 2);
	}
	// Keep both halves visible even when one side is empty.
	const pad = Math.max(1, (above + below) * 0.05);
	const y = scaleLinear()
		.domain([-(below || pad), above || pad])
		.nice(5)
		.range([height - margin.bottom, margin.top]);

	// Points at bucket midpoints, plus the first and last bucket repeated at the outer edges so
	// the area spans the whole axis (and a single bucket still draws).
	type Pt = { px: number; b: TimeBucket<SentimentStack> };
	const pts: Pt[] = buckets.map((b) => ({ px: (x(b.start) + x(b.end)) / 2, b }));
	if (buckets.length) {
		pts.unshift({ px: x(buckets[0].start), b: buckets[0] });
		pts.push({ px: x(buckets[buckets.length - 1].end), b: buckets[buckets.length - 1] });
	}
	const layerPath = (label: SentimentLabel) => {
		const gen = area<Pt>()
			.x((p) => p.px)
			.y0((p) => y(edges(p.b, label)[0]))
			.y1((p) => y(edges(p.b, label)[1]))
			.curve(curveMonotoneX)
			.digits(1);
		return gen(pts) ?? '';
	};
	const edges = (b: TimeBucket<SentimentStack>, label: SentimentLabel): [number, number] => {
		if (label === 'unscored') {
			// Drawn as two bands; the path generator takes the upper one, see unscoredBelow.
			const s = stackAround(b.counts);
			const top = s.positive[1];
			return [top, top + b.counts.unscored / 2];
		}
		return stackAround(b.counts)[label];
	};
	const unscoredBelow =
		area<Pt>()
			.x((p) => p.px)
			.y0((p) => y(stackAround(p.b.counts).unscored[0]))
			.y1((p) => y(stackAround(p.b.counts).unscored[1]))
			.curve(curveMonotoneX)
			.digits(1)(pts) ?? '';

	const layers = (['unscored', 'negative', 'neutral', 'positive'] as SentimentLabel[]).map((label) => ({
		label,
		cls: sentimentClass(label),
		d: label === 'unscored' ? `${layerPath(label)}${unscoredBelow}` : layerPath(label)
	}));

	const marks: BucketMark[] = buckets.map((b, index) => {
		const s = stackAround(b.counts);
		return {
			index,
			x0: px(x(b.start)),
			x1: px(x(b.end)),
			yTop: px(y(s.positive[1] + b.counts.unscored / 2)),
			yBottom: px(y(s.unscored[0])),
			lowN: b.n < minN,
			bucket: b
		};
	});

	const yTicks = y.ticks(5).map((v) => ({ pos: y(v), label: formatCompact(Math.abs(v)) }));
	return {
		width,
		height,
		margin,
		layers,
		zeroY: y(0),
		xTicks: timeTicks(x, innerW, opts.granularity),
		yTicks,
		marks,
		invert: (px) => x.invert(px),
		x: (d) => x(d)
	};
}
