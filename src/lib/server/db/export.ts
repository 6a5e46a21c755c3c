// The export's SQL: the filtered rows, one per comment (exportRows.ts) or one per article,
// streamed with .iterate() so a million rows never sit in memory; the counts for a sidecar; and a
// cheap fingerprint of the database state. The filter clause comes from filterToSql, the same one
// every dashboard view uses, so an export holds exactly the comments the page counted.
import { createHash } from 'node:crypto';
import { openReadOnly, type DB } from './open';
import type { Filters } from '../../filters';
import { filterToSql } from './filterSql';
import { allCommentRows } from './exportRows';
import type { ExportColumn, ExportLevel } from '../../export/columns';
import type { Row } from '../../export/table';
import type { DatabaseFingerprint } from '../../export/provenance';

// Over `agg` (one row per article of the selected comments), `a` (articles) and `top` (top emoji).
const ARTICLE_SQL: Record<string, string> = {
	article_id: 'a.id',
	article_url: 'a.url',
	article_title: 'a.title',
	article_published_at: 'a.published_at',
	article_section: 'a.section',
	comments: 'agg.comments',
	commenters: 'agg.commenters',
	first_comment_at: 'agg.first_comment_at',
	last_comment_at: 'agg.last_comment_at',
	sentiment_mean: 'agg.sentiment_mean',
	sentiment_positive: 'agg.sentiment_positive',
	sentiment_neutral: 'agg.sentiment_neutral',
	sentiment_negative: 'agg.sentiment_negative',
	sentiment_unscored: 'agg.sentiment_unscored',
	stance_favor: 'agg.stance_favor',
	stance_against: 'agg.stance_against',
	stance_neutral: 'agg.stance_neutral',
	stance_none: 'agg.stance_none',
	flagged: 'agg.flagged',
	top_emoji: "coalesce(top.top_emoji, '[]')"
};

export interface ExportQuery {
	sql: string;
	params: unknown[];
	/** Indexes of the columns that come back as JSON array text. */
	listAt: number[];
}

/**
 * One row per article that has selected comments, with aggregates over those comments only.
 * Each row carries the JSON list of nlp_versions among them after the chosen columns.
 */
export function articleRowsQuery(f: Filters, columns: readonly ExportColumn[]): ExportQuery {
	const filter = filterToSql(f);
	const select = columns.map((c) => {
		const s = ARTICLE_SQL[c.name];
		if (!s) throw new Error(`no SQL for article column ${c.name}`);
		return s;
	});
	select.push('agg.nlp_versions');
	const scored = `s.sentiment_label IN ('positive', 'neutral', 'negative')`;
	const sql = `WITH sel AS MATERIALIZED (
			SELECT c.id, c.article_id, c.author_id, c.created_at, t.sentiment_score, t.sentiment_label, t.stance_label, t.nlp_version
			FROM comments c ${filter.joins} WHERE ${filter.where}
		), agg AS (
			SELECT s.article_id,
				count(*) AS comments,
				count(DISTINCT s.author_id) AS commenters,
				min(s.created_at) AS first_comment_at,
				max(s.created_at) AS last_comment_at,
				avg(CASE WHEN ${scored} THEN s.sentiment_score END) AS sentiment_mean,
				count(*) FILTER (WHERE s.sentiment_label = 'positive') AS sentiment_positive,
				count(*) FILTER (WHERE s.sentiment_label = 'neutral') AS sentiment_neutral,
				count(*) FILTER (WHERE s.sentiment_label = 'negative') AS sentiment_negative,
				count(*) FILTER (WHERE NOT coalesce(${scored}, 0)) AS sentiment_unscored,
				count(*) FILTER (WHERE s.stance_label = 'favor') AS stance_favor,
				count(*) FILTER (WHERE s.stance_label = 'against') AS stance_against,
				count(*) FILTER (WHERE s.stance_label = 'neutral') AS stance_neutral,
				count(*) FILTER (WHERE coalesce(s.stance_label, 'none') = 'none') AS stance_none,
				count(*) FILTER (WHERE EXISTS (SELECT 1 FROM comment_flags fl WHERE fl.comment_id = s.id)) AS flagged,
				json_group_array(DISTINCT s.nlp_version) FILTER (WHERE s.nlp_version IS NOT NULL) AS nlp_versions
			FROM sel s GROUP BY s.article_id
		), ranked AS (
			SELECT article_id, emoji, row_number() OVER (PARTITION BY article_id ORDER BY n DESC, emoji) AS r
			FROM (SELECT s.article_id, e.emoji, sum(e.count) AS n FROM sel s JOIN comment_emoji e ON e.comment_id = s.id GROUP BY 1, 2)
		), top AS (
			SELECT article_id, json_group_array(emoji ORDER BY r) AS top_emoji FROM ranked WHERE r <= 5 GROUP BY article_id
		)
		SELECT ${select.join(', ')}
		FROM agg JOIN articles a ON a.id = agg.article_id LEFT JOIN top ON top.article_id = agg.article_id
		ORDER BY a.published_at, a.id`;
	const listAt = listIndexes(columns);
	listAt.push(columns.length); // the nlp_versions
	return { sql, params: filter.params, listAt };
}

function listIndexes(columns: readonly ExportColumn[]): number[] {
	return columns.flatMap((c, i) => (c.kind === 'list' ? [i] : []));
}

const EMPTY: readonly string[] = Object.freeze([]);

/** Streams a query's rows as arrays, decoding its JSON list columns. */
export function* iterateRows(db: DB, q: ExportQuery): Generator<Row> {
	const rows = db.prepare(q.sql).raw(true).iterate(...q.params) as IterableIterator<unknown[]>;
	const { listAt } = q;
	if (listAt.length === 0) {
		yield* rows;
		return;
	}
	for (const row of rows) {
		for (const i of listAt) {
			const v = row[i] as string | null;
			row[i] = v === null || v === '[]' ? EMPTY : JSON.parse(v);
		}
		yield row;
	}
}

/**
 * The rows of an export: one per comment (exportRows.ts allCommentRows), or one per article (articleRowsQuery),
 * each followed by its analyser version(s) for the provenance.
 */
export function exportRows(db: DB, level: ExportLevel, f: Filters, columns: readonly ExportColumn[]): Iterable<Row> {
	return level === 'articles' ? iterateRows(db, articleRowsQuery(f, columns)) : allCommentRows(db, f, columns);
}

/** How many rows an export with these filters holds, and the analyser versions among them; for the sidecar. */
export function countExportRows(db: DB, level: ExportLevel, f: Filters): { rows: number; nlpVersions: string[] } {
	const filter = filterToSql(f);
	const what = level === 'articles' ? 'count(DISTINCT c.article_id)' : 'count(*)';
	const r = db
		.prepare(
			`SELECT ${what} AS n, json_group_array(DISTINCT t.nlp_version) FILTER (WHERE t.nlp_version IS NOT NULL) AS v
			 FROM comments c ${filter.joins} WHERE ${filter.where}`
		)
		.get(...filter.params) as { n: number; v: string };
	return { rows: r.n, nlpVersions: (JSON.parse(r.v) as string[]).sort() };
}

/** Titles of the given articles, for the sentence that describes the filters. */
export function articleTitles(db: DB, ids: number[]): Record<number, string> {
	if (ids.length === 0) return {};
	const rows = db
		.prepare(`SELECT id, title FROM articles WHERE id IN (${ids.map(() => '?').join(', ')}) AND title IS NOT NULL`)
		.all(...ids) as { id: number; title: string }[];
	return Object.fromEntries(rows.map((r) => [r.id, r.title]));
}

export const FINGERPRINT_METHOD =
	'sha256 of: schema version; count and max id of articles, comments, authors; count, least and greatest nlp_version of ' +
	'comment_tags; the tagging settings in meta (tagging.*); count of comment_emoji, comment_topics, topics, stance_targets; ' +
	'count, max id and max created_at of dup_clusters; count of comment_flags; every source (id, namespace, path, format, ' +
	'content hash, import time). Equal hashes mean the same imports and tagging runs, not a byte-for-byte comparison.';

/**
 * A cheap fingerprint of the database content: what changes when anything is imported, re-imported,
 * tagged or flagged, computed from counts, maxima and the import log. Comments are re-tagged only
 * when they were edited (a new import), the analyser version changed (the nlp_version range) or
 * the stance targets changed (meta tagging.targets), so those stand for the tagging runs; the time
 * of the last tagging would cost a scan of every tag row. Most parts are index lookups; the counts
 * are scans of narrow indexes, about 0.25 s in all at a million comments.
 */
export function databaseFingerprint(db: DB): DatabaseFingerprint {
	const one = (sql: string) => db.prepare(sql).raw(true).get() as unknown[];
	const state = {
		schema: db.pragma('user_version', { simple: true }),
		articles: one('SELECT count(*), max(id) FROM articles'),
		comments: one('SELECT count(*), max(id) FROM comments'),
		authors: one('SELECT count(*), max(id) FROM authors'),
		tags: one('SELECT count(*), min(nlp_version), max(nlp_version) FROM comment_tags'),
		tagging: db.prepare(`SELECT key, value FROM meta WHERE key LIKE 'tagging.%' ORDER BY key`).raw(true).all(),
		emoji: one('SELECT count(*) FROM comment_emoji'),
		commentTopics: one('SELECT count(*) FROM comment_topics'),
		topics: one('SELECT count(*), max(id) FROM topics'),
		targets: one('SELECT count(*), max(id) FROM stance_targets'),
		clusters: one('SELECT count(*), max(id), max(created_at) FROM dup_clusters'),
		flags: one('SELECT count(*) FROM comment_flags'),
		sources: db.prepare('SELECT id, namespace, path, format, content_hash, imported_at FROM sources ORDER BY id').raw(true).all()
	};
	return {
		hash: 'sha256:' + createHash('sha256').update(JSON.stringify(state)).digest('hex'),
		method: FINGERPRINT_METHOD,
		articles: state.articles[0] as number,
		comments: state.comments[0] as number,
		tagged: state.tags[0] as number,
		sources: state.sources.length
	};
}

/**
 * Tells whether anything was committed to the database since it was opened: a connection of its
 * own, whose PRAGMA data_version changes when another connection commits. Opened before a
 * snapshot is taken and asked after other snapshots were taken, "nothing changed" means they
 * all see the same state.
 */
export interface ChangeProbe {
	changed(): boolean;
	close(): void;
}

export function openChangeProbe(path: string): ChangeProbe | null {
	const probe = openReadOnly(path);
	if (!probe) return null;
	const version = () => probe.pragma('data_version', { simple: true }) as number;
	const first = version();
	return { changed: () => version() !== first, close: () => probe.close() };
}

/** Begins a read transaction so that everything read afterwards sees one snapshot (WAL). */
export function beginSnapshot(db: DB): void {
	tuneForExport(db);
	if (!db.inTransaction) db.exec('BEGIN');
	db.prepare('SELECT 1 FROM sqlite_schema LIMIT 1').get(); // a deferred BEGIN takes its snapshot at the first read
}

export function endSnapshot(db: DB): void {
	if (db.open && db.inTransaction) db.exec('COMMIT');
}

/**
 * Tunes a connection for one long sequential read: no memory-mapped I/O (mapped pages count as
 * resident memory), a modest page cache, and sort spill to disk rather than RAM.
 */
export function tuneForExport(db: DB): void {
	db.pragma('mmap_size = 0');
	db.pragma('cache_size = -2048');
	db.pragma('temp_store = FILE');
}
