// Comment rows for an export: one query over the filtered comments in id (import) order, so it
// reads the table front to back. Most of an export's time is spent turning SQLite values into
// JavaScript values, so the query returns each value once (no placeholders, no duplicates) and
// values that repeat are fetched or parsed once (exportCaches.ts): an article's fields come from
// a small cache keyed by id (an article's comments come together), author handles from one read
// of the authors, emoji lists as compact strings parsed once per distinct value, topic names once
// per topic, and a parallel export's part fetches its lists at once.
import type { Statement } from 'better-sqlite3';
import type { DB } from './open';
import type { Filters } from '../../filters';
import type { ExportColumn } from '../../export/columns';
import type { Row } from '../../export/table';
import { filterToSql } from './filterSql';
import { authorHandles, cache, memo, parseEmoji, prepared, RANGE_LISTS, rangeLists, readsMostComments, topicLists, type IdRange, type RowCaches } from './exportCaches';

export type { IdRange, RowCaches } from './exportCaches';

// Columns selected as they are.
const DIRECT: Record<string, string> = {
	article_id: 'c.article_id',
	comment_id: 'c.id',
	comment_external_id: 'c.external_id',
	parent_id: 'c.parent_id',
	thread_root_id: 'c.thread_root_id',
	depth: 'c.depth',
	position: 'c.position',
	created_at: 'c.created_at',
	effective_at: 'c.effective_at',
	status: 'c.status',
	type: 'c.type',
	score: 'c.score',
	text: 'c.text',
	sentiment_score: 't.sentiment_score',
	sentiment_label: 't.sentiment_label',
	stance_target: 't.stance_target',
	stance_label: 't.stance_label',
	stance_confidence: 't.stance_confidence',
	lang: 't.lang',
	nlp_version: 't.nlp_version',
	// Joined when the export reads few comments; see authorHandles for the many.
	author: 'au.handle',
	author_name: 'au.display_name',
	duplicate_cluster: 'cf.cluster_id',
	duplicate_similarity: 'cf.similarity'
};

// Lists, as compact strings turned into arrays here (parseEmoji, topicLists). char(31)/char(30)
// never occur in an emoji.
const LISTS: Record<string, string> = {
	emoji: '(SELECT group_concat(e.emoji || char(31) || e.count, char(30)) FROM comment_emoji e WHERE e.comment_id = c.id)',
	topics: '(SELECT group_concat(x.topic_id) FROM comment_topics x WHERE x.comment_id = c.id)'
};

// Article columns: their index in the cached article row.
const ARTICLE = ['url', 'title', 'published_at', 'external_id', 'section'];
const FROM_ARTICLE: Record<string, number> = { article_url: 0, article_title: 1, article_published_at: 2, article_external_id: 3, article_section: 4 };

const EMPTY: readonly string[] = Object.freeze([]);

/** Ids per batch of queryRows. */
const BATCH_IDS = 1024;

/**
 * The query's rows. Over a range, fetched a batch of ids at a time with .all(), which spares the
 * per-row cost of an iterator step (a tenth of what fetching a row costs) and holds at most a
 * batch in memory; else one iteration (the range's bounds are the first two parameters).
 */
function* queryRows(stmt: Statement, params: unknown[], range: IdRange | undefined): Generator<unknown[]> {
	if (!range) {
		yield* stmt.iterate(...params) as IterableIterator<unknown[]>;
		return;
	}
	const rest = params.slice(2);
	for (let from = range.from; from < range.to; from += BATCH_IDS) yield* stmt.all(from, Math.min(range.to, from + BATCH_IDS), ...rest) as unknown[][];
}


/**
 * The comments the filters select, in id order, as rows in column order followed by the row's
 * nlp_version (for the provenance) and its article id; only those in `range` when given, and
 * the nlp_versions noted in `versions` when given. Each row is an array of its own, not
 * touched after it is handed on.
 */
export function* commentRows(
	db: DB,
	f: Filters,
	columns: readonly ExportColumn[],
	range?: IdRange,
	versions?: Set<string>,
	caches: RowCaches = {}
): Generator<Row> {
	const filter = filterToSql(f);
	const where = range ? `c.id >= ? AND c.id < ? AND ${filter.where}` : filter.where;
	const params = range ? [range.from, range.to, ...filter.params] : filter.params;
	const emojiList = memo(parseEmoji);
	const topicList = topicLists(db, (caches.topicNames ??= []));

	// The query returns each value once (a value fetched from SQLite costs more than copying it
	// here); `source[k]` is where column k is in it, -1 where JavaScript fills it in. Each row
	// handed on holds the columns, then the nlp_version, then the article id.
	const exprs: string[] = [];
	const at = (sql: string) => {
		const i = exprs.indexOf(sql);
		return i >= 0 ? i : exprs.push(sql) - 1;
	};
	const handleAt = columns.findIndex((c) => c.name === 'author');
	const handles = handleAt >= 0 && readsMostComments(f) ? (caches.handles === undefined ? (caches.handles = authorHandles(db)) : caches.handles) : null;
	// A part's lists are fetched at once (rangeLists) when the part is wide enough to pay.
	const byRange = (name: string) => range !== undefined && range.to - range.from >= 256 && name in RANGE_LISTS;
	const source = columns.map((c, k) =>
		c.name in FROM_ARTICLE || byRange(c.name)
			? -1
			: at(k === handleAt && handles ? 'c.author_id' : (DIRECT[c.name] ?? LISTS[c.name] ?? unknownColumn(c.name)))
	);
	const n = columns.length;
	source.push(at('t.nlp_version'), at('c.article_id'));
	const idSource = at('c.id');
	const width = source.length;
	const articleAt = columns.flatMap((c, k) => (c.name in FROM_ARTICLE ? [k] : []));
	const articleField = articleAt.map((k) => FROM_ARTICLE[columns[k].name]);
	const emojiAt = columns.findIndex((c) => c.name === 'emoji');
	const topicsAt = columns.findIndex((c) => c.name === 'topics');
	const emojiOf = emojiAt >= 0 && byRange('emoji') ? rangeLists(prepared(db, caches, RANGE_LISTS.emoji), range!) : null;
	const topicsOf = topicsAt >= 0 && byRange('topics') ? rangeLists(prepared(db, caches, RANGE_LISTS.topics), range!) : null;
	const from = range?.from ?? 0;

	const article = articleAt.length ? cache(prepared(db, caches, `SELECT ${ARTICLE.join(', ')} FROM articles WHERE id = ?`), 10_000) : null;
	const uses = (alias: string) => exprs.some((sql) => sql.startsWith(alias));
	const joins = [
		filter.joins,
		uses('au.') ? 'LEFT JOIN authors au ON au.id = c.author_id' : '',
		uses('cf.') ? 'LEFT JOIN comment_flags cf ON cf.comment_id = c.id' : ''
	].join(' ');
	const stmt = prepared(db, caches, `SELECT ${exprs.join(', ')} FROM comments c ${joins} WHERE ${where} ORDER BY c.id`);

	let lastArticle = -1;
	let articleRow: unknown[] | undefined;
	for (const q of queryRows(stmt, params, range)) {
		const r = new Array<unknown>(width);
		for (let k = 0; k < width; k++) {
			const i = source[k];
			r[k] = i >= 0 ? q[i] : null;
		}
		if (versions && typeof r[n] === 'string') versions.add(r[n] as string);
		if (article) {
			const id = r[n + 1] as number;
			if (id !== lastArticle) {
				lastArticle = id;
				articleRow = article(id);
			}
			for (let i = 0; i < articleAt.length; i++) r[articleAt[i]] = articleRow ? articleRow[articleField[i]] : null;
		}
		if (handles) {
			const id = r[handleAt] as number | null;
			r[handleAt] = id === null ? null : (handles[id] ?? null);
		}
		if (emojiOf) r[emojiAt] = emojiOf[(q[idSource] as number) - from] ?? null;
		if (topicsOf) r[topicsAt] = topicsOf[(q[idSource] as number) - from] ?? null;
		if (emojiAt >= 0) {
			const v = r[emojiAt];
			r[emojiAt] = typeof v === 'string' ? emojiList(v) : EMPTY;
		}
		if (topicsAt >= 0) {
			const v = r[topicsAt];
			r[topicsAt] = typeof v === 'string' ? topicList(v) : EMPTY;
		}
		yield r;
	}
}

function unknownColumn(name: string): never {
	throw new Error(`no source for comment column ${name}`);
}

/**
 * Comment ids per range, of allCommentRows and of a parallel export's parts: a couple of MB of
 * output, so parts waiting in memory stay small, and wide enough that a range's lists fetched at
 * once pay.
 */
export const PART_WIDTH = 4096;

/** The least and greatest comment id: the span exports divide into ranges; null when there are none. */
export function commentIdSpan(db: DB): { min: number; max: number } | null {
	// Apart, each is one index lookup; together in one SELECT they would scan the table.
	const [min, max] = db.prepare('SELECT (SELECT min(id) FROM comments), (SELECT max(id) FROM comments)').raw(true).get() as [number | null, number | null];
	return min === null || max === null ? null : { min, max };
}

/**
 * Every comment the filters select, in id order, on one thread: when the filters leave most
 * comments in, range by range as a parallel export's parts are made (the lists of a range fetched
 * at once, the statements and caches shared), else in one query.
 */
export function* allCommentRows(db: DB, f: Filters, columns: readonly ExportColumn[]): Generator<Row> {
	if (!readsMostComments(f)) {
		yield* commentRows(db, f, columns);
		return;
	}
	const span = commentIdSpan(db);
	if (!span) return;
	const caches: RowCaches = {};
	for (let from = span.min; from <= span.max; from += PART_WIDTH) yield* commentRows(db, f, columns, { from, to: from + PART_WIDTH }, undefined, caches);
}
