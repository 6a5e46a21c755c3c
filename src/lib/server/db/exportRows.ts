// Comment rows for an export: one query over the filtered comments in id (import) order, so it
// reads the table front to back. Most of an export's time is spent turning SQLite values into
// JavaScript values, so the query returns each row already in column order (the array is patched
// in place, not copied) and values that repeat are fetched or parsed once: an article's fields
// come from a small cache keyed by id (an article's comments come together), emoji lists as
// compact strings parsed once per distinct value, topic names once per topic.
import type { Statement } from 'better-sqlite3';
import type { DB } from './open';
import type { Filters } from '../../filters';
import type { ExportColumn } from '../../export/columns';
import type { Row } from '../../export/table';
import { filterToSql } from './filterSql';

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
	// Authors are many and scattered, so they are joined rather than cached.
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
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Memoises a parse per distinct input; forgets everything when full. */
function memo<T>(parse: (v: string) => T, limit = 20_000): (v: string) => T {
	const seen = new Map<string, T>();
	return (v) => {
		let out = seen.get(v);
		if (out === undefined) {
			out = parse(v);
			if (seen.size >= limit) seen.clear();
			seen.set(v, out);
		}
		return out;
	};
}

/** Rows by id, fetched on a miss; forgets everything when full (one article's comments come together). */
function cache(stmt: Statement, limit: number): (id: number) => unknown[] | undefined {
	const seen = new Map<number, unknown[] | undefined>();
	return (id) => {
		if (seen.has(id)) return seen.get(id);
		if (seen.size >= limit) seen.clear();
		const row = stmt.get(id) as unknown[] | undefined;
		seen.set(id, row);
		return row;
	};
}

/** "emoji\x1Fcount\x1E..." -> the emoji, most used first, then by code unit. */
const parseEmoji = (v: string): readonly string[] =>
	Object.freeze(
		v
			.split('\x1e')
			.map((p) => ({ emoji: p.slice(0, p.lastIndexOf('\x1f')), count: Number(p.slice(p.lastIndexOf('\x1f') + 1)) }))
			.sort((a, b) => b.count - a.count || byCodeUnit(a.emoji, b.emoji))
			.map((e) => e.emoji)
	);

/**
 * "12,7,30" (topic ids) -> their names in code-unit order. Combinations of topics are too many to
 * memoise (80,000 distinct among 200,000 comments), so each list is parsed, but names are
 * looked up once per topic.
 */
function topicLists(db: DB): (ids: string) => readonly string[] {
	const stmt = db.prepare('SELECT name FROM topics WHERE id = ?').pluck();
	const names: string[] = [];
	const nameOf = (id: number): string => (names[id] ??= (stmt.get(id) as string | undefined) ?? `topic ${id}`);
	return (ids) => {
		const out: string[] = [];
		let id = 0;
		for (let i = 0; i < ids.length; i++) {
			const ch = ids.charCodeAt(i);
			if (ch === 44 /* , */) {
				out.push(nameOf(id));
				id = 0;
			} else id = id * 10 + ch - 48;
		}
		out.push(nameOf(id));
		// Insertion sort: a comment has a handful of topics.
		for (let i = 1; i < out.length; i++) {
			const v = out[i];
			let j = i - 1;
			for (; j >= 0 && out[j] > v; j--) out[j + 1] = out[j];
			out[j + 1] = v;
		}
		return out;
	};
}

/** Comment ids from `from` up to, not including, `to`: one part of a parallel export. */
export interface IdRange {
	from: number;
	to: number;
}

/**
 * The comments the filters select, in id order, as rows in column order followed by the row's
 * nlp_version (for the provenance) and its article id; only those in `range` when given, and
 * the nlp_versions noted in `versions` when given. Each row is the array the query returned,
 * and is not touched after it is handed on.
 */
export function* commentRows(db: DB, f: Filters, columns: readonly ExportColumn[], range?: IdRange, versions?: Set<string>): Generator<Row> {
	const filter = filterToSql(f);
	const where = range ? `c.id >= ? AND c.id < ? AND ${filter.where}` : filter.where;
	const params = range ? [range.from, range.to, ...filter.params] : filter.params;
	const emojiList = memo(parseEmoji);
	const topicList = topicLists(db);

	// Position k holds column k (NULL where JavaScript fills it in), then the nlp_version, then the
	// article id; those two are copied here rather than read twice when they are columns too.
	const select = columns.map((c) => DIRECT[c.name] ?? LISTS[c.name] ?? (c.name in FROM_ARTICLE ? 'NULL' : unknownColumn(c.name)));
	const n = columns.length;
	const versionAt = columns.findIndex((c) => c.name === 'nlp_version');
	const articleIdAt = columns.findIndex((c) => c.name === 'article_id');
	select.push(versionAt >= 0 ? 'NULL' : 't.nlp_version', articleIdAt >= 0 ? 'NULL' : 'c.article_id');
	const articleAt = columns.flatMap((c, k) => (c.name in FROM_ARTICLE ? [k] : []));
	const articleField = articleAt.map((k) => FROM_ARTICLE[columns[k].name]);
	const emojiAt = columns.findIndex((c) => c.name === 'emoji');
	const topicsAt = columns.findIndex((c) => c.name === 'topics');

	const article = articleAt.length ? cache(db.prepare(`SELECT ${ARTICLE.join(', ')} FROM articles WHERE id = ?`).raw(true), 10_000) : null;
	const uses = (alias: string) => select.some((sql) => sql.startsWith(alias));
	const joins = [
		filter.joins,
		uses('au.') ? 'LEFT JOIN authors au ON au.id = c.author_id' : '',
		uses('cf.') ? 'LEFT JOIN comment_flags cf ON cf.comment_id = c.id' : ''
	].join(' ');
	const stmt = db.prepare(`SELECT ${select.join(', ')} FROM comments c ${joins} WHERE ${where} ORDER BY c.id`).raw(true);

	let lastArticle = -1;
	let articleRow: unknown[] | undefined;
	for (const r of stmt.iterate(...params) as IterableIterator<unknown[]>) {
		if (versionAt >= 0) r[n] = r[versionAt];
		if (articleIdAt >= 0) r[n + 1] = r[articleIdAt];
		if (versions && typeof r[n] === 'string') versions.add(r[n] as string);
		if (article) {
			const id = r[n + 1] as number;
			if (id !== lastArticle) {
				lastArticle = id;
				articleRow = article(id);
			}
			for (let i = 0; i < articleAt.length; i++) r[articleAt[i]] = articleRow ? articleRow[articleField[i]] : null;
		}
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
