// Worker threads for dashboard downloads: the CLI's default for one download at a time, none for
// the others or for requests a parallel export cannot make, and the turn handed back however a
// download ends, even cancelled before its first chunk.
import { describe, expect, it } from 'vitest';
import { GET as exportGet } from '../../src/routes/export.[format]/+server';
import { downloadWorkers } from '../../src/lib/export/web.server';
import { defaultWorkers } from '../../src/lib/export/parallel.server';
import { parseExportRequest } from '../../src/lib/export/request';
import { serveHostileDb } from './hostileDb';

serveHostileDb();

const request = (query: string, format: string) => parseExportRequest(new URLSearchParams(query), format);
const get = (path: string, format: string) =>
	(exportGet as unknown as (e: never) => Promise<Response>)({ url: new URL(`http://localhost${path}`), params: { format } } as never);

describe('worker threads for downloads', () => {
	it('go to one download at a time, and only where a parallel export may run', () => {
		const first = downloadWorkers(request('', 'csv'));
		expect(first.workers).toBe(defaultWorkers());
		expect(downloadWorkers(request('', 'ndjson')).workers).toBe(0);
		first.done();
		first.done(); // a second call changes nothing
		for (const [q, format] of [
			['', 'parquet'],
			['', 'xlsx'],
			['level=articles', 'csv'],
			['topic=Ceasefire', 'csv'],
			['q=comment', 'tsv']
		])
			expect(downloadWorkers(request(q, format)).workers, `${format} ${q}`).toBe(0);
		const again = downloadWorkers(request('sentiment=negative', 'json'));
		expect(again.workers).toBe(defaultWorkers());
		again.done();
	});

	it('are handed back when a download ends, is read to the end, or is cancelled before its first chunk', async () => {
		const cancelled = await get('/export.csv', 'csv');
		await cancelled.body!.cancel();
		const read = await get('/export.tsv', 'tsv');
		expect((await read.text()).split('\r\n')[0]).toContain('comment_id');
		const next = downloadWorkers(request('', 'csv'));
		expect(next.workers).toBe(defaultWorkers());
		next.done();
	});
});
