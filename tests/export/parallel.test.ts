// `--threads N`: the parallel writer makes byte for byte the serial file, counts the same rows
// and versions, falls back to serial when a worker sees another database state, and stops its
// workers when the reader stops early.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReadOnly } from '../../src/lib/server/db/open';
import { parseExportRequest } from '../../src/lib/export/request';
import { runExport, type RunOptions } from '../../src/lib/export/run.server';
import { parallelText, type ParallelJob } from '../../src/lib/export/parallel.server';
import { buildHostileDb, type HostileDb } from './hostileDb';
import { buildFixtureDb, type Fixture } from '../helpers/fixtureDb';

let h: HostileDb;
let fx: Fixture;
beforeAll(() => {
	h = buildHostileDb();
	fx = buildFixtureDb();
});
afterAll(() => {
	h.close();
	fx.close();
});

const now = new Date('2026-05-01T12:00:00Z');

async function exportWith(path: string, query: string, format: string, parallel?: RunOptions['parallel']) {
	const db = openReadOnly(path)!;
	try {
		const run = runExport(db, parseExportRequest(new URLSearchParams(query), format), { now, parallel });
		const parts: Uint8Array[] = [];
		for await (const c of run.chunks) parts.push(c);
		return { bytes: Buffer.concat(parts), provenance: run.provenance() };
	} finally {
		db.close();
	}
}

// Tiny slices, so that a few hundred comments make many slices written out of order.
const threads = (workers: number, write = parallelText) => ({ write, workers, minComments: 0, slice: 7 });

describe('parallel text export', () => {
	it.each([
		['csv', ''],
		['tsv', 'sentiment=negative'],
		['json', ''],
		['json', 'q=nosuchword'],
		['ndjson', 'flagged=only&columns=comment_id,text,emoji,topics'],
		['csv', 'bom=1&lang=de']
	])('%s "%s" is byte for byte the serial file', async (format, query) => {
		const serial = await exportWith(fx.path, query, format);
		const parallel = await exportWith(fx.path, query, format, threads(3));
		expect(parallel.bytes.equals(serial.bytes)).toBe(true);
		expect(parallel.provenance).toEqual(serial.provenance);
	});

	it('handles the hostile texts the same way', async () => {
		for (const format of ['csv', 'tsv', 'json', 'ndjson']) {
			const serial = await exportWith(h.path, '', format);
			expect((await exportWith(h.path, '', format, threads(2))).bytes.equals(serial.bytes)).toBe(true);
		}
	});

	it('falls back to the serial writer when a worker reads another database state', async () => {
		const wrongHash = (job: ParallelJob) => parallelText({ ...job, hash: 'sha256:something-else' });
		const serial = await exportWith(fx.path, '', 'csv');
		const fallback = await exportWith(fx.path, '', 'csv', threads(2, wrongHash));
		expect(fallback.bytes.equals(serial.bytes)).toBe(true);
	});

	it('leaves Parquet, XLSX, the article level and capped exports to the serial writer', async () => {
		let called = 0;
		const spy = (job: ParallelJob) => {
			called++;
			return parallelText(job);
		};
		await exportWith(fx.path, '', 'parquet', threads(2, spy));
		await exportWith(fx.path, 'level=articles', 'csv', threads(2, spy));
		await exportWith(fx.path, 'limit=5', 'csv', threads(2, spy));
		expect(called).toBe(0);
	});

	it('stops its workers when the reader stops early', async () => {
		const db = openReadOnly(fx.path)!;
		const run = runExport(db, parseExportRequest(new URLSearchParams(''), 'ndjson'), { now, parallel: threads(2) });
		const first = await run.chunks.next();
		expect(first.done).toBe(false);
		await run.chunks.return(undefined);
		expect(db.inTransaction).toBe(false);
		db.close();
	});
});
