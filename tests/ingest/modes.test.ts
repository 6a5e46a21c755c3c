// The fast paths of ingest (issue 3, speed): bulk loading (indexes suspended and rebuilt by sort),
// parsing in a worker thread, and multi-row inserts must write exactly what the plain path writes.
// One small input with every awkward case and its exact expected corpus, then a seeded corpus of
// a few thousand records written in every mode and batch size, compared row for row.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ingestPaths, type IngestOptions } from '../../src/lib/ingest/ingestPaths';
import { mulberry32 } from '../../src/lib/mulberry32';
import type { DB } from '../../src/lib/server/db/open';
import { all, fixture, freshDbs } from './helpers';

const fresh = freshDbs();

const MODES: { name: string; options: IngestOptions }[] = [
	{ name: 'plain', options: { bulk: 'never', parseInWorker: 'never' } },
	{ name: 'bulk', options: { bulk: 'always', parseInWorker: 'never' } },
	{ name: 'worker', options: { bulk: 'never', parseInWorker: 'always' } },
	{ name: 'bulk + worker', options: { bulk: 'always', parseInWorker: 'always' } },
	{ name: 'bulk + worker, 7 per batch', options: { bulk: 'always', parseInWorker: 'always', batchSize: 7 } },
	{ name: 'plain, 7 per batch', options: { bulk: 'never', parseInWorker: 'never', batchSize: 7 } }
];

/** The corpus by natural keys: what a reader of the database sees, whatever ids a run assigned. */
function dump(db: DB) {
	return {
		comments: all(
			db,
			`SELECT a.external_id AS article, c.external_id AS id, c.parent_external_id AS parent_ext, p.external_id AS parent,
			        r.external_id AS root, c.depth, c.position, au.handle AS author, c.text, c.created_at, c.effective_at, c.status, c.type
			   FROM comments c JOIN articles a ON a.id = c.article_id LEFT JOIN comments p ON p.id = c.parent_id
			   LEFT JOIN comments r ON r.id = c.thread_root_id LEFT JOIN authors au ON au.id = c.author_id
			  ORDER BY a.external_id, c.position, c.external_id`
		),
		articles: all(db, `SELECT external_id, title, published_at FROM articles ORDER BY external_id`),
		authors: all(db, `SELECT handle, first_seen_at FROM authors ORDER BY handle`),
		search: all(db, `SELECT c.external_id AS id FROM comments_fts f JOIN comments c ON c.id = f.rowid WHERE comments_fts MATCH 'edited OR four' ORDER BY 1`),
		indexes: all(db, `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'comments' ORDER BY name`),
		suspended: all(db, `SELECT key FROM meta WHERE key = 'suspended_comment_indexes'`),
		integrity: db.pragma('integrity_check', { simple: true }),
		foreignKeys: db.pragma('foreign_key_check')
	};
}

const line = (o: object) => JSON.stringify(o);
const at = (h: number) => `2026-01-01T${String(h).padStart(2, '0')}:00:00Z`;
/** Every awkward case at once: duplicates near and far (more than one 32-row insert apart), a reply to a duplicate, a reply before its parent, comments before their article, a bad line. */
const AWKWARD = [
	line({ id: 'a1', title: 'A' }),
	line({ id: 'c1', article_id: 'a1', author: 'u1', text: 'one', created_at: at(10) }),
	line({ id: 'c2', article_id: 'a1', parent_id: 'c1', author: 'u2', text: 'two', created_at: at(9) }),
	line({ id: 'c1', article_id: 'a1', author: 'u1', text: 'one, edited', created_at: at(10) }),
	line({ id: 'c3', article_id: 'a1', parent_id: 'c1', author: 'u1', text: 'three', created_at: at(8) }),
	...Array.from({ length: 40 }, (_, i) => line({ id: `f${i + 10}`, article_id: 'a1', author: 'u4', text: `filler ${i}`, created_at: at(12) })),
	line({ id: 'c2', article_id: 'a1', parent_id: 'c1', author: 'u2', text: 'two', created_at: at(9) }),
	line({ id: 'c4', article_id: 'a1', parent_id: 'c2', author: 'u3', text: 'four' }),
	line({ id: 'c5', article_id: 'a2', parent_id: 'c6', author: 'u3', text: 'five' }),
	line({ id: 'c6', article_id: 'a2', author: 'u3', text: 'six', created_at: at(7) }),
	line({ id: 'a2', title: 'B', published_at: at(0) }),
	'not json'
].join('\n');

const row = (article: string, id: string, parent: string | null, root: string, depth: number, position: number, author: string, text: string, created: string | null, effective: string | null) => ({
	article, id, parent_ext: parent, parent, root, depth, position, author, text, created_at: created, effective_at: effective, status: 'visible', type: 'comment'
});

describe('every mode writes the same corpus', () => {
	it.each(MODES)('awkward input, $name: exactly the expected rows and counts', async ({ options }) => {
		const t = fresh();
		const file = join(t.dir, 'awkward.ndjson');
		writeFileSync(file, AWKWARD);
		const s = await ingestPaths(t.db, [file], { format: 'ndjson', ...options });
		expect(s.files[0]).toMatchObject({
			error: null,
			articles: { added: 2, updated: 0, unchanged: 0 },
			comments: { added: 46, updated: 1, unchanged: 1 },
			rejected: 1,
			rejects: [{ at: 'awkward.ndjson:51', reason: "invalid JSON at column 2: Unexpected token 'o'" }]
		});
		const d = dump(t.db);
		expect(d.comments.filter((c) => !String((c as { id: string }).id).startsWith('f'))).toEqual([
			row('a1', 'c1', null, 'c1', 0, 1, 'u1', 'one, edited', at(10), at(10)),
			row('a1', 'c2', 'c1', 'c1', 1, 2, 'u2', 'two', at(9), at(9)),
			row('a1', 'c3', 'c1', 'c1', 1, 3, 'u1', 'three', at(8), at(8)),
			// After the 40 fillers (positions 4-43): the far duplicate of c2 took no position.
			row('a1', 'c4', 'c2', 'c1', 2, 44, 'u3', 'four', null, null),
			row('a2', 'c5', 'c6', 'c6', 1, 1, 'u3', 'five', null, at(0)),
			row('a2', 'c6', null, 'c6', 0, 2, 'u3', 'six', at(7), at(7))
		]);
		expect(d.comments.filter((c) => String((c as { id: string }).id).startsWith('f')).map((c) => (c as { position: number }).position)).toEqual(
			Array.from({ length: 40 }, (_, i) => i + 4)
		);
		expect(d.authors).toEqual([
			{ handle: 'u1', first_seen_at: at(8) },
			{ handle: 'u2', first_seen_at: at(9) },
			{ handle: 'u3', first_seen_at: at(7) },
			{ handle: 'u4', first_seen_at: at(12) }
		]);
		expect(d.articles).toEqual([
			{ external_id: 'a1', title: 'A', published_at: null },
			{ external_id: 'a2', title: 'B', published_at: at(0) }
		]);
		expect(d.search).toEqual([{ id: 'c1' }, { id: 'c4' }]);
		expect(d.suspended).toEqual([]);
		expect(d.integrity).toBe('ok');
		expect(d.foreignKeys).toEqual([]);
	});

	it('a seeded corpus of 3,000 records: the same database in every mode and batch size, and again on a rerun', async () => {
		const text = seededCorpus(3000, 11);
		let reference: ReturnType<typeof dump> | null = null;
		let firstCounts: unknown = null;
		for (const { name, options } of MODES) {
			const t = fresh();
			const file = join(t.dir, 'corpus.ndjson.gz');
			writeFileSync(file, gzipSync(text));
			const first = await ingestPaths(t.db, [file], options);
			const counts = { articles: first.files[0].articles, comments: first.files[0].comments, rejected: first.files[0].rejected };
			firstCounts ??= counts;
			expect(counts, name).toEqual(firstCounts);
			const d = dump(t.db);
			reference ??= d;
			expect(d, name).toEqual(reference);
			// A rerun adds nothing and ends where it started (an edited duplicate is written twice again).
			const again = await ingestPaths(t.db, [file], options);
			expect(again.files[0].added, `${name}: rerun`).toBe(0);
			expect(again.files[0].added + again.files[0].updated + again.files[0].unchanged, `${name}: rerun`).toBe(
				first.files[0].added + first.files[0].updated + first.files[0].unchanged
			);
			expect(dump(t.db), `${name}: after rerun`).toEqual(reference);
		}
		expect(reference!.comments.length).toBeGreaterThan(2500);
	});
});

describe('parsing in a worker thread', () => {
	it('gives the same reports (counts, rejects, warnings, errors, charsets) and rows as parsing here, for every format and fault', async () => {
		const files = (dir: string) => {
			const big = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `c${i}`, article_id: 'a', text: `t${i} `.repeat(20) })).join('\n');
			const gz = gzipSync(big);
			writeFileSync(join(dir, 'cut.ndjson.gz'), gz.subarray(0, Math.floor(gz.length * 0.7)));
			writeFileSync(join(dir, 'bad-bytes.ndjson'), Buffer.concat([Buffer.from('{"id":"c1","article_id":"a","text":"ok"}\n{"id":"c2","article_id":"a","text":"caf'), Buffer.from([0xe9, 0xff]), Buffer.from('"}\n')]));
			writeFileSync(join(dir, 'doc.json'), '[{"id": "a1", "title": "x"},\n {"id": "c1", "article_id": "a1",\n  "text": tru}]');
			const out = [join(dir, 'cut.ndjson.gz'), join(dir, 'bad-bytes.ndjson'), join(dir, 'doc.json')];
			for (const f of ['json/comments.ndjson', 'json/articles.json', 'csv/comments.csv', 'csv/comments.tsv', 'disqus/isso-disqus.xml', 'disqus/cyrillic-spam.xml', 'wxr/theme-like.xml', 'reddit/RC_2024-01.ndjson', 'reddit/RS_2024-01.ndjson']) {
				const to = join(dir, f.replace('/', '-'));
				copyFileSync(fixture(f), to);
				out.push(to);
			}
			return out;
		};
		const run = async (parseInWorker: 'never' | 'always') => {
			const t = fresh();
			const s = await ingestPaths(t.db, files(t.dir), { parseInWorker, batchSize: 100 });
			return {
				files: s.files.map(({ seconds: _s, path: _p, ...r }) => r),
				rejects: readFileSync(s.rejectsPath!, 'utf8').split('\n').filter(Boolean).map((l) => (({ time: _t, file, ...r }) => ({ ...r, file: file.split('/').pop() }))(JSON.parse(l))),
				corpus: dump(t.db)
			};
		};
		const here = await run('never');
		expect(here.files.map((f) => [f.name, f.error !== null, f.added])).toContainEqual(['cut.ndjson.gz', true, expect.any(Number)]);
		expect(here.files.find((f) => f.name === 'bad-bytes.ndjson')!.warnings).toHaveLength(1);
		expect(here.files.find((f) => f.name === 'doc.json')!.error).toBe("doc.json:3:14: invalid JSON: Unexpected token '}'");
		expect(await run('always')).toEqual(here);
	});
});

/**
 * NDJSON with what real exports do to an importer: replies before their parents, the same comment
 * twice (sometimes edited), authors whose comments arrive out of time order, and articles that
 * come after their comments or never.
 */
function seededCorpus(records: number, seed: number): string {
	const rnd = mulberry32(seed);
	const lines: string[] = [];
	const seen: { id: string; article: string; text: string }[] = [];
	for (let i = 0; i < records; i++) {
		const r = rnd();
		const article = `a${Math.floor(rnd() * 40)}`;
		if (r < 0.02) lines.push(line({ id: article, title: `Article ${article}`, published_at: at(Math.floor(rnd() * 24)) }));
		else if (r < 0.07 && seen.length) {
			const again = seen[Math.floor(rnd() * seen.length)];
			lines.push(line({ id: again.id, article_id: again.article, author: 'again', text: rnd() < 0.5 ? again.text : `${again.text} (edited)` }));
		} else {
			const parent = rnd() < 0.4 ? `c${Math.floor(rnd() * (i + 50))}` : null;
			const c = { id: `c${i}`, article, text: `comment ${i} ${rnd().toString(36).slice(2)}` };
			seen.push(c);
			lines.push(line({ id: c.id, article_id: article, parent_id: parent, author: `u${Math.floor(rnd() * 60)}`, text: c.text, ...(rnd() < 0.8 ? { created_at: at(Math.floor(rnd() * 24)) } : {}) }));
		}
	}
	return lines.join('\n') + '\n';
}
