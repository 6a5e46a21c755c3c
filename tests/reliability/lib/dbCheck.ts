// What "the database is right" means after a crash: SQLite's own integrity and foreign-key
// checks, the FTS index in step with its content, and the corpus and its tags equal, row for row,
// to a reference built without interruption. Rows are keyed by natural keys (namespace, external
// ids, topic names), never by rowids, which a rerun may legitimately assign differently.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

type Row = Record<string, unknown>;

function open(path: string) {
	return new Database(path, { readonly: true, fileMustExist: true });
}

function hasTable(db: Database.Database, name: string): boolean {
	return !!db.prepare(`SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?`).get(name);
}

/** Problems found by SQLite's checks; an empty list means healthy. */
export function integrityProblems(path: string): string[] {
	const db = open(path);
	try {
		const problems: string[] = [];
		const ic = db.pragma('integrity_check') as { integrity_check: string }[];
		if (ic.length !== 1 || ic[0].integrity_check !== 'ok') problems.push(...ic.map((r) => `integrity_check: ${r.integrity_check}`));
		for (const r of db.pragma('foreign_key_check') as Row[]) problems.push(`foreign_key_check: ${JSON.stringify(r)}`);
		return problems;
	} finally {
		db.close();
	}
}

/**
 * The FTS index must hold exactly the comments' text: FTS5's integrity-check with rank 1 compares
 * the index with the external content table (it needs a writable connection), and the writer's
 * watermark must cover every comment.
 */
export function ftsProblems(path: string): string[] {
	const db = new Database(path, { fileMustExist: true });
	try {
		const problems: string[] = [];
		try {
			db.prepare(`INSERT INTO comments_fts (comments_fts, rank) VALUES ('integrity-check', 1)`).run();
		} catch (e) {
			problems.push(`fts integrity-check: ${(e as Error).message}`);
		}
		const through = ftsIndexedThrough(db);
		const maxId = (db.prepare(`SELECT coalesce(max(id), 0) AS n FROM comments`).get() as { n: number }).n;
		if (through < maxId) problems.push(`comments_fts indexed through id ${through}, comments go to ${maxId}`);
		return problems;
	} finally {
		db.close();
	}
}

/** The highest comment id the writer says is in the full-text index (0 when none). */
export function ftsIndexedThrough(db: Database.Database): number {
	const row = db.prepare(`SELECT value FROM meta WHERE key = 'fts_indexed_through'`).get() as { value: string } | undefined;
	return row ? Number(row.value) : 0;
}

/** Every comment with its article, author and resolved thread, by natural key, in a fixed order. */
export function corpusRows(path: string): Row[] {
	const db = open(path);
	try {
		return db
			.prepare(
				`SELECT a.namespace AS ns, a.external_id AS article, a.title, a.published_at,
				        c.external_id AS id, c.parent_external_id AS parent_ext,
				        p.external_id AS parent, r.external_id AS root, c.depth, c.position,
				        au.handle AS author, c.text, c.created_at, c.effective_at, c.score, c.status, c.type
				   FROM comments c JOIN articles a ON a.id = c.article_id
				   LEFT JOIN comments p ON p.id = c.parent_id
				   LEFT JOIN comments r ON r.id = c.thread_root_id
				   LEFT JOIN authors au ON au.id = c.author_id
				  ORDER BY a.namespace, a.external_id, c.external_id`
			)
			.all() as Row[];
	} finally {
		db.close();
	}
}

export interface Counts {
	articles: number;
	comments: number;
	authors: number;
	duplicateComments: number;
	unresolvedReplies: number;
}

/** Whether the run got as far as creating the schema (migrations run in one transaction). */
export function hasSchema(path: string): boolean {
	const db = open(path);
	try {
		return hasTable(db, 'comments');
	} finally {
		db.close();
	}
}

export function counts(path: string): Counts {
	const db = open(path);
	const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
	try {
		// A run killed before it created the schema leaves an empty database: nothing stored.
		if (!hasTable(db, 'comments'))
			return { articles: 0, comments: 0, authors: 0, duplicateComments: 0, unresolvedReplies: 0 };
		return {
			articles: n(`SELECT count(*) AS n FROM articles`),
			comments: n(`SELECT count(*) AS n FROM comments`),
			authors: n(`SELECT count(*) AS n FROM authors`),
			duplicateComments: n(
				`SELECT count(*) AS n FROM (SELECT 1 FROM comments c JOIN articles a ON a.id = c.article_id
				   GROUP BY a.namespace, a.external_id, c.external_id HAVING count(*) > 1)`
			),
			unresolvedReplies: n(`SELECT count(*) AS n FROM comments WHERE parent_external_id IS NOT NULL AND parent_id IS NULL`)
		};
	} finally {
		db.close();
	}
}

/** Tags by natural key: everything the NLP pass wrote except when it wrote it. */
export function tagRows(path: string): Record<string, Row[]> {
	const db = open(path);
	const key = `a.namespace || '/' || a.external_id || '/' || c.external_id`;
	const all = (sql: string) => db.prepare(sql).all() as Row[];
	try {
		const out: Record<string, Row[]> = {
			comment_tags: all(
				`SELECT ${key} AS k, t.nlp_version, t.lang, round(t.sentiment_score, 6) AS score, t.sentiment_label,
				        t.sentiment_evidence, t.stance_target, t.stance_label, round(t.stance_confidence, 6) AS conf, t.stance_evidence
				   FROM comment_tags t JOIN comments c ON c.id = t.comment_id JOIN articles a ON a.id = c.article_id ORDER BY k`
			),
			comment_emoji: all(
				`SELECT ${key} AS k, e.emoji, e.name, e.count FROM comment_emoji e JOIN comments c ON c.id = e.comment_id
				   JOIN articles a ON a.id = c.article_id ORDER BY k, e.emoji`
			),
			comment_topics: all(
				`SELECT ${key} AS k, t.name FROM comment_topics ct JOIN topics t ON t.id = ct.topic_id JOIN comments c ON c.id = ct.comment_id
				   JOIN articles a ON a.id = c.article_id ORDER BY k, t.name`
			),
			article_topics: all(
				`SELECT a.namespace || '/' || a.external_id AS k, t.name, round(at.weight, 6) AS w FROM article_topics at
				   JOIN topics t ON t.id = at.topic_id JOIN articles a ON a.id = at.article_id ORDER BY k, t.name`
			)
		};
		if (hasTable(db, 'comment_flags'))
			out.comment_flags = all(
				`SELECT ${key} AS k, round(f.similarity, 6) AS s FROM comment_flags f JOIN comments c ON c.id = f.comment_id
				   JOIN articles a ON a.id = c.article_id ORDER BY k`
			);
		return out;
	} finally {
		db.close();
	}
}

/** A short digest of rows, for messages when two large dumps differ. */
export const digest = (rows: unknown) => createHash('sha1').update(JSON.stringify(rows)).digest('hex').slice(0, 12);

/** The first few differences between two keyed dumps, as readable lines (empty when equal). */
export function firstDifferences(actual: Row[], expected: Row[], limit = 5): string[] {
	const diffs: string[] = [];
	const n = Math.max(actual.length, expected.length);
	for (let i = 0; i < n && diffs.length < limit; i++) {
		const a = JSON.stringify(actual[i]);
		const e = JSON.stringify(expected[i]);
		if (a !== e) diffs.push(`row ${i}: got ${a?.slice(0, 300)} expected ${e?.slice(0, 300)}`);
	}
	if (actual.length !== expected.length) diffs.push(`${actual.length} rows, expected ${expected.length}`);
	return diffs;
}
