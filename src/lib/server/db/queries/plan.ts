// Which table answers an aggregate: the smallest rollup whose dimensions cover every filter and
// every grouping, or null for the comments themselves. Column names come from this fixed map,
// never from a request.
import type { Filters } from '../../../filters';

export type Dim = 'day' | 'hour' | 'article' | 'sentiment' | 'stance' | 'target' | 'lang' | 'flagged' | 'topic' | 'emoji' | 'author';

export interface RollupDef {
	table: string;
	/** Dimension -> column. */
	cols: Partial<Record<Dim, string>>;
	/** Dimensions under which a comment is counted more than once (one row per topic/emoji). */
	multi: Dim[];
	/** Has the emoji `uses` measure. */
	uses: boolean;
}

const TAG_COLS = { sentiment: 'sentiment', stance: 'stance', lang: 'lang', flagged: 'flagged' } as const;

/** Smallest first: the planner takes the first that fits. */
export const ROLLUPS: RollupDef[] = [
	{ table: 'roll_day', cols: { day: 'day', target: 'target', ...TAG_COLS }, multi: [], uses: false },
	{ table: 'roll_article_day', cols: { article: 'article_id', day: 'day', target: 'target', ...TAG_COLS }, multi: [], uses: false },
	{ table: 'roll_topic_day', cols: { topic: 'topic_id', day: 'day', ...TAG_COLS }, multi: ['topic'], uses: false },
	{ table: 'roll_emoji_day', cols: { emoji: 'emoji', day: 'day', ...TAG_COLS }, multi: ['emoji'], uses: true },
	{ table: 'roll_emoji_topic', cols: { emoji: 'emoji', topic: 'topic_id', day: 'day', flagged: 'flagged' }, multi: ['emoji', 'topic'], uses: true }
];

const isDayStart = (s: string) => s.length === 10 || s.endsWith('T00:00:00Z');
const isDayEnd = (s: string) => s.length === 10 || s.endsWith('T23:59:59Z');

/** The dimensions a set of filters constrains. */
export function filterDims(f: Filters): Dim[] {
	const dims: Dim[] = [];
	if (f.from || f.to) dims.push('day');
	if (f.article.length) dims.push('article');
	if (f.topic.length) dims.push('topic');
	if (f.author.length) dims.push('author');
	if (f.sentiment.length) dims.push('sentiment');
	if (f.stance.length) dims.push('stance');
	if (f.target.length) dims.push('target');
	if (f.lang.length) dims.push('lang');
	if (f.emoji.length) dims.push('emoji');
	if (f.flagged !== 'include') dims.push('flagged');
	return dims;
}

export interface PlanInput {
	filters: Filters;
	groupBy: Dim[];
	needUses?: boolean;
	/** How many topic ids the topic filter resolves to (names match case-insensitively). */
	topicIds?: number;
}

export function planRollup({ filters: f, groupBy, needUses, topicIds }: PlanInput): RollupDef | null {
	if (f.q) return null;
	if ((f.from && !isDayStart(f.from)) || (f.to && !isDayEnd(f.to))) return null;
	const needed = new Set<Dim>([...filterDims(f), ...groupBy]);
	const singleValued = (d: Dim) =>
		d === 'topic' ? f.topic.length === 1 && topicIds === 1 : d === 'emoji' ? f.emoji.length === 1 : false;
	for (const r of ROLLUPS) {
		if ([...needed].some((d) => !r.cols[d])) continue;
		if (needUses && !r.uses) continue;
		// A multi-valued dimension must be grouped (each group counts each comment once) or pinned to one value.
		if (r.multi.some((d) => !groupBy.includes(d) && !singleValued(d))) continue;
		return r;
	}
	return null;
}
