// Initial JavaScript of a page, as the browser gets it: every module the server asks it to
// preload (the Link header's modulepreload entries: SvelteKit's runtime, the layout and the page
// with their imports), each gzipped. Usable by the bench as well as by the budget test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface JsSize {
	path: string;
	files: number;
	raw: number;
	gzip: number;
}

/** Module URLs from a Link header, resolved against the page URL to paths under client/. */
export function modulePreloads(link: string | null, pageUrl: string): string[] {
	if (!link) return [];
	const out: string[] = [];
	for (const part of link.split(/,\s*(?=<)/)) {
		const m = /^<([^>]+)>(.*)$/.exec(part.trim());
		if (m && /rel="?modulepreload"?/.test(m[2])) out.push(new URL(m[1], pageUrl).pathname);
	}
	return out;
}

export async function initialJs(baseUrl: string, path: string, clientDir: string): Promise<JsSize> {
	const url = baseUrl + path;
	const res = await fetch(url);
	await res.arrayBuffer();
	const files = modulePreloads(res.headers.get('link'), url);
	let raw = 0;
	let gzip = 0;
	for (const f of files) {
		const bytes = readFileSync(join(clientDir, f));
		raw += bytes.length;
		gzip += gzipSync(bytes, { level: 9 }).length;
	}
	return { path, files: files.length, raw, gzip };
}

export function formatSizes(rows: JsSize[]): string {
	const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
	return [
		'page                      files   raw KB   gzip KB',
		...rows.map((r) => `${r.path.padEnd(26)}${String(r.files).padStart(5)} ${kb(r.raw)}  ${kb(r.gzip)}`)
	].join('\n');
}
