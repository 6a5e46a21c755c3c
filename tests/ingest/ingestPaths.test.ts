// ingestPaths end to end into a real database file: the shared samples' expectations, idempotency,
// updates from a newer export, atomicity, rejects, compression, charsets, stdin, folders and globs.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/lib/ingest/ingestPaths';
import { CorpusWriter } from '../../src/lib/server/db/write';
import { corpusStats } from '../../src/lib/server/db/stats';
import { openForWrite } from '../../src/lib/server/db/open';
import { all, fixture, one, tempDb } from './helpers';
import { zstdFrame } from './zstd';

let t: ReturnType<typeof tempDb>;
afterEach(() => t?.close());
const fresh = () => (t = tempDb());
const count = (sql: string, ...p: unknown[]) => one<{ n: number }>(t.db, `SELECT count(*) AS n FROM ${sql}`, ...p).n;

describe('the shared samples, reproduced by the fixtures', () => {
	it('pasted page: 1 article, 16 comments by 16 authors in order', async () => {
		fresh();
		const s = await ingestPaths(t.db, [fixture('page/pasted-page.txt')]);
		expect(s.ok).toBe(true);
		expect(s.files[0]).toMatchObject({ format: 'page', namespace: 'pages', added: 17, rejected: 0, articles: { added: 1 }, comments: { added: 16 } });
		expect(corpusStats(t.db)).toEqual({ articles: 1, comments: 16, authors: 16, tagged: 0 });
		const rows = all<{ handle: string; position: number; text: string }>(
			t.db,
			`SELECT a.handle, c.position, c.text FROM comments c JOIN authors a ON a.id = c.author_id ORDER BY c.position`
		);
		expect(rows.map((r) => r.position)).toEqual([...Array(16).keys()].map((i) => i + 1));
		expect(rows[13].handle).toBe('Graciela');
		expect(rows[13].text).toContain('🌍🤝🕊️');
		expect(rows[10].text).not.toContain('\n');
		expect(one(t.db, `SELECT title, author FROM articles`)).toEqual({
			title: 'The meeting between Steve Whitkoff and Vladimir Putin has come to an end. It lasted 4.5 hours',
			author: 'Valery Shiryayev'
		});
		// Found by full-text search straight after ingest.
		expect(count(`comments_fts WHERE comments_fts MATCH 'ceasefire'`)).toBe(2);
	});

	it('isso Disqus: 3 threads, all 6 posts, deleted status, the reply to it attached, the orphan reported', async () => {
		fresh();
		const s = await ingestPaths(t.db, [fixture('disqus/isso-disqus.xml')]);
		const f = s.files[0];
		expect(f).toMatchObject({ format: 'disqus', namespace: 'disqus:disqusdev', articles: { added: 3 }, comments: { added: 6 }, rejected: 0, replies: 2 });
		expect(f.warnings).toEqual(['isso-disqus.xml:66:5: 1 post refers to thread 1337, which is not in the export; kept under a placeholder article']);
		expect(count('comments')).toBe(6);
		const rows = all<{ id: string; status: string; parent: string | null; depth: number }>(
			t.db,
			`SELECT c.external_id AS id, c.status, p.external_id AS parent, c.depth FROM comments c LEFT JOIN comments p ON p.id = c.parent_id ORDER BY CAST(c.external_id AS INTEGER)`
		);
		expect(rows).toEqual([
			{ id: '4', status: 'visible', parent: null, depth: 0 },
			{ id: '5', status: 'visible', parent: '4', depth: 1 },
			{ id: '6', status: 'visible', parent: null, depth: 0 },
			{ id: '8', status: 'visible', parent: null, depth: 0 },
			{ id: '9', status: 'deleted', parent: null, depth: 0 },
			{ id: '11', status: 'visible', parent: '9', depth: 1 }
		]);
		// The placeholder article for the missing thread exists, untitled.
		expect(all(t.db, `SELECT external_id, title FROM articles ORDER BY CAST(external_id AS INTEGER)`)).toEqual([
			{ external_id: '2', title: 'Hello, World!' },
			{ external_id: '3', title: null },
			{ external_id: '7', title: null },
			{ external_id: '1337', title: null }
		]);
	});

	it('WXR like the theme unit test: 32 records, 28 + 2 pingbacks + 2 trackbacks, 3 unapproved, 10 replies linked', async () => {
		fresh();
		const s = await ingestPaths(t.db, [fixture('wxr/theme-like.xml')]);
		expect(s.files[0]).toMatchObject({ format: 'wxr', namespace: 'themetest.example.com', types: { comment: 28, pingback: 2, trackback: 2 }, replies: 10 });
		expect(all(t.db, `SELECT type, status, count(*) AS n FROM comments GROUP BY type, status ORDER BY type, status`)).toEqual([
			{ type: 'comment', status: 'unapproved', n: 3 },
			{ type: 'comment', status: 'visible', n: 25 },
			{ type: 'pingback', status: 'visible', n: 2 },
			{ type: 'trackback', status: 'visible', n: 2 }
		]);
		expect(count('comments WHERE parent_id IS NOT NULL')).toBe(10);
		expect(one(t.db, `SELECT depth, (SELECT external_id FROM comments r WHERE r.id = c.thread_root_id) AS root FROM comments c WHERE external_id = '118'`)).toEqual({
			depth: 3,
			root: '111'
		});
	});

	it.each([
		['disqus/stray-backtick.xml', 'stray-backtick.xml:1:2: text data outside of root node.'],
		['disqus/unquoted-attribute-at-end.xml', 'unquoted-attribute-at-end.xml:68:24: unquoted attribute value.']
	])('%s: one-line error naming file and position, nothing written, rejects file says why', async (file, error) => {
		fresh();
		await ingestPaths(t.db, [fixture('page/pasted-page.txt')]);
		const before = corpusStats(t.db);
		const sources = count('sources');
		const s = await ingestPaths(t.db, [fixture(file)]);
		expect(s.ok).toBe(false);
		expect(s.files[0]).toMatchObject({ error, written: false, added: 0, updated: 0, unchanged: 0 });
		expect(corpusStats(t.db)).toEqual(before);
		expect(count('sources')).toBe(sources);
		const lines = readFileSync(`${t.path}.rejects.ndjson`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
		expect(lines.at(-1)).toMatchObject({ at: error.split(': ')[0], reason: error, fatal: true });
	});
});

describe('idempotent, and updated by a newer export', () => {
	it('the same file twice adds nothing; a changed export updates changed rows and adds new ones', async () => {
		fresh();
		const dir = t.dir;
		const v1 = join(dir, 'comments-2026-05-01.ndjson');
		const v2 = join(dir, 'comments-2026-06-01.ndjson');
		const rec = (id: string, text: string, parent: string | null = null) => JSON.stringify({ id, article_id: 'a1', parent_id: parent, author: `u-${id}`, text });
		writeFileSync(v1, [JSON.stringify({ id: 'a1', title: 'T', published_at: '2026-05-01T09:00:00Z' }), rec('c1', 'the truce holds'), rec('c2', 'reply', 'c1')].join('\n'));
		writeFileSync(v2, [JSON.stringify({ id: 'a1', title: 'T', published_at: '2026-05-01T09:00:00Z' }), rec('c1', 'the ceasefire collapsed'), rec('c2', 'reply', 'c1'), rec('c3', 'new one')].join('\n'));
		expect((await ingestPaths(t.db, [v1])).files[0]).toMatchObject({ namespace: 'comments', added: 3, updated: 0, unchanged: 0 });
		const again = (await ingestPaths(t.db, [v1])).files[0];
		expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 3, articles: { added: 0, updated: 0, unchanged: 1 }, comments: { added: 0, updated: 0, unchanged: 2 } });
		expect(corpusStats(t.db).comments).toBe(2);
		// Another file name with another date stamp: the same source (namespace "comments").
		const newer = (await ingestPaths(t.db, [v2])).files[0];
		expect(newer).toMatchObject({ namespace: 'comments', comments: { added: 1, updated: 1, unchanged: 1 }, articles: { unchanged: 1 } });
		expect(corpusStats(t.db)).toMatchObject({ articles: 1, comments: 3 });
		const match = (q: string) => all<{ id: string }>(t.db, `SELECT c.external_id AS id FROM comments_fts f JOIN comments c ON c.id = f.rowid WHERE comments_fts MATCH ? ORDER BY 1`, q);
		expect(match('ceasefire')).toEqual([{ id: 'c1' }]);
		expect(match('truce')).toEqual([]);
		expect(one(t.db, `SELECT p.external_id AS parent FROM comments c JOIN comments p ON p.id = c.parent_id WHERE c.external_id = 'c2'`)).toEqual({ parent: 'c1' });
	});

	it('--source puts inputs of any name into one namespace', async () => {
		fresh();
		const a = join(t.dir, 'x.csv');
		const b = join(t.dir, 'y.csv');
		writeFileSync(a, 'id,article_id,text,author\n1,a1,hello,ann\n');
		writeFileSync(b, 'id,article_id,text,author\n1,a1,hello,ann\n2,a1,more,bob\n');
		const s = await ingestPaths(t.db, [a, b], { source: 'newsroom' });
		expect(s.files.map((f) => [f.namespace, f.added, f.unchanged])).toEqual([['newsroom', 1, 0], ['newsroom', 1, 1]]);
		expect(all(t.db, `SELECT DISTINCT namespace FROM articles`)).toEqual([{ namespace: 'newsroom' }]);
	});
});

describe('atomicity and recovery', () => {
	it('replies that arrive before their parents, across batches, are linked at the end', async () => {
		fresh();
		const file = join(t.dir, 'late.ndjson');
		const recs = [
			{ id: 'c3', article_id: 'a', parent_id: 'c2', text: 'three' },
			{ id: 'c2', article_id: 'a', parent_id: 'c1', text: 'two' },
			{ id: 'x', article_id: 'a', parent_id: 'gone', text: 'orphan' },
			{ id: 'c1', article_id: 'a', text: 'one' }
		];
		writeFileSync(file, recs.map((r) => JSON.stringify(r)).join('\n'));
		const s = await ingestPaths(t.db, [file], { batchSize: 1 });
		expect(s.files[0].orphanReplies).toBe(1);
		expect(all(t.db, `SELECT c.external_id AS id, c.depth, (SELECT external_id FROM comments r WHERE r.id = c.thread_root_id) AS root FROM comments c ORDER BY 1`)).toEqual([
			{ id: 'c1', depth: 0, root: 'c1' },
			{ id: 'c2', depth: 1, root: 'c1' },
			{ id: 'c3', depth: 2, root: 'c1' },
			{ id: 'x', depth: 0, root: 'x' }
		]);
	});

	it('a run that died after some batches is completed by a rerun: exact counts, no duplicates, threads and search complete', async () => {
		fresh();
		const file = join(t.dir, 'big.ndjson');
		const recs = Array.from({ length: 500 }, (_, i) => ({ id: `c${i}`, article_id: `a${i % 7}`, parent_id: i > 10 && i % 3 === 0 ? `c${i - 7}` : null, author: `u${i % 13}`, text: `comment number ${i}` }));
		writeFileSync(file, recs.map((r) => JSON.stringify(r)).join('\n'));
		// The dead run: three committed batches, then nothing (no finish: threads and FTS not done).
		const dead = new CorpusWriter(t.db, { namespace: 'big', path: file, format: 'ndjson', contentHash: '' });
		for (let i = 0; i < 300; i += 100)
			dead.writeBatch(recs.slice(i, i + 100).map((r) => ({ kind: 'comment' as const, at: 'x', comment: { articleExternalId: r.article_id, externalId: r.id, parentExternalId: r.parent_id, authorHandle: r.author, text: r.text, status: 'visible' as const, type: 'comment' as const } })));
		expect(count('comments')).toBe(300);
		const s = await ingestPaths(t.db, [file], { batchSize: 50 });
		expect(s.files[0].comments).toEqual({ added: 200, updated: 0, unchanged: 300 });
		expect(count('comments')).toBe(500);
		expect(count('(SELECT article_id, external_id FROM comments GROUP BY 1, 2 HAVING count(*) > 1)')).toBe(0);
		expect(count('comments WHERE parent_external_id IS NOT NULL AND parent_id IS NULL')).toBe(0);
		expect(count('comments_fts')).toBe(500);
		expect(count(`comments_fts WHERE comments_fts MATCH '"comment number 123"'`)).toBe(1);
	});

	it('a JSON document malformed at its end writes nothing; NDJSON keeps every valid line', async () => {
		fresh();
		const doc = join(t.dir, 'doc.json');
		const content = '[' + Array.from({ length: 20 }, (_, i) => JSON.stringify({ id: `c${i}`, article_id: 'a', text: 'x' })).join(',') + ',{"id": "bad"';
		writeFileSync(doc, content);
		const s = await ingestPaths(t.db, [doc], { batchSize: 5 });
		expect(s.files[0]).toMatchObject({ error: `doc.json:1:${content.length + 1}: the JSON document ends before it is closed`, written: false });
		expect(corpusStats(t.db).comments).toBe(0);
		const lines = join(t.dir, 'lines.ndjson');
		writeFileSync(lines, '{"id":"c1","article_id":"a","text":"ok"}\n{"id":"c2","article_id":"a","text":\n{"id":"c3","article_id":"a","text":"ok"}\n');
		const n = await ingestPaths(t.db, [lines]);
		expect(n.ok).toBe(true);
		expect(n.files[0]).toMatchObject({ added: 2, rejected: 1, rejects: [{ at: 'lines.ndjson:2', reason: expect.stringMatching(/^invalid JSON/) }] });
	});

	it('a file of nothing but faults fails and writes nothing (not even a source row)', async () => {
		fresh();
		const bad = join(t.dir, 'bad.ndjson');
		writeFileSync(bad, 'not json\nstill not\n');
		const s = await ingestPaths(t.db, [bad]);
		expect(s.files[0].error).toBe("bad.ndjson:1: no valid record in the file; first problem: invalid JSON at column 2: Unexpected token 'o'");
		expect(count('sources')).toBe(0);
	});
});

describe('inputs: compression, charsets, stdin, folders, globs, Coral', () => {
	it('.gz and .zst read exactly like the plain file; a truncated .gz keeps what came before and fails', async () => {
		fresh();
		const plain = readFileSync(fixture('reddit/RC_2024-01.ndjson'));
		writeFileSync(join(t.dir, 'RC_2024-01.ndjson.gz'), gzipSync(plain));
		writeFileSync(join(t.dir, 'RC_2024-02.ndjson.zst'), zstdFrame(plain));
		const s = await ingestPaths(t.db, [join(t.dir, 'RC_2024-01.ndjson.gz'), join(t.dir, 'RC_2024-02.ndjson.zst')]);
		expect(s.files.map((f) => [f.format, f.compression, f.added, f.unchanged, f.rejected])).toEqual([
			['reddit', 'gzip', 4, 0, 2],
			['reddit', 'zstd', 0, 4, 2]
		]);
		const big = Buffer.from(Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `c${i}`, article_id: 'a', text: `t${i} `.repeat(20) })).join('\n'));
		const gz = gzipSync(big);
		writeFileSync(join(t.dir, 'cut.ndjson.gz'), gz.subarray(0, Math.floor(gz.length * 0.7)));
		const cut = (await ingestPaths(t.db, [join(t.dir, 'cut.ndjson.gz')], { batchSize: 100 })).files[0];
		expect(cut.error).toMatch(/^cut\.ndjson\.gz: compressed data is corrupt or truncated/);
		expect(cut.written).toBe(true);
		expect(cut.added).toBeGreaterThan(1000);
		expect(cut.warnings).toContain(`cut.ndjson.gz: kept the ${cut.added} records read before the fault`);
	});

	it('declared, BOM-marked and guessed charsets', async () => {
		fresh();
		const xml = readFileSync(fixture('disqus/cyrillic-spam.xml'), 'utf8').replace('encoding="utf-8"', 'encoding="windows-1251"');
		writeFileSync(join(t.dir, 'cp1251.xml'), iconv.encode(xml, 'windows-1251'));
		writeFileSync(join(t.dir, 'latin.csv'), iconv.encode('id,author,text\n1,jürgen,Grüße aus Köln\n', 'windows-1252'));
		writeFileSync(join(t.dir, 'utf16.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('id,author,text\r\n1,ann,Ünïcödé\r\n', 'utf-16le')]));
		const s = await ingestPaths(t.db, [join(t.dir, 'cp1251.xml'), join(t.dir, 'latin.csv'), join(t.dir, 'utf16.csv')]);
		expect(s.files.map((f) => f.charset)).toEqual(['windows-1251 (declared)', 'windows-1252 (not valid UTF-8, read as windows-1252)', 'utf-16le (BOM)']);
		expect(s.files[1].warnings).toEqual(['latin.csv: not valid UTF-8, read as windows-1252']);
		expect(all(t.db, `SELECT text FROM comments WHERE external_id IN ('200', '1') ORDER BY id`)).toEqual([
			{ text: 'Быстрая коричневая лиса.\n\nссылка & more' },
			{ text: 'Grüße aus Köln' },
			{ text: 'Ünïcödé' }
		]);
	});

	it('stdin ("-") is detected by content and named "stdin"', async () => {
		fresh();
		const stdin = Readable.from([Buffer.from('id,author,text\n1,ann,from a pipe\n')]);
		const s = await ingestPaths(t.db, ['-'], { stdin });
		expect(s.files[0]).toMatchObject({ path: '-', name: 'stdin', format: 'csv', namespace: 'stdin', added: 1 });
	});

	it('folders are walked, globs expanded, a Coral folder read as one input, every file once', async () => {
		fresh();
		const root = join(t.dir, 'exports');
		mkdirSync(join(root, 'coral'), { recursive: true });
		for (const f of ['stories.csv', 'users.csv', 'comments.csv']) copyFileSync(fixture(`coral/${f}`), join(root, 'coral', f));
		copyFileSync(fixture('json/comments.ndjson'), join(root, 'comments.ndjson'));
		copyFileSync(fixture('disqus/isso-disqus.xml'), join(root, 'disqus.xml'));
		writeFileSync(join(root, 'notes.md'), '# not an export');
		const s = await ingestPaths(t.db, [root, join(root, '*.xml'), join(root, 'coral', 'comments.csv')]);
		// The glob's disqus.xml was already in the folder; the explicit comments.csv is the Coral folder again.
		expect(s.files.map((f) => [f.name, f.format, f.chosenBy])).toEqual([
			['comments.ndjson', 'ndjson', 'content: one JSON object per line'],
			['coral/', 'coral', 'folder with Coral comments.csv'],
			['disqus.xml', 'disqus', 'content: <disqus> root element'],
			['coral/', 'coral', 'folder with Coral comments.csv']
		]);
		expect(s.files[3].warnings).toEqual(['coral/: already read in this run']);
		expect(s.files[1]).toMatchObject({ namespace: 'coral', added: 6, rejected: 1 });
		expect(existsSync(`${t.path}.rejects.ndjson`)).toBe(true);
	});

	it('paths that match nothing are errors naming them', async () => {
		fresh();
		await expect(ingestPaths(t.db, [join(t.dir, 'nope.csv')])).rejects.toThrow(`no such file or directory: ${join(t.dir, 'nope.csv')}`);
		await expect(ingestPaths(t.db, [join(t.dir, '*.nothing')])).rejects.toThrow('no files match');
	});

	it('an in-memory database has no rejects file; options are validated', async () => {
		const db = openForWrite(':memory:');
		const s = await ingestPaths(db, [fixture('json/comments.ndjson')]);
		expect(s.rejectsPath).toBeNull();
		await expect(ingestPaths(db, [fixture('json/comments.ndjson')], { format: 'xml' as never })).rejects.toThrow('unknown format "xml"');
		await expect(ingestPaths(db, [fixture('page/pasted-page.txt')], { published: 'someday' })).rejects.toThrow('--published: not a valid date: "someday"');
		db.close();
	});
});

describe('inside a caller\'s transaction', () => {
	it('a whole-document file becomes a savepoint: kept when good, rolled back alone when bad', async () => {
		fresh();
		t.db.exec('BEGIN');
		const good = await ingestPaths(t.db, [fixture('page/pasted-page.txt')], { source: 'demo' });
		const bad = await ingestPaths(t.db, [fixture('disqus/unquoted-attribute-at-end.xml')], { source: 'demo' });
		t.db.exec('COMMIT');
		expect([good.ok, bad.ok]).toEqual([true, false]);
		expect(corpusStats(t.db)).toMatchObject({ articles: 1, comments: 16 });
	});
});
