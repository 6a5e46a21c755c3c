// Mean sentiment per bucket as a line with its interval as a band, on a diverging axis.
// Buckets with too few scored comments break the line: a mean of three comments is noise.
import { scaleLinear } from 'd3-scale';
import { area, line, curveMonotoneX } from 'd3-shape';
import type { TimeBucket } from './buckets';
import { timeScale, timeTicks, type Margin, type Tick } from './timeAxis';
import type { Granularity } from './time';
import { formatSentiment } from './format';

export interface MeanPoint {
	start: Date;
	end: Date;
	/** Comments with a sentiment score in this bucket. */
	n: number;
	mean: number | null;
	lo?: number | null;
	hi?: number | null;
}

export interface MeanLineOptions {
	width: number;
	height: number;
	granularity: Granularity;
	margin?: Partial<Margin>;
	minN?: number;
}

export interface MeanLineLayout {
	width: number;
	height: number;
	margin: Margin;
	line: string;
	band: string;
	zeroY: number;
	xTicks: Tick[];
	yTicks: Tick[];
	dots: { x: number; y: number; lowN: boolean; point: MeanPoint }[];
}

const DEFAULT_MARGIN: Margin = { top: 8, right: 12, bottom: 22, left: 44 };

export function meanLine(points: MeanPoint[], opts: MeanLineOptions): MeanLineLayout {
	const margin = { ...DEFAULT_MARGIN, ...opts.margin };
	const { width, height } = opts;
	const minN = opts.minN ?? 5;
	const innerW = Math.max(1, width - margin.left - margin.right);
	const start = points[0]?.start ?? new Date(0);
	const end = points[points.length - 1]?.end ?? new Date(86_400_000);
	const x = timeScale([start, end], [margin.left, margin.left + innerW]);

	const ok = (p: MeanPoint) => p.mean != null && p.n >= minN;
	let extent = 0.1;
	for (const p of points) {
		if (!ok(p)) continue;
		extent = Math.max(extent, Math.abs(p.lo ?? p.mean!), Math.abs(p.hi ?? p.mean!), Math.abs(p.mean!));
	}
	extent = Math.min(1, Math.ceil(extent * 10) / 10);
	const y = scaleLinear().domain([-extent, extent]).range([height - margin.bottom, margin.top]);
	const mid = (p: MeanPoint) => (x(p.start) + x(p.end)) / 2;

	const lineGen = line<MeanPoint>()
		.defined(ok)
		.x(mid)
		.y((p) => y(p.mean!))
		.curve(curveMonotoneX)
			.digits(1);
	const bandGen = area<MeanPoint>()
		.defined((p) => ok(p) && p.lo != null && p.hi != null)
		.x(mid)
		.y0((p) => y(p.lo!))
		.y1((p) => y(p.hi!))
		.curve(curveMonotoneX)
			.digits(1);

	return {
		width,
		height,
		margin,
		line: lineGen(points) ?? '',
		band: bandGen(points) ?? '',
		zeroY: y(0),
		xTicks: timeTicks(x, innerW, opts.granularity),
		yTicks: [-extent, 0, extent].map((v) => ({ pos: y(v), label: formatSentiment(v) })),
		dots: points
			.filter((p) => p.mean != null)
			.map((p) => ({ x: mid(p), y: y(p.mean!), lowN: p.n < minN, point: p }))
	};
}
