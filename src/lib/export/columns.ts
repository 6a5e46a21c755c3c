// The columns an export can hold, for both levels. Browser-safe: the dashboard lists them too.
// The SQL behind each name lives in src/lib/server/db/export.ts; this file only names and types them.

/**
 * How a value is typed in every format. `list` is a string[] (a JSON array text in the flat formats),
 * `time` is ISO-8601 UTC text (a TIMESTAMP in Parquet), `id` an integer that may exceed 32 bits.
 */
export type ColumnKind = 'id' | 'integer' | 'number' | 'text' | 'time' | 'list';

export type ExportLevel = 'comments' | 'articles';

export interface ExportColumn {
	name: string;
	kind: ColumnKind;
	description: string;
	/** Nearly every row holds a value of its own: not worth a dictionary (Parquet). */
	distinct?: boolean;
}

const col = (name: string, kind: ColumnKind, description: string, distinct = false): ExportColumn =>
	distinct ? { name, kind, description, distinct } : { name, kind, description };

/** One row per comment. The first block is the default set, in the default order. */
export const COMMENT_COLUMNS: readonly ExportColumn[] = [
	col('article_id', 'id', "the article's murmur id"),
	col('article_url', 'text', "the article's URL"),
	col('article_title', 'text', "the article's headline"),
	col('article_published_at', 'time', 'when the article was published (UTC)'),
	col('comment_id', 'id', "the comment's murmur id", true),
	col('parent_id', 'id', 'the comment it replies to, empty for a top-level comment'),
	col('thread_root_id', 'id', 'the top-level comment of its thread'),
	col('depth', 'integer', 'reply depth, 0 for a top-level comment'),
	col('position', 'integer', 'order in the source page'),
	col('author', 'text', "the author's handle"),
	col('created_at', 'time', 'when the comment was posted (UTC); empty when the source had no time', true),
	col('status', 'text', 'visible, deleted, spam or unapproved'),
	col('text', 'text', 'the comment text as imported', true),
	col('sentiment_score', 'number', 'sentiment from -1 (negative) to 1 (positive)'),
	col('sentiment_label', 'text', 'positive, neutral, negative or unscored'),
	col('stance_target', 'text', 'the target the stance is toward'),
	col('stance_label', 'text', 'favor, against, neutral or none'),
	col('emoji', 'list', 'distinct emoji used, most used first'),
	col('topics', 'list', "the comment's topics"),
	col('lang', 'text', 'detected language (ISO 639-1)'),
	col('duplicate_cluster', 'id', 'near-duplicate / template cluster id when flagged as coordinated'),
	col('nlp_version', 'text', 'the analyser version that made the tags')
];

/** Available with --columns but not exported unless asked for. */
export const EXTRA_COMMENT_COLUMNS: readonly ExportColumn[] = [
	col('article_external_id', 'text', "the article's id in its source"),
	col('article_section', 'text', "the article's section"),
	col('comment_external_id', 'text', "the comment's id in its source", true),
	col('author_name', 'text', "the author's display name"),
	col('effective_at', 'time', 'created_at, else the article time: what time charts use', true),
	col('score', 'integer', 'votes or likes from the source'),
	col('type', 'text', 'comment, pingback or trackback'),
	col('stance_confidence', 'number', 'confidence of the stance label, 0..1'),
	col('duplicate_similarity', 'number', 'similarity to its cluster, 0..1')
];

/** One row per article: aggregates of the comments the filters select. */
export const ARTICLE_COLUMNS: readonly ExportColumn[] = [
	col('article_id', 'id', "the article's murmur id"),
	col('article_url', 'text', "the article's URL"),
	col('article_title', 'text', "the article's headline"),
	col('article_published_at', 'time', 'when the article was published (UTC)'),
	col('article_section', 'text', "the article's section"),
	col('comments', 'integer', 'selected comments on the article'),
	col('commenters', 'integer', 'distinct authors among them'),
	col('first_comment_at', 'time', 'earliest comment time'),
	col('last_comment_at', 'time', 'latest comment time'),
	col('sentiment_mean', 'number', 'mean sentiment score of the scored comments'),
	col('sentiment_positive', 'integer', 'comments labelled positive'),
	col('sentiment_neutral', 'integer', 'comments labelled neutral'),
	col('sentiment_negative', 'integer', 'comments labelled negative'),
	col('sentiment_unscored', 'integer', 'comments not scored (other languages, untagged)'),
	col('stance_favor', 'integer', 'comments in favor of their target'),
	col('stance_against', 'integer', 'comments against their target'),
	col('stance_neutral', 'integer', 'comments neutral toward their target'),
	col('stance_none', 'integer', 'comments with no stance or no target'),
	col('flagged', 'integer', 'comments flagged as coordinated duplicates'),
	col('top_emoji', 'list', 'up to five most used emoji, most used first')
];

/** A bad --columns / ?columns= list; `parameter` names it as FilterError does. */
export class ColumnError extends Error {
	readonly parameter = 'columns';
}

export class LevelError extends Error {
	readonly parameter = 'level';
}

export function availableColumns(level: ExportLevel): readonly ExportColumn[] {
	return level === 'articles' ? ARTICLE_COLUMNS : [...COMMENT_COLUMNS, ...EXTRA_COMMENT_COLUMNS];
}

/**
 * The columns to export, in order: the level's default set, or the comma-separated names given
 * (as with `--columns a,b,c` or `?columns=a,b,c`). Unknown or repeated names fail, naming them.
 */
export function selectColumns(level: ExportLevel, spec?: string | null): ExportColumn[] {
	const all = availableColumns(level);
	if (spec === undefined || spec === null || spec.trim() === '') {
		return level === 'articles' ? [...ARTICLE_COLUMNS] : [...COMMENT_COLUMNS];
	}
	const byName = new Map(all.map((c) => [c.name, c]));
	const chosen: ExportColumn[] = [];
	const seen = new Set<string>();
	for (const raw of spec.split(',')) {
		const name = raw.trim();
		if (!name) continue;
		const c = byName.get(name);
		if (!c) throw new ColumnError(`columns: unknown ${level} column "${name}"; available: ${all.map((x) => x.name).join(', ')}`);
		if (seen.has(name)) throw new ColumnError(`columns: "${name}" is listed twice`);
		seen.add(name);
		chosen.push(c);
	}
	if (chosen.length === 0) throw new ColumnError('columns: no column names given');
	return chosen;
}

export function parseLevel(value: string | null | undefined): ExportLevel {
	if (value === undefined || value === null || value === '' || value === 'comments') return 'comments';
	if (value === 'articles') return 'articles';
	throw new LevelError(`level: "${value}" is not comments or articles`);
}
