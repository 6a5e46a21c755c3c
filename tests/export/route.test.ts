// GET /export.<format> and /export.meta.json: the same bytes as the CLI, headers that say what the
// download is, 400s naming the parameter, and the stream letting go of the database when cancelled.
import { describe, expect, it } from 'vitest';
import { GET as exportGet } from '../../src/routes/export.[format]/+server';
import { GET as metaGet } from '../../src/routes/export.meta.json/+server';
import { toWebStream } from '../../src/lib/export/web.server';
import { databaseFingerprint } from '../../src/lib/server/db/export';
import { serveHostileDb } from './hostileDb';
import { exportBytes } from './run';
import { readParquet } from './readBack';

const hostile = serveHostileDb();

type Handler = (event: never) => Response | Promise<Response>;
const call = (handler: unknown, path: string, params: Record<string, string> = {}) =>
	(handler as Handler)({ url: new URL(`http://localhost${path}`), params } as never);

async function status(fn: () => unknown): Promise<{ status: number; body: { message: string; parameter?: string } }> {
	try {
		await fn();
	} catch (e) {
		return e as { status: number; body: { message: string; parameter?: string } };
	}
	throw new Error('expected an error response');
}

describe('GET /export.<format>', () => {
	it('streams the same CSV as the CLI, with the download headers', async () => {
		const res = await call(exportGet, '/export.csv?topic=Ceasefire&sentiment=negative', { format: 'csv' });
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
		expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="murmur-comments-\d{8}T\d{6}Z\.csv"$/);
		expect(res.headers.get('link')).toBe(
			'</export.meta.json?topic=Ceasefire&sentiment=negative&level=comments&format=csv>; rel="describedby"; type="application/json"'
		);
		expect(res.headers.get('x-murmur-database-hash')).toBe(databaseFingerprint(hostile().db).hash);
		expect(res.headers.get('x-murmur-row-cap')).toBeNull();
		const body = new Uint8Array(await res.arrayBuffer());
		expect(Buffer.from(body).toString()).toBe(Buffer.from((await exportBytes(hostile().path, 'topic=Ceasefire&sentiment=negative', 'csv')).bytes).toString());
	});

	it('serves Parquet with its provenance and states the XLSX row cap', async () => {
		const res = await call(exportGet, '/export.parquet?level=articles', { format: 'parquet' });
		const back = await readParquet(new Uint8Array(await res.arrayBuffer()));
		expect(back.rows).toHaveLength(3);
		expect(JSON.parse(back.kv['murmur.provenance'])).toMatchObject({ level: 'articles', row_count: 3 });
		const x = await call(exportGet, '/export.xlsx', { format: 'xlsx' });
		expect(x.headers.get('x-murmur-row-cap')).toBe('1048575');
		await x.body!.cancel();
	});

	it.each([
		['/export.csv?sentiment=furious', 'csv', 400, 'sentiment'],
		['/export.csv?from=yesterday', 'csv', 400, 'from'],
		['/export.json?columns=text,secret', 'json', 400, 'columns'],
		['/export.json?level=everything', 'json', 400, 'level'],
		['/export.xml', 'xml', 404, 'format']
	])('%s answers %i naming %s', async (path, format, code, parameter) => {
		const e = await status(() => call(exportGet, path, { format }));
		expect(e.status).toBe(code);
		expect(e.body.parameter).toBe(parameter);
		expect(e.body.message.startsWith(`${parameter}: `)).toBe(true);
	});

	it('answers 404 with the command to run when there is no database', async () => {
		process.env.MURMUR_DB = '/nonexistent/murmur.db';
		try {
			const e = await status(() => call(exportGet, '/export.csv', { format: 'csv' }));
			expect(e.status).toBe(404);
			expect(e.body.message).toContain('murmur demo');
		} finally {
			process.env.MURMUR_DB = hostile().path;
		}
	});
});

describe('GET /export.meta.json', () => {
	it('answers the provenance of the export the same query downloads', async () => {
		const res = await call(metaGet, '/export.meta.json?format=xlsx&topic=Ceasefire&limit=5');
		const meta = await res.json();
		const { provenance } = await exportBytes(hostile().path, 'topic=Ceasefire&limit=5', 'xlsx');
		const { created_at: _a, file: _b, notes: _c, ...same } = provenance;
		expect(meta).toMatchObject(same);
		expect(meta.notes[0]).toMatch(/^counted without writing the file/);
		expect(res.headers.get('content-disposition')).toBeNull();
		const dl = await call(metaGet, '/export.meta.json?format=csv&download=1');
		expect(dl.headers.get('content-disposition')).toMatch(/^attachment; filename="murmur-comments-\d{8}T\d{6}Z\.csv\.meta\.json"$/);
	});

	it('names a bad parameter', async () => {
		const e = await status(() => call(metaGet, '/export.meta.json?format=csv&stance=maybe'));
		expect([e.status, e.body.parameter]).toEqual([400, 'stance']);
	});
});

describe('toWebStream', () => {
	it('stops the generator and releases once when the client cancels', async () => {
		let released = 0;
		let stopped = false;
		async function* chunks() {
			try {
				for (let i = 0; ; i++) yield new Uint8Array([i]);
			} finally {
				stopped = true;
			}
		}
		const reader = toWebStream(chunks(), () => released++).getReader();
		expect((await reader.read()).value).toEqual(new Uint8Array([0]));
		await reader.cancel();
		expect([stopped, released]).toEqual([true, 1]);
	});

	it('errors the stream (an aborted download, not a short file) when the export fails', async () => {
		let released = 0;
		async function* chunks() {
			yield new Uint8Array([1]);
			throw new Error('disk on fire');
		}
		const reader = toWebStream(chunks(), () => released++).getReader();
		await reader.read();
		await expect(reader.read()).rejects.toThrow('disk on fire');
		expect(released).toBe(1);
	});
});
