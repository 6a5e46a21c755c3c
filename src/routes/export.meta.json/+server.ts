// GET /export.meta.json?format=F&<the page's query string>: the provenance sidecar of the export the
// same query would download (counted, not written). ?download=1 serves it as a file.
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { exportMeta } from '$lib/export/run.server';
import { sidecarName } from '$lib/export/provenance';
import { exportConnection, requestOr400 } from '$lib/export/web.server';

export const GET: RequestHandler = ({ url }) => {
	const params = new URLSearchParams(url.searchParams);
	const download = params.has('download');
	params.delete('download');
	const request = requestOr400(params);
	const db = exportConnection();
	try {
		const provenance = exportMeta(db, request);
		const headers: Record<string, string> = { 'cache-control': 'no-store' };
		if (download) headers['content-disposition'] = `attachment; filename="${sidecarName(provenance.file ?? 'export')}"`;
		return json(provenance, { headers });
	} finally {
		db.close();
	}
};
