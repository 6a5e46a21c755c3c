// Comment rows for an export, assembled for speed. The filtered comments are read in id order by
// one query; their tags, emoji and topics come from side cursors that walk those tables in the
// same id order (a merge join: sequential reads instead of three index searches per row), and
// article and author fields from small caches (an article repeats for all its comments).
// Everything is read on one connection, inside the caller's read transaction: one snapshot.
import type { Statement } from 'better-sqlite3';
import type { DB } from './open';
import type { Filters } from '../../filters';
import type { ExportColumn } from '../../export/columns';
import type { Row } from '../../export/table';
import { filterToSql } from './filterSql';

type Side = 'tags' | 'emoji' | 'topics';
type Cached = 'article' | 'author';
type Source = { sql: string; join?: 'flag' } | { side: Side; at: number } | { cache: Cached; at: number };

const TAG_FIELDS = ['sentiment_score', 'sentiment_label', 'stance_target', 'stance_label', 'stance_confidence', 'lang', 'nlp_version'];
const ARTICLE_FIELDS = ['url', 'title', 'published_at', 'external_id', 'section'];
const AUTHOR_FIELDS = ['handle', 'display_name'];

const SOURCES: Record<string, Source> = {
	article_id: { sql: 'c.article_id' },
	article_url: { cache: 'article', at: 0 },
	article_title: { cache: 'article', at: 1 },
	article_published_at: { cache: 'article', at: 2 },
	article_external_id: { cache: 'article', at: 3 },
	article_section: { cache: 'article', at: 4 },
	comment_id: { sql: 'c.id' },
	comment_external_id: { sql: 'c.external_id' },
	parent_id: { sql: 'c.parent_id' },
	thread_root_id: { sql: 'c.thread_root_id' },
	depth: { sql: 'c.depth' },
	position: { sql: 'c.position' },
	author: { cache: 'author', at: 0 },
	author_name: { cache: 'author', at: 1 },
	created_at: { sql: 'c.created_at' },
	effective_at: { sql: 'c.effective_at' },
	status: { sql: 'c.status' },
	type: { sql: 'c.type' },
	score: { sql: 'c.score' },
	text: { sql: 'c.text' },
	...Object.fromEntries(TAG_FIELDS.map((f, i) => [f, { side: 'tags', at: i + 1 }])),
	emoji: { side: 'emoji', at: 1 },
	topics: { side: 'topics', at: 1 },
	duplicate_cluster: { sql: 'cf.cluster_id', join: 'flag' },
	duplicate_similarity: { sql: 'cf.similarity', join: 'flag' }
};

// Each side query yields [comment_id, ...] from a given id on, in comment_id order (its primary key).
const SIDE_SQL: Record<Side, string> = {
	tags: `SELECT comment_id, ${TAG_FIELDS.join(', ')} FROM comment_tags WHERE comment_id >= ? ORDER BY comment_id`,
	// char(31)/char(30): unit and record separators, which an emoji never holds.
	emoji: `SELECT comment_id, group_concat(emoji || char(31) || count, char(30)) FROM comment_emoji WHERE comment_id >= ? GROUP BY comment_id ORDER BY comment_id`,
	topics: `SELECT comment_id, group_concat(topic_id) FROM comment_topics WHERE comment_id >= ? GROUP BY comment_id ORDER BY comment_id`
};

/** A side table read in step with the comments; restarts at the next id instead of reading across a gap. */
class SideCursor {
	private it: IterableIterator<unknown[]> | null = null;
	private cur: unknown[] | null = null;
	private static readonly GAP = 32;

	constructor(private readonly stmt: Statement) {}

	/** The side row of comment `id`. Ids must come in ascending order. */
	get(id: number): unknown[] | undefined {
		let cur = this.cur;
		if (this.it === null || (cur !== null && id - (cur[0] as number) > SideCursor.GAP)) {
			this.it?.return?.();
			this.it = this.stmt.iterate(id) as IterableIterator<unknown[]>;
			cur = this.advance();
		}
		while (cur !== null && (cur[0] as number) < id) cur = this.advance();
		return cur !== null && cur[0] === id ? cur : undefined;
	}

	private advance(): unknown[] | null {
		const next = this.it!.next();
		this.cur = next.done ? null : next.value;
		return this.cur;
	}

	close(): void {
		this.it?.return?.();
		this.it = null;
	}
}

/** Rows by id, looked up on a miss; forgets everything when full (rows of one article come together). */
function cacheOf(stmt: Statement, limit: number): (id: number | null) => unknown[] | undefined {
	const cache = new Map<number, unknown[] | undefined>();
	return (id) => {
		if (id === null) return undefined;
		if (cache.has(id)) return cache.get(id);
		if (cache.size >= limit) cache.clear();
		const row = stmt.get(id) as unknown[] | undefined;
		cache.set(id, row);
		return row;
	};
}

const EMPTY: readonly string[] = Object.freeze([]);

/** Parses "emoji\x1Fcount\x1E..." into the emoji, most used first then by code point; cached per distinct text. */
function emojiLists(): (v: unknown) => readonly string[] {
	const seen = new Map<string, readonly string[]>();
	return (v) => {
		if (typeof v !== 'string') return EMPTY;
		let list = seen.get(v);
		if (list) return list;
		const pairs = v.split('\x1e').map((p) => {
			const cut = p.lastIndexOf('\x1f');
			return [p.slice(0, cut), Number(p.slice(cut + 1))] as const;
		});
		pairs.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
		list = Object.freeze(pairs.map((p) => p[0]));
		if (seen.size >= 10_000) seen.clear();
		seen.set(v, list);
		return list;
	};
}

/** Maps "3,17" to the topic names, sorted; names and lists cached. */
function topicLists(db: DB): (v: unknown) => readonly string[] {
	const name = cacheOf(db.prepare('SELECT name FROM topics WHERE id = ?').raw(true), 100_000);
	const seen = new Map<string, readonly string[]>();
	return (v) => {
		if (typeof v !== 'string') return EMPTY;
		let list = seen.get(v);
		if (list) return list;
		const names = v.split(',').map((id) => (name(Number(id))?.[0] as string | undefined) ?? `topic ${id}`);
		list = Object.freeze(names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
		if (seen.size >= 10_000) seen.clear();
		seen.set(v, list);
		return list;
	};
}

/**
 * The comments the filters select, in id (import) order, as rows in column order followed by the
 * row's nlp_version (for the provenance).
 */
export function* commentRows(db: DB, f: Filters, columns: readonly ExportColumn[]): Generator<Row> {
	const filter = filterToSql(f);
	const n = columns.length;
	const sources = columns.map((c) => {
		const s = SOURCES[c.name];
		if (!s) throw new Error(`no source for comment column ${c.name}`);
		return s;
	});
	const select = sources.map((s) => ('sql' in s ? s.sql : 'NULL'));
	// Hidden after the columns: nlp_version (filled below), then the keys the sides and caches need.
	select.push('NULL', 'c.id', 'c.article_id', 'c.author_id');
	const flagJoin = sources.some((s) => 'join' in s && s.join === 'flag') ? 'LEFT JOIN comment_flags cf ON cf.comment_id = c.id' : '';
	const main = db
		.prepare(`SELECT ${select.join(', ')} FROM comments c ${filter.joins} ${flagJoin} WHERE ${filter.where} ORDER BY c.id`)
		.raw(true);

	const tags = new SideCursor(db.prepare(SIDE_SQL.tags).raw(true)); // always: the provenance needs nlp_version
	const emoji = sources.some((s) => 'side' in s && s.side === 'emoji') ? new SideCursor(db.prepare(SIDE_SQL.emoji).raw(true)) : null;
	const topics = sources.some((s) => 'side' in s && s.side === 'topics') ? new SideCursor(db.prepare(SIDE_SQL.topics).raw(true)) : null;
	const article = cacheOf(db.prepare(`SELECT ${ARTICLE_FIELDS.join(', ')} FROM articles WHERE id = ?`).raw(true), 10_000);
	const author = cacheOf(db.prepare(`SELECT ${AUTHOR_FIELDS.join(', ')} FROM authors WHERE id = ?`).raw(true), 50_000);
	const emojiList = emojiLists();
	const topicList = topicLists(db);

	// Per side, the (output index, side field) pairs to copy.
	const fill = (pick: (s: Source) => number | undefined) =>
		sources.flatMap((s, i) => {
			const at = pick(s);
			return at === undefined ? [] : [[i, at] as const];
		});
	const tagFill = fill((s) => ('side' in s && s.side === 'tags' ? s.at : undefined));
	const articleFill = fill((s) => ('cache' in s && s.cache === 'article' ? s.at : undefined));
	const authorFill = fill((s) => ('cache' in s && s.cache === 'author' ? s.at : undefined));
	const emojiAt = sources.findIndex((s) => 'side' in s && s.side === 'emoji');
	const topicsAt = sources.findIndex((s) => 'side' in s && s.side === 'topics');
	const versionAt = TAG_FIELDS.indexOf('nlp_version') + 1;

	try {
		for (const row of main.iterate(...filter.params) as IterableIterator<unknown[]>) {
			const id = row[n + 1] as number;
			const t = tags.get(id);
			if (t) {
				for (const [i, at] of tagFill) row[i] = t[at];
				row[n] = t[versionAt];
			}
			if (articleFill.length) {
				const a = article(row[n + 2] as number);
				for (const [i, at] of articleFill) row[i] = a ? a[at] : null;
			}
			if (authorFill.length) {
				const u = author(row[n + 3] as number | null);
				for (const [i, at] of authorFill) row[i] = u ? u[at] : null;
			}
			if (emoji) row[emojiAt] = emojiList(emoji.get(id)?.[1]);
			if (topics) row[topicsAt] = topicList(topics.get(id)?.[1]);
			yield row;
		}
	} finally {
		tags.close();
		emoji?.close();
		topics?.close();
	}
}
