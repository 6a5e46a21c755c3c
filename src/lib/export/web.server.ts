// The HTTP face of an export: request parsing with 400s that name the parameter, a dedicated
// read-only connection per download (a streaming read holds its connection for its whole length),
// and the generator turned into a web ReadableStream that stops reading when the client goes away.
import { error } from '@sveltejs/kit';
import { openReadOnly, type DB } from '../server/db/open';
import { databasePath } from '../server/instance';
import { filtersToParams } from '../filters';
import { exportMetaHref } from './formats';
import { badParameter, parseExportRequest, type ExportRequest } from './request';
import { defaultWorkers, mayRunInParallel } from './parallel.server';

export function requestOr400(params: URLSearchParams, format?: string): ExportRequest {
	try {
		return parseExportRequest(params, format);
	} catch (e) {
		const parameter = badParameter(e);
		if (parameter === 'format') error(404, { message: (e as Error).message, parameter });
		if (parameter) error(400, { message: (e as Error).message, parameter });
		throw e;
	}
}

/** A connection of the export's own, or a 404 that says how to create a database. */
export function exportConnection(): DB {
	const path = databasePath();
	const db = openReadOnly(path);
	if (!db) error(404, { message: `No database yet at ${path}. Create one with \`murmur demo\` or \`murmur ingest FILE\`.` });
	return db;
}

/** Pull-based, so rows are read only as fast as the client takes the bytes. `done` runs once. */
export function toWebStream(chunks: AsyncGenerator<Uint8Array>, done: () => void): ReadableStream<Uint8Array> {
	let finished = false;
	const finish = () => {
		if (!finished) {
			finished = true;
			done();
		}
	};
	return new ReadableStream<Uint8Array>({
		async pull(controller) {
			try {
				const next = await chunks.next();
				if (next.done) {
					finish();
					controller.close();
				} else controller.enqueue(next.value);
			} catch (e) {
				finish();
				// The status line is long gone: failing the stream aborts the download rather than ending it short.
				controller.error(e);
			}
		},
		async cancel() {
			try {
				await chunks.return(undefined);
			} finally {
				finish();
			}
		}
	});
}

/** The sidecar link for a request, for the Link header of a download. */
export function metaLinkFor(req: ExportRequest, search: URLSearchParams): string {
	const extra: Record<string, string> = { level: req.level };
	const columns = search.get('columns');
	if (columns) extra.columns = columns;
	if (req.limit !== null) extra.limit = String(req.limit);
	return exportMetaHref(req.format, filtersToParams(req.filters).toString(), extra);
}

/** Downloads being made with worker threads now. */
let parallelDownloads = 0;

/**
 * Worker threads for a download, and a `done` to call when it ends: the CLI's default for the
 * first download in progress, none for the others, so that a few users downloading at once do
 * not start more threads than there are cores (each takes some 25 MB). A download with workers
 * keeps the CLI's guarantee: a worker whose snapshot is newer than the download's is turned away
 * and the rest is made on the request's own connection.
 */
export function downloadWorkers(req: ExportRequest): { workers: number; done: () => void } {
	const workers = parallelDownloads === 0 && mayRunInParallel(req) ? defaultWorkers() : 0;
	if (workers === 0) return { workers, done: () => {} };
	parallelDownloads++;
	let ended = false;
	return {
		workers,
		done: () => {
			if (!ended) parallelDownloads--;
			ended = true;
		}
	};
}
