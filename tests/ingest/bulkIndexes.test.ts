// Bulk loading suspends the comments' secondary indexes (bulkIndexes.ts). Whatever happens to the
// loader, the database must end with exactly its indexes (those of any migration or helper too):
// rebuilt by the loader when it finishes, by the next writer when the loader was killed, and left
// alone while the loader that holds them is still running.
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/lib/ingest/ingestPaths';
import { openForWrite, type DB } from '../../src/lib/server/db/open';
import { restoreAbandonedIndexes, suspendCommentIndexes, worthBulkLoading } from '../../src/lib/server/db/bulkIndexes';
import { all, freshDbs } from './helpers';

const CHILD = fileURLToPath(new URL('./lib/bulkKill.child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const fresh = freshDbs();

const indexes = (db: DB | Database.Database) =>
	all<{ name: string; sql: string }>(db as DB, `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'comments' AND sql IS NOT NULL ORDER BY name`);
const suspension = (db: DB | Database.Database) =>
	(db as DB).prepare(`SELECT value FROM meta WHERE key = 'suspended_comment_indexes'`).pluck().get() as string | undefined;
/** Comments by natural key with their resolved threads and the search index's view of them. */
const corpus = (db: DB) =>
	all(
		db,
		`SELECT a.external_id AS article, c.external_id AS id, p.external_id AS parent, r.external_id AS root, c.depth, c.position, c.text,
		        (SELECT count(*) FROM comments_fts WHERE comments_fts MATCH '"' || c.external_id || '"' AND rowid = c.id) AS found
		   FROM comments c JOIN articles a ON a.id = c.article_id LEFT JOIN comments p ON p.id = c.parent_id
		   LEFT JOIN comments r ON r.id = c.thread_root_id ORDER BY 1, 2`
	);

function writeCorpus(path: string, n: number) {
	const lines = Array.from({ length: n }, (_, i) =>
		JSON.stringify({ id: `k${i}`, article_id: `a${i % 17}`, parent_id: i % 4 === 3 ? `k${i - 17}` : null, author: `u${i % 31}`, text: `comment k${i} text` })
	);
	writeFileSync(path, lines.join('\n') + '\n');
}

/** Someone else's index on comments, as a later migration might add. */
const EXTRA = `CREATE INDEX comments_score_extra ON comments(score) WHERE score IS NOT NULL`;

describe('bulk loading and the comments indexes', () => {
	it('a bulk ingest ends with exactly the indexes it started with, including ones added by others', async () => {
		const t = fresh();
		t.db.exec(EXTRA);
		const before = indexes(t.db);
		expect(before.map((i) => i.name)).toContain('comments_score_extra');
		const file = join(t.dir, 'c.ndjson');
		writeCorpus(file, 2000);
		const s = await ingestPaths(t.db, [file], { bulk: 'always' });
		expect(s.files[0].comments.added).toBe(2000);
		expect(indexes(t.db)).toEqual(before);
		expect(suspension(t.db)).toBeUndefined();
		expect(t.db.pragma('integrity_check', { simple: true })).toBe('ok');
	});

	it('kill -9 mid bulk load: the database is consistent, the next writer rebuilds the indexes, a rerun completes the corpus', async () => {
		const reference = fresh();
		const file = join(reference.dir, 'c.ndjson');
		writeCorpus(file, 12_000);
		await ingestPaths(reference.db, [file], { bulk: 'never' });
		const expected = corpus(reference.db);

		const t = fresh();
		t.db.exec(EXTRA);
		const before = indexes(t.db);
		t.db.close();
		const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, t.path, file, '6000'], { cwd: ROOT, encoding: 'utf8' });
		expect(child.signal, child.stderr).toBe('SIGKILL');

		// What the dead loader left: committed batches only, indexes suspended, nothing corrupt.
		const left = new Database(t.path, { readonly: true });
		expect(left.pragma('integrity_check', { simple: true })).toBe('ok');
		expect(left.pragma('foreign_key_check')).toEqual([]);
		const stored = left.prepare(`SELECT count(*) FROM comments`).pluck().get() as number;
		expect(stored).toBeGreaterThan(0);
		expect(stored).toBeLessThan(12_000);
		expect(stored % 1000).toBe(0);
		expect(indexes(left)).toEqual([]);
		expect(JSON.parse(suspension(left)!)).toEqual({ pid: child.pid, indexes: before });
		left.close();

		// The next writer to open it rebuilds them, before anything else.
		const db = openForWrite(t.path);
		expect(indexes(db)).toEqual(before);
		expect(suspension(db)).toBeUndefined();
		const rerun = await ingestPaths(db, [file]);
		expect(rerun.files[0].comments).toEqual({ added: 12_000 - stored, updated: 0, unchanged: stored });
		expect(corpus(db)).toEqual(expected);
		expect(indexes(db)).toEqual(before);
		expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
		db.close();
	}, 60_000);

	it('indexes held by a running loader are left alone; once it is gone, they are rebuilt', async () => {
		const t = fresh();
		const before = indexes(t.db);
		const loader = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
		try {
			// The state a live loader in another process is in.
			t.db.transaction(() => {
				t.db.exec(`DROP INDEX comments_author`);
				t.db.prepare(`INSERT INTO meta (key, value) VALUES ('suspended_comment_indexes', ?)`).run(
					JSON.stringify({ pid: loader.pid, indexes: before.filter((i) => i.name === 'comments_author') })
				);
			})();
			expect(restoreAbandonedIndexes(t.db)).toBe(0);
			expect(suspendCommentIndexes(t.db)).toBe(false);
			// An ingest meanwhile writes without bulk loading and leaves the loader's state as it was.
			const file = join(t.dir, 'c.ndjson');
			writeCorpus(file, 300);
			const s = await ingestPaths(t.db, [file], { bulk: 'always' });
			expect(s.files[0].comments.added).toBe(300);
			expect(indexes(t.db).map((i) => i.name)).not.toContain('comments_author');
			expect(JSON.parse(suspension(t.db)!).pid).toBe(loader.pid);
		} finally {
			loader.kill('SIGKILL');
			await new Promise((r) => loader.once('exit', r));
		}
		expect(restoreAbandonedIndexes(t.db)).toBe(1);
		expect(indexes(t.db)).toEqual(before);
		expect(suspension(t.db)).toBeUndefined();
	});

	it('bulk loads only a large first import: into an empty table, 20,000 comments or more', () => {
		const t = fresh();
		expect([worthBulkLoading(t.db, 19_999), worthBulkLoading(t.db, 20_000)]).toEqual([false, true]);
		const src = Number(t.db.prepare(`INSERT INTO sources (namespace, path, format, content_hash, imported_at) VALUES ('x','x','x','','2026-01-01T00:00:00Z')`).run().lastInsertRowid);
		const art = Number(t.db.prepare(`INSERT INTO articles (source_id, namespace, external_id) VALUES (?, 'x', 'a')`).run(src).lastInsertRowid);
		t.db.prepare(`INSERT INTO comments (article_id, external_id, text) VALUES (?, 'c', 'x')`).run(art);
		expect(worthBulkLoading(t.db, 10_000_000)).toBe(false);
	});
});
