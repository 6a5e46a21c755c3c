// What the comment rows of an export (exportRows.ts) fetch or parse once rather than per row:
// caches by id, parsers memoised per distinct value, every author handle in one read, and the
// list columns of a range of comments in one query each. All of it is good for one snapshot only.
import type { Statement } from 'better-sqlite3';
import type { DB } from './open';
import type { Filters } from '../../filters';

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Comment ids from `from` up to, not including, `to`: one part of a parallel export. */
export interface IdRange {
	from: number;
	to: number;
}

/** Memoises a parse per distinct input; forgets everything when full. */
export function memo<T>(parse: (v: string) => T, limit = 20_000): (v: string) => T {
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
export function cache(stmt: Statement, limit: number): (id: number) => unknown[] | undefined {
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
export const parseEmoji = (v: string): readonly string[] =>
	Object.freeze(
		v
			.split('\x1e')
			.map((p) => ({ emoji: p.slice(0, p.lastIndexOf('\x1f')), count: Number(p.slice(p.lastIndexOf('\x1f') + 1)) }))
			.sort((a, b) => b.count - a.count || byCodeUnit(a.emoji, b.emoji))
			.map((e) => e.emoji)
	);

/**
 * "12,7,30" (topic ids) -> their names in code-unit order, `names` holding those met so far. Combinations of topics are too many to
 * memoise (80,000 distinct among 200,000 comments), so each list is parsed, but names are
 * looked up once per topic.
 */
export function topicLists(db: DB, names: string[]): (ids: string) => readonly string[] {
	let stmt: Statement | null = null;
	const nameOf = (id: number): string =>
		(names[id] ??= ((stmt ??= db.prepare('SELECT name FROM topics WHERE id = ?').pluck()).get(id) as string | undefined) ?? `topic ${id}`);
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

/** Authors beyond this many are joined, not held in memory (92,000 handles take some 4 MB). */
const HANDLES_IN_MEMORY = 250_000;

/**
 * Every author's handle by id, or null when there are too many to hold. Read in one pass: at a
 * million comments, joining the authors table costs 0.7 s (a B-tree search per comment), this 0.05 s.
 */
export function authorHandles(db: DB): (string | null)[] | null {
	const max = (db.prepare('SELECT max(id) FROM authors').pluck().get() as number | null) ?? 0;
	if (max > HANDLES_IN_MEMORY) return null;
	const handles = new Array<string | null>(max + 1).fill(null);
	for (const [id, handle] of db.prepare('SELECT id, handle FROM authors').raw(true).iterate() as IterableIterator<[number, string]>) handles[id] = handle;
	return handles;
}

/**
 * Filters that leave most comments in: an export with them reads so many rows that values
 * fetched once for all (the author handles) cost less than a join per row.
 */
export function readsMostComments(f: Filters): boolean {
	return !(f.article.length || f.topic.length || f.emoji.length || f.author.length || f.q);
}

/**
 * What the commentRows calls of one export share, over one snapshot (the parts a worker makes).
 * Not to be kept past the snapshot: it holds what the database held.
 */
export interface RowCaches {
	/** Loaded when first needed; null when there are too many authors. */
	handles?: (string | null)[] | null;
	/** Topic names by id, as they are met. */
	topicNames?: string[];
	/** Prepared statements by SQL: a part's query is the same but for its bound range. */
	statements?: Map<string, Statement>;
}

export function prepared(db: DB, caches: RowCaches, sql: string): Statement {
	caches.statements ??= new Map();
	let stmt = caches.statements.get(sql);
	if (!stmt) caches.statements.set(sql, (stmt = db.prepare(sql).raw(true)));
	return stmt;
}

/**
 * The list columns of a range of comments in one string each, as `id:list` items: fetching a
 * part's lists at once costs a fraction of a subquery per comment (emoji a fifth, topics two
 * thirds). char(29) never occurs in an emoji; an id holds no ':'.
 */
export const RANGE_LISTS: Record<string, string> = {
	emoji: `SELECT group_concat(comment_id || ':' || list, char(29)) FROM (SELECT comment_id, group_concat(emoji || char(31) || count, char(30)) AS list
		FROM comment_emoji WHERE comment_id >= ? AND comment_id < ? GROUP BY comment_id)`,
	topics: `SELECT group_concat(comment_id || ':' || list, char(29)) FROM (SELECT comment_id, group_concat(topic_id) AS list
		FROM comment_topics WHERE comment_id >= ? AND comment_id < ? GROUP BY comment_id)`
};

/** The lists of the comments in `range` by id - range.from (undefined: none). */
export function rangeLists(stmt: Statement, range: IdRange): (string | undefined)[] {
	const all = stmt.pluck().get(range.from, range.to) as string | null;
	const lists = new Array<string | undefined>(range.to - range.from);
	if (all === null) return lists;
	for (let at = 0; at < all.length; ) {
		let end = all.indexOf('\x1d', at);
		if (end < 0) end = all.length;
		const colon = all.indexOf(':', at);
		lists[Number(all.slice(at, colon)) - range.from] = all.slice(colon + 1, end);
		at = end + 1;
	}
	return lists;
}
