// GET /export.{csv,tsv,json,ndjson,parquet,xlsx}?<the page's query string>[&columns=..&level=..&bom=1&limit=N]
import type { RequestHandler } from './$types';
import { runExport, type ExportRun } from '$lib/export/run.server';
import { downloadWorkers, exportConnection, metaLinkFor, requestOr400, toWebStream } from '$lib/export/web.server';

export const GET: RequestHandler = ({ params, url }) => {
	const request = requestOr400(url.searchParams, params.format);
	const db = exportConnection();
	// Worker threads as `murmur export` has them (a large CSV/TSV/JSON/NDJSON download), one download at a time.
	const threads = downloadWorkers(request);
	let started: ExportRun | null = null;
	try {
		const run = (started = runExport(db, request, { workers: threads.workers }));
		const headers: Record<string, string> = {
			'content-type': run.contentType,
			'content-disposition': `attachment; filename="${run.fileName}"`,
			'cache-control': 'no-store',
			'x-content-type-options': 'nosniff',
			link: `<${metaLinkFor(request, url.searchParams)}>; rel="describedby"; type="application/json"`,
			'x-murmur-database-hash': run.fingerprint.hash
		};
		if (run.rowCap !== null) headers['x-murmur-row-cap'] = String(run.rowCap);
		// The stream closes the connection when the download ends, fails or is cancelled.
		return new Response(
			toWebStream(run.chunks, () => {
				threads.done();
				run.close();
				db.close();
			}),
			{ headers }
		);
	} catch (e) {
		threads.done();
		started?.close();
		db.close();
		throw e;
	}
};
