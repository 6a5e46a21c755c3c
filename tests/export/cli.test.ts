// `murmur export`: flags through the dashboard's parser, the file and its sidecar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { MURMUR_VERSION } from '../../src/lib/version';
import { parseFilters } from '../../src/lib/filters';
import { openForWrite } from '../../src/lib/server/db/open';
import { databaseFingerprint, FINGERPRINT_METHOD } from '../../src/lib/server/db/export';
import { insertTags } from '../../src/lib/server/db/directTags';
import { buildHostileDb, type HostileDb } from './hostileDb';
import { expectedRows } from './oracle';
import { readDelimited, readParquet, readXlsx } from './readBack';

function capture() {
	const parts: Buffer[] = [];
	const stream = new Writable({
		write(chunk, _enc, cb) {
			parts.push(Buffer.from(chunk));
			cb();
		}
	});
	return { stream, bytes: () => Buffer.concat(parts), text: () => Buffer.concat(parts).toString('utf8') };
}

async function run(args: string[]) {
	const out = capture();
	const err = capture();
	const code = await main(['--db', h.path, ...args], { out: out.stream, err: err.stream });
	return { code, out, err };
}

let h: HostileDb;
let dir: string;
beforeAll(() => {
	h = buildHostileDb();
	dir = mkdtempSync(join(tmpdir(), 'murmur-export-cli-'));
});
afterAll(() => {
	h.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('murmur export', () => {
	it('writes the file and a sidecar with the provenance', async () => {
		const file = join(dir, 'ceasefire.csv');
		const r = await run(['export', '--format', 'csv', '--topic', 'Ceasefire', '--sentiment', 'negative,neutral', '--flagged', 'exclude', '--out', file]);
		expect(r.code).toBe(0);
		const rows = readDelimited(readFileSync(file), ',').rows;
		const f = parseFilters(new URLSearchParams('topic=Ceasefire&sentiment=negative,neutral&flagged=exclude'));
		expect(rows.map((row) => Number(row[4]))).toEqual(expectedRows(h, f).map((e) => e.comment_id));
		const meta = JSON.parse(readFileSync(`${file}.meta.json`, 'utf8'));
		expect(meta).toEqual({
			murmur_version: MURMUR_VERSION,
			created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
			format: 'csv',
			level: 'comments',
			file: 'ceasefire.csv',
			filters: {
				query: 'topic=Ceasefire&sentiment=neutral&sentiment=negative&flagged=exclude',
				parsed: JSON.parse(JSON.stringify(f)),
				description: `${rows.length} comments about Ceasefire, neutral or negative sentiment, excluding flagged duplicates`
			},
			columns: expect.arrayContaining(['comment_id', 'text', 'nlp_version']),
			row_count: rows.length,
			row_cap: null,
			truncated: false,
			nlp_versions: ['test-1'],
			database: { ...databaseFingerprint(h.db), method: FINGERPRINT_METHOD },
			notes: []
		});
		expect(r.out.text()).toContain(`wrote ${rows.length} comments as csv to ${file}`);
		expect(readdirSync(dir).filter((n) => n.endsWith('.partial'))).toEqual([]);
	});

	it('takes a dashboard query string, chooses the format from the file name', async () => {
		const file = join(dir, 'q.parquet');
		const r = await run(['export', '--query', '?q=campaign', '--columns', 'comment_id,text,duplicate_cluster', '--out', file]);
		expect(r.code).toBe(0);
		const back = await readParquet(new Uint8Array(readFileSync(file)));
		expect(back.rows.map((x) => x.text)).toEqual(['Copy paste campaign text', 'Copy paste campaign text!']);
		expect(back.rows.map((x) => x.duplicate_cluster)).toEqual([BigInt(h.clusterIds[0]), BigInt(h.clusterIds[0])]);
		expect(JSON.parse(readFileSync(`${file}.meta.json`, 'utf8')).filters.query).toBe('q=campaign');
	});

	it('writes to stdout with --out -, the summary to stderr, no sidecar unless --meta', async () => {
		const meta = join(dir, 'stdout.meta.json');
		const r = await run(['export', '--format', 'tsv', '--columns', 'text', '--lang', 'ar', '--bom', '--out', '-', '--meta', meta]);
		expect(r.code).toBe(0);
		expect(r.out.text()).toBe('\uFEFFtext\r\nمرحبا بالعالم — תגובה בעברית 🕊️\r\n');
		expect(r.err.text()).toContain('wrote 1 comments as tsv');
		expect(JSON.parse(readFileSync(meta, 'utf8')).row_count).toBe(1);
		const plain = await run(['export', '--lang', 'ar', '--out', '-']);
		expect(plain.err.text()).toContain('sidecar:  none');
	});

	it('writes XLSX with the provenance sheet, and the article level', async () => {
		const file = join(dir, 'articles.xlsx');
		expect((await run(['export', '--level', 'articles', '--out', file])).code).toBe(0);
		const back = await readXlsx(new Uint8Array(readFileSync(file)));
		expect(back.sheets).toEqual(['articles', 'provenance']);
		expect(back.rows('articles')).toHaveLength(4); // header + 3 articles
		expect(back.rows('provenance')).toContainEqual(['level', 'articles']);
	});

	it('states a --limit in the sidecar and the summary', async () => {
		const file = join(dir, 'capped.json');
		const r = await run(['export', '--limit', '2', '--out', file]);
		expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveLength(2);
		expect(JSON.parse(readFileSync(`${file}.meta.json`, 'utf8'))).toMatchObject({ row_count: 2, row_cap: 2, truncated: true });
		expect(r.out.text()).toContain('capped:   only the first 2 rows (row cap 2); more matched');
	});

	it.each([
		[['--sentiment', 'furious'], '--sentiment: "furious" is not one of'],
		[['--from', '2026-02-30'], '--from: "2026-02-30" is not a calendar date'],
		[['--columns', 'text,bogus'], '--columns: unknown comments column "bogus"'],
		[['--format', 'xml'], '--format: "xml" is not one of csv, tsv, json, ndjson, parquet, xlsx'],
		[['--level', 'threads'], '--level: "threads" is not comments or articles'],
		[['--limit', '0'], '--limit: "0" is not a positive whole number']
	])('rejects %j with exit 2 naming the flag', async (args, message) => {
		const r = await run(['export', ...args, '--out', join(dir, 'never.csv')]);
		expect(r.code).toBe(2);
		expect(r.err.text()).toContain(message);
		expect(existsSync(join(dir, 'never.csv'))).toBe(false);
	});

	it('takes --workers 0 to 4 and refuses more, naming the flag', async () => {
		const one = await run(['export', '--workers', '0', '--columns', 'comment_id', '--out', '-']);
		const two = await run(['export', '--workers', '2', '--columns', 'comment_id', '--out', '-']);
		expect([one.code, two.code]).toEqual([0, 0]);
		expect(two.out.text()).toBe(one.out.text());
		const bad = await run(['export', '--workers', '9', '--out', '-']);
		expect(bad.code).toBe(2);
		expect(bad.err.text()).toContain('--workers must be 0 to 4, got "9"');
	});

	it('says how to create a database when there is none', async () => {
		const out = capture();
		const err = capture();
		const code = await main(['--db', join(dir, 'missing.db'), 'export', '--out', '-'], { out: out.stream, err: err.stream });
		expect(code).toBe(1);
		expect(err.text()).toContain('murmur demo');
	});

	it('fingerprints the database: stable when unchanged, different after tagging', () => {
		const path = join(dir, 'fp.db');
		const db = openForWrite(path);
		const a = databaseFingerprint(db);
		expect(databaseFingerprint(db)).toEqual(a);
		db.exec(`INSERT INTO sources (namespace, path, format, content_hash, imported_at) VALUES ('n', 'p', 'f', 'h', '2026-01-01T00:00:00Z')`);
		const b = databaseFingerprint(db);
		expect(b.hash).not.toBe(a.hash);
		db.exec(`INSERT INTO articles (source_id, namespace, external_id) VALUES (1, 'n', 'a')`);
		db.exec(`INSERT INTO comments (article_id, external_id, text) VALUES (1, 'c', 'x')`);
		const c = databaseFingerprint(db);
		insertTags(db, [{ commentId: 1, analysis: { lang: 'en', sentiment: { score: 0, label: 'neutral', evidence: [] }, emoji: [], stance: { target: null, label: 'none', confidence: 0, evidence: [] }, topics: [] }, taggedAt: '2026-02-01T00:00:00Z' }]);
		const d = databaseFingerprint(db);
		expect(new Set([a.hash, b.hash, c.hash, d.hash]).size).toBe(4);
		expect(d).toMatchObject({ articles: 1, comments: 1, tagged: 1, sources: 1 });
		db.close();
	});
});
