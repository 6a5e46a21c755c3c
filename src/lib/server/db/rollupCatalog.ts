// The rollup cubes: pre-aggregated counts of reader comments, one table per set of dimensions.
// Every cube carries the same measures, including the sentiment and stance splits as columns, so
// a chart groups only by what it draws (days, topics) and reads the splits from the sums. Every
// cube is folded from one pass over comment_facts (rollupPass.ts, rollupFold.ts). The planner
// (queries/plan.ts) answers each aggregate from the smallest cube that covers its filters and
// groupings; anything no cube covers (search, author, times within a day) reads the comments.

export type Dim = 'day' | 'hour' | 'article' | 'sentiment' | 'stance' | 'target' | 'lang' | 'flagged' | 'topic' | 'emoji' | 'author';

export interface Cube {
	table: string;
	dims: Dim[];
	/** Dimensions under which a comment is counted more than once (one row per topic or emoji). */
	multi: Dim[];
	/** Has the emoji `uses` measure. */
	uses: boolean;
	/** Also keeps distinct commenters per row, as HyperLogLog registers in `<table>_hll`. */
	sketch?: boolean;
}

/** Dimension -> column name in every cube (and SQL type). */
export const CUBE_COLUMN: Record<Exclude<Dim, 'hour' | 'author'>, [string, string]> = {
	day: ['day', 'TEXT'],
	article: ['article_id', 'INTEGER'],
	sentiment: ['sentiment', 'TEXT'],
	stance: ['stance', 'TEXT'],
	target: ['target', 'TEXT'],
	lang: ['lang', 'TEXT'],
	flagged: ['flagged', 'INTEGER'],
	topic: ['topic_id', 'INTEGER'],
	emoji: ['emoji', 'TEXT']
};

/**
 * Measures, with how the raw path computes each from `comments c` + `comment_tags t`. scored =
 * comments with a sentiment score (label positive/neutral/negative); s_sum/s_sq its sum and sum
 * of squares (mean and interval); sen_* and st_* the label counts (untagged = n - their sum).
 */
const SCORED = `(t.sentiment_label IN ('positive','neutral','negative') AND t.sentiment_score IS NOT NULL)`;
export const MEASURES = [
	['n', 'count(*)'],
	['untimed', 'sum(c.created_at IS NULL)'],
	['undated', 'sum(c.effective_at IS NULL)'],
	['scored', `count(CASE WHEN ${SCORED} THEN 1 END)`],
	['s_sum', `total(CASE WHEN ${SCORED} THEN t.sentiment_score END)`],
	['s_sq', `total(CASE WHEN ${SCORED} THEN t.sentiment_score * t.sentiment_score END)`],
	['sen_pos', `count(CASE WHEN t.sentiment_label = 'positive' THEN 1 END)`],
	['sen_neu', `count(CASE WHEN t.sentiment_label = 'neutral' THEN 1 END)`],
	['sen_neg', `count(CASE WHEN t.sentiment_label = 'negative' THEN 1 END)`],
	['sen_uns', `count(CASE WHEN t.sentiment_label = 'unscored' THEN 1 END)`],
	['st_favor', `count(CASE WHEN t.stance_label = 'favor' THEN 1 END)`],
	['st_against', `count(CASE WHEN t.stance_label = 'against' THEN 1 END)`],
	['st_neutral', `count(CASE WHEN t.stance_label = 'neutral' THEN 1 END)`],
	['st_none', `count(CASE WHEN t.stance_label = 'none' THEN 1 END)`]
] as const satisfies readonly (readonly [string, string])[];
export const USES_MEASURE = ['uses', 'sum(ce.count)'] as const;

const TAGS: Dim[] = ['sentiment', 'stance', 'lang', 'flagged'];

export const CUBES: Cube[] = [
	{ table: 'roll_article_day', dims: ['article', 'day', 'target', ...TAGS], multi: [], uses: false },
	{ table: 'roll_topic_base', dims: ['topic', 'article', 'day', 'target', ...TAGS], multi: ['topic'], uses: false },
	{ table: 'roll_emoji_base', dims: ['emoji', 'article', 'day', 'target', ...TAGS], multi: ['emoji'], uses: true },
	{ table: 'roll_emoji_topic_day', dims: ['emoji', 'topic', 'day', 'flagged'], multi: ['emoji', 'topic'], uses: true },
	{ table: 'roll_emoji_topic_tags', dims: ['emoji', 'topic', ...TAGS], multi: ['emoji', 'topic'], uses: true },
	{ table: 'roll_day', dims: ['day', 'flagged'], multi: [], uses: false, sketch: true },
	{ table: 'roll_day_tags', dims: ['day', ...TAGS], multi: [], uses: false, sketch: true },
	{ table: 'roll_day_target', dims: ['day', 'target', 'sentiment', 'stance', 'flagged'], multi: [], uses: false },
	{ table: 'roll_target', dims: ['target', 'sentiment', 'stance', 'flagged'], multi: [], uses: false },
	{ table: 'roll_day_target_n', dims: ['day', 'target', 'flagged'], multi: [], uses: false },
	{ table: 'roll_tags', dims: TAGS, multi: [], uses: false, sketch: true },
	{ table: 'roll_article', dims: ['article', 'flagged'], multi: [], uses: false, sketch: true },
	{ table: 'roll_article_tags', dims: ['article', 'target', ...TAGS], multi: [], uses: false },
	{ table: 'roll_day_article', dims: ['day', 'article', 'flagged'], multi: [], uses: false },
	{ table: 'roll_topic_day', dims: ['topic', 'day', ...TAGS], multi: ['topic'], uses: false },
	{ table: 'roll_topic', dims: ['topic', 'flagged'], multi: ['topic'], uses: false, sketch: true },
	{ table: 'roll_topic_article', dims: ['topic', 'article', 'flagged'], multi: ['topic'], uses: false },
	{ table: 'roll_topic_target', dims: ['topic', 'target', 'stance', 'flagged'], multi: ['topic'], uses: false },
	{ table: 'roll_topic_tags', dims: ['topic', ...TAGS], multi: ['topic'], uses: false },
	{ table: 'roll_topic_day_n', dims: ['topic', 'day', 'flagged'], multi: ['topic'], uses: false },
	// The same rows in day order, for rankings over a period.
	{ table: 'roll_day_topic', dims: ['day', 'topic', 'flagged'], multi: ['topic'], uses: false },
	{ table: 'roll_emoji_day', dims: ['emoji', 'day', ...TAGS], multi: ['emoji'], uses: true },
	{ table: 'roll_emoji', dims: ['emoji', 'flagged'], multi: ['emoji'], uses: true, sketch: true },
	{ table: 'roll_emoji_article', dims: ['emoji', 'article', 'flagged'], multi: ['emoji'], uses: true },
	{ table: 'roll_emoji_target', dims: ['emoji', 'target', 'stance', 'flagged'], multi: ['emoji'], uses: true },
	{ table: 'roll_emoji_tags', dims: ['emoji', ...TAGS], multi: ['emoji'], uses: true },
	{ table: 'roll_emoji_day_n', dims: ['emoji', 'day', 'flagged'], multi: ['emoji'], uses: true },
	{ table: 'roll_emoji_topic', dims: ['emoji', 'topic', 'flagged'], multi: ['emoji', 'topic'], uses: true },
	// A story's emoji by topic, and its emoji under a topic filter.
	{ table: 'roll_emoji_topic_article', dims: ['emoji', 'topic', 'article', 'flagged'], multi: ['emoji', 'topic'], uses: true }
];

export const measureNames = (cube: Cube) => [...MEASURES.map(([m]) => m), ...(cube.uses ? ['uses'] : [])];
export const dimColumns = (cube: Cube) => cube.dims.map((d) => CUBE_COLUMN[d as keyof typeof CUBE_COLUMN][0]);
