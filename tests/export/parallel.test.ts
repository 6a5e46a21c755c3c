// The parallel text export: byte for byte what one thread writes, with the same provenance, for
// every filter it takes on; the filters it leaves to one thread; and a commit between the main
// thread's snapshot and the workers', which must not leak into the file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateExportCorpus } from '../../bench/exportCorpus';
import { openReadOnly } from '../../src/lib/server/db/open';
import { parseExportRequest } from '../../src/lib/export/request';
import { runExport } from '../../src/lib/export/run.server';
import { planParts } from '../../src/lib/export/parallel.server';
import { buildHostileDb, type HostileDb } from './hostileDb';
import { exportBytes } from './run';

const FORMATS = ['csv', 'tsv', 'json', 'ndjson'] as const;
const now = new Date('2026-05-01T12:00:00Z');
// Parts of a few comments each, so that even these small corpora are cut into many.
const parallel = (width: number, stats = { byWorkers: 0, byMain: 0 }) => ({ workers: 2, partWidth: width, minParts: 1, stats });

let dir: string;
let corpus: string;
let h: HostileDb;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'murmur-export-parallel-'));
	corpus = join(dir, 'corpus.db');
	generateExportCorpus(corpus, 3000, 11);
	h = buildHostileDb();
});
afterAll(() => {
	h.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('a parallel export', () => {
	it.each(['', 'sentiment=negative', 'lang=de&stance=favor', 'flagged=only', 'from=2026-01-03', 'flagged=exclude&to=2026-01-05'])(
		'writes the same bytes and provenance as one thread, filters "%s"',
		async (q) => {
			for (const format of FORMATS) {
				const one = await exportBytes(corpus, q, format, now);
				const stats = { byWorkers: 0, byMain: 0 };
				const two = await exportBytes(corpus, q, format, now, parallel(64, stats));
				expect(Buffer.from(two.bytes).equals(Buffer.from(one.bytes)), `${format} "${q}"`).toBe(true);
				expect(two.provenance).toEqual(one.provenance);
				// 3,000 comments in parts of 64 ids, all made by the workers.
				expect(stats).toEqual({ byWorkers: 47, byMain: 0 });
			}
		},
		60_000
	);

	it('keeps hostile text, the BOM and an empty selection exact', async () => {
		for (const format of FORMATS) {
			for (const q of ['', 'bom=1', 'lang=xx']) {
				const one = await exportBytes(h.path, q, format, now);
				const two = await exportBytes(h.path, q, format, now, parallel(2));
				expect(Buffer.from(two.bytes).toString(), `${format} "${q}"`).toBe(Buffer.from(one.bytes).toString());
				expect(two.provenance.row_count).toBe(one.provenance.row_count);
			}
		}
	}, 60_000);

	it('writes the same bytes when its parts are wide enough to fetch their emoji and topics at once', async () => {
		for (const [path, q] of [
			[corpus, ''],
			[corpus, 'sentiment=negative&flagged=exclude'],
			[h.path, ''],
			[h.path, 'bom=1']
		] as const) {
			for (const format of FORMATS) {
				const one = await exportBytes(path, q, format, now);
				// 256 ids and more: the lists of a part come from one query (exportRows.ts rangeLists).
				const two = await exportBytes(path, q, format, now, parallel(300));
				expect(Buffer.from(two.bytes).toString(), `${format} "${q}"`).toBe(Buffer.from(one.bytes).toString());
				expect(two.provenance).toEqual(one.provenance);
			}
		}
	}, 60_000);

	it('writes the same bytes when it may fill its buffers again (the CLI writing a file)', async () => {
		for (const format of FORMATS) {
			const one = await exportBytes(corpus, '', format, now);
			const db = openReadOnly(corpus)!;
			try {
				const stats = { byWorkers: 0, byMain: 0 };
				const run = runExport(db, parseExportRequest(new URLSearchParams(''), format), { now, ...parallel(300, stats), reuseChunks: true });
				// Copied before the next is asked for: after that, the export may fill the chunk again.
				const copies: Buffer[] = [];
				for await (const chunk of run.chunks) copies.push(Buffer.from(chunk));
				expect(Buffer.concat(copies).equals(Buffer.from(one.bytes)), format).toBe(true);
				expect(stats.byWorkers).toBe(10);
			} finally {
				db.close();
			}
		}
	}, 60_000);

	it('is planned only for text formats, without a cap, with filters read in id order', () => {
		const db = openReadOnly(corpus)!;
		try {
			const plan = (q: string, format = 'csv', cap: number | null = null) =>
				planParts(db, parseExportRequest(new URLSearchParams(q), format), cap, { workers: 2, partWidth: 100 });
			expect(plan('')).toMatchObject({ from: 1, width: 100, parts: 30, workers: 2 });
			expect(plan('sentiment=negative&from=2026-01-02')).not.toBeNull();
			for (const q of ['topic=Topic 1', 'emoji=👍', 'author=user1', 'q=vote', 'article=3', 'level=articles']) expect(plan(q), q).toBeNull();
			expect(plan('', 'parquet')).toBeNull();
			expect(plan('', 'xlsx')).toBeNull();
			expect(plan('', 'csv', 10)).toBeNull();
			expect(planParts(db, parseExportRequest(new URLSearchParams(''), 'csv'), null, { workers: 0 })).toBeNull();
			// Too few parts to be worth the workers.
			expect(planParts(db, parseExportRequest(new URLSearchParams(''), 'csv'), null, { workers: 2, partWidth: 1000 })).toBeNull();
		} finally {
			db.close();
		}
	});

	it('writes the state the export started from when a commit lands before the workers start', async () => {
		const fx = buildHostileDb();
		try {
			const before = await exportBytes(fx.path, '', 'csv', now);
			const db = openReadOnly(fx.path)!;
			try {
				const stats = { byWorkers: 0, byMain: 0 };
				const run = runExport(db, parseExportRequest(new URLSearchParams(''), 'csv'), { now, ...parallel(2, stats) });
				// The export's snapshot is taken; this commit is newer than it, and than nothing a worker may use.
				fx.db.prepare(`INSERT INTO comments (article_id, external_id, text) VALUES (?, 'late', 'written during the export')`).run(fx.articleId.get('a1'));
				const parts: Uint8Array[] = [];
				for await (const chunk of run.chunks) parts.push(chunk);
				expect(Buffer.concat(parts).toString()).toBe(Buffer.from(before.bytes).toString());
				expect(run.provenance().row_count).toBe(before.provenance.row_count);
				// The workers' snapshots would hold the new comment: they were turned away.
				expect(stats).toEqual({ byWorkers: 0, byMain: 10 });
			} finally {
				db.close();
			}
			const after = await exportBytes(fx.path, '', 'csv', now, parallel(2));
			expect(Buffer.from(after.bytes).toString()).toContain('written during the export');
		} finally {
			fx.close();
		}
	}, 60_000);
});
