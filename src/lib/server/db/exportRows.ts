// Comment rows for an export: one query over the filtered comments in id (import) order, so it
// reads the table front to back. Most of an export's time is spent turning SQLite values into
// JavaScript values (about 0.25 µs per string), so values that repeat are fetched once: an
// article's fields come from a small cache keyed by id (an article's comments come together), a
// comment's tag labels travel as one packed string parsed once per distinct combination, and
// emoji and topics as compact strings parsed once per distinct value.
import type { Statement } from 'better-sqlite3';
import type { DB } from './open';
import type { Filters } from '../../filters';
import type { ExportColumn } from '../../export/columns';
import type { Row } from '../../export/table';
import { filterToSql } from './filterSql';

/** A column's value: read from the query's row (`r`), the article cache, or the tag labels. */
interface Ctx {
	r: unknown[];
	article: unknown[] | undefined;
	labels: Labels | undefined;
}
type Get = (x: Ctx) => unknown;

// The packed tag labels: these fields joined by char(31), a null as char(30).
const LABELS = ['sentiment_label', 'stance_target', 'stance_label', 'lang', 'nlp_version'] as const;
type Labels = Record<(typeof LABELS)[number], string | null>;
const LABELS_SQL = `CASE WHEN t.comment_id IS NULL THEN NULL ELSE ${LABELS.map((f) => `coalesce(t.${f}, char(30))`).join(' || char(31) || ')} END`;

const ARTICLE = ['url', 'title', 'published_at', 'external_id', 'section'];

// Direct columns: SQL expressions selected as they are. char(31)/char(30) never occur in an emoji.
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
	stance_confidence: 't.stance_confidence',
	emoji: '(SELECT group_concat(e.emoji || char(31) || e.count, char(30)) FROM comment_emoji e WHERE e.comment_id = c.id)',
	topics: '(SELECT group_concat(x.topic_id) FROM comment_topics x WHERE x.comment_id = c.id)',
	// Authors are many and scattered, so they are joined rather than cached.
	author: 'au.handle',
	author_name: 'au.display_name',
	duplicate_cluster: 'cf.cluster_id',
	duplicate_similarity: 'cf.similarity'
};
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
function cache(stmt: Statement, limit: number): (id: unknown) => unknown[] | undefined {
	const seen = new Map<number, unknown[] | undefined>();
	return (id) => {
		if (typeof id !== 'number') return undefined;
		if (seen.has(id)) return seen.get(id);
		if (seen.size >= limit) seen.clear();
		const row = stmt.get(id) as unknown[] | undefined;
		seen.set(id, row);
		return row;
	};
}

const parseLabels = (v: string): Labels => {
	const parts = v.split('\x1f');
	return Object.fromEntries(LABELS.map((f, i) => [f, parts[i] === '\x1e' ? null : parts[i]])) as Labels;
};

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
 * The comments the filters select, in id order, as rows in column order followed by the row's
 * nlp_version (for the provenance).
 */
export function* commentRows(db: DB, f: Filters, columns: readonly ExportColumn[]): Generator<Row> {
	const filter = filterToSql(f);
	const select = ['c.article_id', LABELS_SQL];
	const at = (sql: string) => {
		const i = select.indexOf(sql);
		return i >= 0 ? i : select.push(sql) - 1;
	};
	const topicName = db.prepare('SELECT name FROM topics WHERE id = ?').pluck();
	const nameOf = memo((id: string) => (topicName.get(Number(id)) as string | undefined) ?? `topic ${id}`, 1_000_000);
	const emojiList = memo(parseEmoji);
	const topicList = memo((v: string): readonly string[] => Object.freeze(v.split(',').map(nameOf).sort(byCodeUnit)));

	const getters: Get[] = columns.map((c): Get => {
		const name = c.name;
		if (name in FROM_ARTICLE) return (x) => (x.article ? x.article[FROM_ARTICLE[name]] : null);
		if ((LABELS as readonly string[]).includes(name)) return (x) => (x.labels ? x.labels[name as keyof Labels] : null);
		const sql = DIRECT[name];
		if (!sql) throw new Error(`no source for comment column ${name}`);
		const i = at(sql);
		if (name === 'emoji') return (x) => (typeof x.r[i] === 'string' ? emojiList(x.r[i] as string) : EMPTY);
		if (name === 'topics') return (x) => (typeof x.r[i] === 'string' ? topicList(x.r[i] as string) : EMPTY);
		return (x) => x.r[i];
	});
	const article = columns.some((c) => c.name in FROM_ARTICLE)
		? cache(db.prepare(`SELECT ${ARTICLE.join(', ')} FROM articles WHERE id = ?`).raw(true), 10_000)
		: null;
	const labels = memo(parseLabels);
	const uses = (alias: string) => select.some((sql) => sql.startsWith(alias));
	const joins = [
		filter.joins,
		uses('au.') ? 'LEFT JOIN authors au ON au.id = c.author_id' : '',
		uses('cf.') ? 'LEFT JOIN comment_flags cf ON cf.comment_id = c.id' : ''
	].join(' ');
	const stmt = db.prepare(`SELECT ${select.join(', ')} FROM comments c ${joins} WHERE ${filter.where} ORDER BY c.id`).raw(true);

	const n = columns.length;
	const x: Ctx = { r: [], article: undefined, labels: undefined };
	for (const r of stmt.iterate(...filter.params) as IterableIterator<unknown[]>) {
		x.r = r;
		x.article = article?.(r[0]);
		x.labels = typeof r[1] === 'string' ? labels(r[1]) : undefined;
		const row = new Array(n + 1);
		for (let i = 0; i < n; i++) row[i] = getters[i](x);
		row[n] = x.labels?.nlp_version ?? null;
		yield row;
	}
}
