// `murmur ingest` as users run it: help, per-file report, --json, exit codes, and a real kill -9
// in the middle of an ingest followed by a rerun.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { fixture, tempDb } from './helpers';

function capture() {
	let text = '';
	return {
		stream: new Writable({
			write(chunk, _enc, cb) {
				text += chunk;
				cb();
			}
		}),
		text: () => text
	};
}

async function run(db: string, args: string[]) {
	const out = capture();
	const err = capture();
	const code = await main(['--db', db, ...args], { out: out.stream, err: err.stream });
	return { code, out: out.text(), err: err.text() };
}

let t: ReturnType<typeof tempDb>;
afterEach(() => t?.close());

describe('murmur ingest', () => {
	it('--help documents every format and flag', async () => {
		t = tempDb();
		const r = await run(t.path, ['ingest', '--help']);
		expect(r.code).toBe(0);
		for (const word of ['page', 'json', 'ndjson', 'csv', 'tsv', 'disqus', 'wxr', 'reddit', 'coral', '--format', '--source', '--map', '--published', '--captured', '--batch', '--rejects', '--json', '--quiet', 'rejects.ndjson', 'Exit status'])
			expect(r.out).toContain(word);
	});

	it('says which format it chose per file and reports counts; exit 0', async () => {
		t = tempDb();
		const r = await run(t.path, ['ingest', '--quiet', fixture('page/pasted-page.txt')]);
		expect(r).toMatchObject({ code: 0, err: '' });
		expect(r.out).toBe('1 file: added 17, updated 0, unchanged 0, rejected 0\n');
		const loud = await run(t.path, ['ingest', fixture('page/pasted-page.txt'), fixture('wxr/theme-like.xml')]);
		expect(loud.out).toContain('pasted-page.txt: page (content: plain text (a pasted page))\n  namespace "pages": 1 article, 16 comment records\n  added 0, updated 0, unchanged 17, rejected 0\n');
		expect(loud.out).toContain('theme-like.xml: wxr (content: <rss> with the WordPress export namespace)\n');
		expect(loud.out).toContain('  28 comments, 2 pingbacks, 2 trackbacks, 10 replies, 3 unapproved\n');
	});

	it('--json prints one machine-readable summary on stdout', async () => {
		t = tempDb();
		const r = await run(t.path, ['ingest', '--json', '--quiet', fixture('disqus/isso-disqus.xml')]);
		expect(r.code).toBe(0);
		const s = JSON.parse(r.out);
		expect(s).toMatchObject({ ok: true, totals: { added: 9, updated: 0, unchanged: 0, rejected: 0 }, rejectsPath: null });
		expect(s.files[0]).toMatchObject({ format: 'disqus', chosenBy: 'content: <disqus> root element', namespace: 'disqus:disqusdev', articles: { added: 3 }, comments: { added: 6 }, error: null });
	});

	it('exits 1 with one line naming the file and position when a file cannot be read', async () => {
		t = tempDb();
		const r = await run(t.path, ['ingest', '--quiet', fixture('disqus/stray-backtick.xml')]);
		expect(r.code).toBe(1);
		expect(r.out).toBe(
			'stray-backtick.xml: disqus\n  error: stray-backtick.xml:1:2: text data outside of root node.\n  nothing from stray-backtick.xml was written\n' +
				`1 file: added 0, updated 0, unchanged 0, rejected 0\nrejects: ${t.path}.rejects.ndjson\n`
		);
	});

	it.each([
		[['ingest'], 'give at least one path'],
		[['ingest', '--format', 'xml', 'x'], 'invalid --format "xml"'],
		[['ingest', '--map', 'text', 'x'], 'invalid --map "text": expected COLUMN=FIELD'],
		[['ingest', '--map', 'a=body', 'x'], 'unknown field "body"'],
		[['ingest', '--batch', '0', 'x'], '--batch must be an integer >= 1'],
		[['ingest', '/no/such/file.csv'], 'no such file or directory: /no/such/file.csv']
	])('%j is a usage error (exit 2): %s', async (args, message) => {
		t = tempDb();
		const r = await run(t.path, args);
		expect(r.code).toBe(2);
		expect(r.err).toContain(message);
	});

	it('--map, --source and --published reach the parsers', async () => {
		t = tempDb();
		const r = await run(t.path, ['ingest', '--json', '--quiet', '--source', 'zeitung', '--map', 'kommentar=text', '--map', 'autor=author', '--map', 'artikel=article_id', fixture('csv/semicolon.csv')]);
		expect(JSON.parse(r.out).files[0]).toMatchObject({ namespace: 'zeitung', added: 2 });
		const p = await run(t.path, ['ingest', '--json', '--quiet', '--published', '2026-05-01 09:00', fixture('page/pasted-page.txt')]);
		expect(p.code).toBe(0);
		const db = new Database(t.path, { readonly: true });
		expect(db.prepare(`SELECT published_at FROM articles WHERE namespace = 'pages'`).get()).toEqual({ published_at: '2026-05-01T09:00:00Z' });
		// Untimed comments are placed at the article's time.
		expect(db.prepare(`SELECT DISTINCT effective_at FROM comments c JOIN articles a ON a.id = c.article_id WHERE a.namespace = 'pages'`).all()).toEqual([{ effective_at: '2026-05-01T09:00:00Z' }]);
		db.close();
	});
});

describe('kill -9 mid-ingest, then rerun', () => {
	it('keeps only whole committed batches and the rerun finishes with exact counts and no duplicates', async () => {
		t = tempDb();
		const file = join(t.dir, 'many.ndjson');
		const n = 40_000;
		const lines: string[] = [];
		for (let i = 0; i < n; i++)
			lines.push(JSON.stringify({ id: `c${i}`, article_id: `a${i % 50}`, parent_id: i % 4 === 3 ? `c${i - 50}` : null, author: `u${i % 300}`, text: `comment ${i} about the ceasefire` }));
		writeFileSync(file, lines.join('\n'));
		const bin = fileURLToPath(new URL('../../bin/murmur.js', import.meta.url));
		const child = spawn(process.execPath, [bin, '--db', t.path, 'ingest', '--quiet', '--batch', '500', file], { stdio: 'ignore' });
		const exited = new Promise((r) => child.on('exit', r));
		// Kill once some batches are committed (polling a read-only connection, as the dashboard would).
		let seen = 0;
		for (let i = 0; i < 600 && seen === 0; i++) {
			await new Promise((r) => setTimeout(r, 50));
			try {
				const db = new Database(t.path, { readonly: true, fileMustExist: true });
				seen = (db.prepare(`SELECT count(*) AS n FROM comments`).get() as { n: number }).n;
				db.close();
			} catch {
				// not created yet, or mid-migration
			}
		}
		child.kill('SIGKILL');
		await exited;
		const db = new Database(t.path);
		const afterKill = (db.prepare(`SELECT count(*) AS n FROM comments`).get() as { n: number }).n;
		db.close();
		expect(afterKill % 500 === 0 || afterKill === n).toBe(true);
		const r = await run(t.path, ['ingest', '--json', '--quiet', '--batch', '500', file]);
		expect(r.code).toBe(0);
		expect(JSON.parse(r.out).files[0].comments).toEqual({ added: n - afterKill, updated: 0, unchanged: afterKill });
		const check = new Database(t.path, { readonly: true });
		const q = (sql: string) => (check.prepare(sql).get() as { n: number }).n;
		expect(q(`SELECT count(*) AS n FROM comments`)).toBe(n);
		expect(q(`SELECT count(*) AS n FROM (SELECT 1 FROM comments GROUP BY article_id, external_id HAVING count(*) > 1)`)).toBe(0);
		// Only the replies to c-3 .. c-47 (i = 3, 7, ..., 47) have no parent in the file.
		expect(q(`SELECT count(*) AS n FROM comments WHERE parent_external_id IS NOT NULL AND parent_id IS NULL`)).toBe(12);
		expect(q(`SELECT count(*) AS n FROM comments_fts`)).toBe(n);
		expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
		check.close();
	}, 120_000);
});
