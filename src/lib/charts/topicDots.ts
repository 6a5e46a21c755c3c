// Topics side by side: one row per topic with a volume bar, a mean-sentiment dot with its
// interval on a diverging axis, and a stance mini-bar. Sorting is part of the shape.
import { scaleLinear } from 'd3-scale';
import type { StanceLabel } from '../types';
import { stanceClass } from './palette';
import { formatSentiment } from './format';
import type { Tick } from './timeAxis';

export interface TopicRow {
	id: number;
	name: string;
	n: number;
	mean: number | null;
	lo?: number | null;
	hi?: number | null;
	/** Comments with a sentiment score (mean is over these). */
	scored?: number;
	stance: Partial<Record<StanceLabel, number>>;
}

export type TopicSort = 'volume' | 'sentiment' | 'against' | 'name';
export const TOPIC_SORTS: TopicSort[] = ['volume', 'sentiment', 'against', 'name'];

export interface TopicDotsOptions {
	/** Widths of the three columns, in px. */
	volumeWidth: number;
	sentimentWidth: number;
	stanceWidth: number;
	sort?: TopicSort;
	minN?: number;
}

export interface TopicDotRow {
	topic: TopicRow;
	barWidth: number;
	dot: { x: number; lo: number; hi: number } | null;
	lowN: boolean;
	stance: { label: StanceLabel; cls: string; x: number; width: number; share: number }[];
	againstShare: number | null;
}

function againstShare(t: TopicRow): number | null {
	const f = t.stance.favor ?? 0;
	const a = t.stance.against ?? 0;
	const u = t.stance.neutral ?? 0;
	return f + a + u ? a / (f + a + u) : null;
}

export function sortTopics(rows: TopicRow[], sort: TopicSort): TopicRow[] {
	const out = [...rows];
	const nullsLast = (v: number | null) => (v == null ? Infinity : v);
	if (sort === 'volume') out.sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
	else if (sort === 'sentiment') out.sort((a, b) => nullsLast(a.mean) - nullsLast(b.mean) || b.n - a.n);
	else if (sort === 'against') out.sort((a, b) => -(againstShare(a) ?? -1) + (againstShare(b) ?? -1) || b.n - a.n);
	else out.sort((a, b) => a.name.localeCompare(b.name));
	return out;
}

export function topicDots(rows: TopicRow[], opts: TopicDotsOptions): { rows: TopicDotRow[]; sentimentTicks: Tick[]; maxN: number } {
	const minN = opts.minN ?? 5;
	const maxN = Math.max(1, ...rows.map((r) => r.n));
	const vx = scaleLinear().domain([0, maxN]).range([0, opts.volumeWidth]);
	let extent = 0.2;
	for (const r of rows) if (r.mean != null) extent = Math.max(extent, Math.abs(r.lo ?? r.mean), Math.abs(r.hi ?? r.mean));
	extent = Math.min(1, Math.ceil(extent * 10) / 10);
	const sx = scaleLinear().domain([-extent, extent]).range([6, opts.sentimentWidth - 6]);
	const out = sortTopics(rows, opts.sort ?? 'volume').map((t) => {
		const f = t.stance.favor ?? 0;
		const u = t.stance.neutral ?? 0;
		const a = t.stance.against ?? 0;
		const total = f + u + a;
		let x = 0;
		const stance = (['favor', 'neutral', 'against'] as StanceLabel[]).map((label) => {
			const share = total ? (t.stance[label] ?? 0) / total : 0;
			const seg = { label, cls: stanceClass(label), x, width: share * opts.stanceWidth, share };
			x += seg.width;
			return seg;
		});
		return {
			topic: t,
			barWidth: vx(t.n),
			dot:
				t.mean == null
					? null
					: { x: sx(t.mean), lo: sx(t.lo ?? t.mean), hi: sx(t.hi ?? t.mean) },
			lowN: (t.scored ?? t.n) < minN,
			stance: total ? stance : [],
			againstShare: againstShare(t)
		};
	});
	return {
		rows: out,
		sentimentTicks: [-extent, 0, extent].map((v) => ({ pos: sx(v), label: formatSentiment(v) })),
		maxN
	};
}
