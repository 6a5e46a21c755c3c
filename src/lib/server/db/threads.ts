import type { DB } from './open';

/**
 * Links replies to their parents and computes thread root, depth and position for the given
 * articles. Runs after all batches so replies may arrive before their parents. A reply whose
 * parent never arrived stays a thread root (parent_external_id keeps the dangling reference).
 */
export function resolveThreads(db: DB, articleIds: number[]): { orphans: number } {
	const link = db.prepare(
		`UPDATE comments SET parent_id = (
		   SELECT p.id FROM comments p WHERE p.article_id = comments.article_id AND p.external_id = comments.parent_external_id)
		 WHERE article_id = ? AND parent_external_id IS NOT NULL`
	);
	const shape = db.prepare(
		`WITH RECURSIVE t(id, root, depth) AS (
		   SELECT id, id, 0 FROM comments WHERE article_id = ? AND parent_id IS NULL
		   UNION ALL
		   SELECT c.id, t.root, t.depth + 1 FROM comments c JOIN t ON c.parent_id = t.id
		 )
		 UPDATE comments SET thread_root_id = t.root, depth = t.depth
		 FROM t WHERE comments.id = t.id AND (comments.thread_root_id IS NOT t.root OR comments.depth IS NOT t.depth)`
	);
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
	const orphanCount = db.prepare(
		`SELECT count(*) AS n FROM comments WHERE article_id = ? AND parent_external_id IS NOT NULL AND parent_id IS NULL`
	);
	let orphans = 0;
	for (const id of articleIds) {
		link.run(id);
		shape.run(id);
		order.run(id, id);
		effective.run(id, id);
		orphans += (orphanCount.get(id) as { n: number }).n;
	}
	return { orphans };
}

export function ftsIndexedThrough(db: DB): number {
	const row = db.prepare(`SELECT value FROM meta WHERE key = 'fts_indexed_through'`).get() as { value: string } | undefined;
	return row ? Number(row.value) : 0;
}

/**
 * Adds every comment above the watermark to the full-text index in one statement: much faster
 * than a trigger per row, and a rerun after a crash picks up exactly where the index stopped.
 */
export function indexNewComments(db: DB): number {
	const from = ftsIndexedThrough(db);
	const max = (db.prepare(`SELECT coalesce(max(id), 0) AS m FROM comments`).get() as { m: number }).m;
	if (max <= from) return 0;
	const n = db.prepare(`INSERT INTO comments_fts (rowid, text) SELECT id, text FROM comments WHERE id > ?`).run(from).changes;
	db.prepare(`INSERT INTO meta (key, value) VALUES ('fts_indexed_through', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(
		String(max)
	);
	return n;
}
