import type { DB } from './open';

/**
 * Links every reply still waiting for its parent (parent_external_id set, parent_id null) whose
 * parent now exists in the same article. Global rather than per run: the partial index
 * comments_pending_parent (migration 002) holds only waiting rows, so this is cheap, and a run
 * killed before finish() is completed by the next one. Returns the articles whose threads changed.
 */
export function linkPendingReplies(db: DB): number[] {
	const rows = db
		.prepare(
			`UPDATE comments SET parent_id = p.id
			 FROM comments p
			 WHERE comments.parent_id IS NULL AND comments.parent_external_id IS NOT NULL
			   AND p.article_id = comments.article_id AND p.external_id = comments.parent_external_id AND p.id <> comments.id
			 RETURNING comments.article_id AS a`
		)
		.pluck()
		.all() as number[];
	return [...new Set(rows)];
}

/**
 * Recomputes thread root and depth for whole articles, walking down from their root comments.
 * Replies in a parent cycle (only hostile input makes one) are unreachable from any root: the
 * cycle is broken at its lowest id, which becomes a root again.
 */
export function reshapeThreads(db: DB, articleIds: number[]): void {
	if (!articleIds.length) return;
	const shape = db.prepare(
		`WITH RECURSIVE t(id, root, depth) AS (
		   SELECT id, id, 0 FROM comments WHERE article_id = ? AND parent_id IS NULL
		   UNION ALL
		   SELECT c.id, t.root, t.depth + 1 FROM comments c JOIN t ON c.parent_id = t.id
		 )
		 UPDATE comments SET thread_root_id = t.root, depth = t.depth
		 FROM t WHERE comments.id = t.id AND (comments.thread_root_id IS NOT t.root OR comments.depth IS NOT t.depth)`
	);
	const unreachable = db
		.prepare(
			`WITH RECURSIVE t(id) AS (
			   SELECT id FROM comments WHERE article_id = ? AND parent_id IS NULL
			   UNION ALL
			   SELECT c.id FROM comments c JOIN t ON c.parent_id = t.id
			 )
			 SELECT min(id) FROM comments WHERE article_id = ? AND id NOT IN (SELECT id FROM t)`
		)
		.pluck();
	const unlink = db.prepare(`UPDATE comments SET parent_id = NULL WHERE id = ?`);
	for (const id of articleIds) {
		for (let cut = unreachable.get(id, id) as number | null; cut !== null; cut = unreachable.get(id, id) as number | null) unlink.run(cut);
		shape.run(id);
	}
}

/**
 * Links replies to their parents and computes thread root, depth and position for the given
 * articles. Kept for callers that write rows without CorpusWriter; the writer itself places
 * replies as it inserts them and only needs linkPendingReplies + reshapeThreads.
 * A reply whose parent never arrived stays a thread root (parent_external_id keeps the dangling reference).
 */
export function resolveThreads(db: DB, articleIds: number[]): { orphans: number } {
	linkPendingReplies(db);
	reshapeThreads(db, articleIds);
	// Source order where the source gave one, else time then arrival order.
	const order = db.prepare(
		`UPDATE comments SET position = o.rn FROM (
		   SELECT id, row_number() OVER (ORDER BY created_at IS NULL, created_at, id) AS rn
		   FROM comments WHERE article_id = ?) o
		 WHERE comments.id = o.id AND comments.article_id = ? AND comments.position IS NULL`
	);
	const effective = db.prepare(
		`UPDATE comments SET effective_at = (SELECT published_at FROM articles WHERE id = ?)
		 WHERE article_id = ? AND created_at IS NULL`
	);
	const orphanCount = db
		.prepare(`SELECT count(*) FROM comments WHERE article_id = ? AND parent_external_id IS NOT NULL AND parent_id IS NULL`)
		.pluck();
	let orphans = 0;
	for (const id of articleIds) {
		order.run(id, id);
		effective.run(id, id);
		orphans += orphanCount.get(id) as number;
	}
	return { orphans };
}

/** Replies still waiting for a parent that is not in the corpus, counted per article id. */
export function waitingRepliesByArticle(db: DB): Map<number, number> {
	const rows = db
		.prepare(
			`SELECT article_id AS a, count(*) AS n FROM comments
			 WHERE parent_id IS NULL AND parent_external_id IS NOT NULL GROUP BY article_id`
		)
		.all() as { a: number; n: number }[];
	return new Map(rows.map((r) => [r.a, r.n]));
}

export function ftsIndexedThrough(db: DB): number {
	const row = db.prepare(`SELECT value FROM meta WHERE key = 'fts_indexed_through'`).get() as { value: string } | undefined;
	return row ? Number(row.value) : 0;
}

/** FTS5 collects this much in memory before it writes a segment (its default is 1 MB). */
const BULK_FTS_HASHSIZE = 16 * 1024 * 1024;
const DEFAULT_FTS_HASHSIZE = 1024 * 1024;

/** FTS5 takes configuration values as literals only (a bound parameter is an error). */
function ftsHashSize(db: DB, bytes: number) {
	db.exec(`INSERT INTO comments_fts (comments_fts, rank) VALUES ('hashsize', ${Math.trunc(bytes)})`);
}

/**
 * Adds every comment above the watermark to the full-text index in one statement: much faster
 * than a trigger per row, and a rerun after a crash picks up exactly where the index stopped.
 * Many rows at once get a larger in-memory hash: fewer, bigger segments and fewer merges (about
 * 15% less CPU on 200,000 comments); the setting is stored with the index, so it is put back.
 */
export function indexNewComments(db: DB): number {
	const from = ftsIndexedThrough(db);
	const max = (db.prepare(`SELECT coalesce(max(id), 0) AS m FROM comments`).get() as { m: number }).m;
	if (max <= from) return 0;
	const many = max - from > 20_000;
	if (many) ftsHashSize(db, BULK_FTS_HASHSIZE);
	const n = db.prepare(`INSERT INTO comments_fts (rowid, text) SELECT id, text FROM comments WHERE id > ?`).run(from).changes;
	if (many) ftsHashSize(db, DEFAULT_FTS_HASHSIZE);
	db.prepare(`INSERT INTO meta (key, value) VALUES ('fts_indexed_through', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(
		String(max)
	);
	return n;
}
