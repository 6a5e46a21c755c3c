// Initial JavaScript per page, gzipped, as the browser gets it from the built server: every module
// the page asks for before it is interactive (the Link header's and the HTML's modulepreload
// entries, and the starter's import() targets: SvelteKit's runtime, the layout, the page and
// their imports), read from build/client and gzipped one by one (level 9, as the jsBudget e2e test
// measures). Issue 5's budget: 150 KB per page.
import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, startServer } from './serverProcess';

export const PAGE_JS_BUDGET_KB = 150;

export interface PageWeight {
	path: string;
	files: number;
	jsKB: number;
	gzipKB: number;
	cssGzipKB: number;
}

/** Module and stylesheet paths a page loads initially, from its headers and HTML. */
export function initialAssets(link: string | null, html: string, pageUrl: string): { js: string[]; css: string[] } {
	const js = new Set<string>();
	const css = new Set<string>();
	const add = (href: string, set: Set<string>) => set.add(new URL(href, pageUrl).pathname);
	for (const part of (link ?? '').split(/,\s*(?=<)/)) {
		const m = /^<([^>]+)>(.*)$/.exec(part.trim());
		if (!m) continue;
		if (/rel="?modulepreload"?/.test(m[2])) add(m[1], js);
		else if (/rel="?stylesheet"?|as="?style"?/.test(m[2])) add(m[1], css);
	}
	for (const m of html.matchAll(/<link\b[^>]*>/g)) {
		const href = /href="([^"]+)"/.exec(m[0])?.[1];
		if (!href) continue;
		if (/rel="?modulepreload"?/.test(m[0])) add(href, js);
		else if (/rel="?stylesheet"?/.test(m[0])) add(href, css);
	}
	for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) add(m[1], js);
	for (const m of html.matchAll(/import\(\s*"([^"]+\.js)"\s*\)/g)) add(m[1], js);
	return { js: [...js].filter((p) => p.startsWith('/_app/')), css: [...css].filter((p) => p.startsWith('/_app/')) };
}

const sizes = new Map<string, [number, number]>();
function fileSize(clientDir: string, path: string): [raw: number, gzipped: number] {
	let s = sizes.get(path);
	if (!s) {
		const buf = readFileSync(join(clientDir, path));
		s = [buf.length, gzipSync(buf, { level: 9 }).length];
		sizes.set(path, s);
	}
	return s;
}

/** The views a reader opens, with a real story id from the database. */
function pagesOf(dbPath: string): string[] {
	const db = new Database(dbPath, { readonly: true, fileMustExist: true });
	try {
		const article = db.prepare(`SELECT article_id FROM comments GROUP BY article_id ORDER BY count(*) DESC LIMIT 1`).pluck().get();
		return ['/', '/topics', '/emoji', '/comments', ...(article ? [`/articles/${article}`] : [])];
	} finally {
		db.close();
	}
}

export async function measurePageWeight(dbPath: string, buildDir = join(ROOT, 'build')): Promise<PageWeight[]> {
	const clientDir = join(buildDir, 'client');
	if (!existsSync(clientDir)) throw new Error(`${clientDir} is missing: run \`npm run build\` first`);
	const server = await startServer(dbPath, { buildDir: buildDir === join(ROOT, 'build') ? undefined : buildDir });
	try {
		const out: PageWeight[] = [];
		for (const path of pagesOf(dbPath)) {
			const url = server.url + path;
			const res = await fetch(url, { signal: AbortSignal.timeout(300_000) });
			const html = await res.text();
			if (res.status !== 200) throw new Error(`GET ${path}: HTTP ${res.status}`);
			const { js, css } = initialAssets(res.headers.get('link'), html, url);
			let raw = 0;
			let zipped = 0;
			for (const f of js) {
				const [r, g] = fileSize(clientDir, f);
				raw += r;
				zipped += g;
			}
			const cssZipped = css.reduce((sum, f) => sum + fileSize(clientDir, f)[1], 0);
			out.push({ path, files: js.length, jsKB: raw / 1024, gzipKB: zipped / 1024, cssGzipKB: cssZipped / 1024 });
		}
		return out;
	} finally {
		await server.stop();
	}
}

/** Bench figures: gzipped initial JS (and CSS) per view, the largest, and it against the budget. */
export async function runPageWeightBench(ctx: { dbPath: string; buildDir?: string }): Promise<Record<string, unknown>> {
	const pages = await measurePageWeight(ctx.dbPath, ctx.buildDir);
	const figures: Record<string, unknown> = {};
	for (const p of pages) {
		const name = p.path.replace(/^\/articles\/\d+$/, '/articles/[id]');
		figures[`${name} initial JS gzip KB (${p.files} files)`] = round(p.gzipKB);
		figures[`${name} initial CSS gzip KB`] = round(p.cssGzipKB);
	}
	const max = Math.max(...pages.map((p) => p.gzipKB));
	figures['largest page initial JS gzip KB'] = round(max);
	figures[`largest / budget (${PAGE_JS_BUDGET_KB} KB)`] = round(max / PAGE_JS_BUDGET_KB);
	return figures;
}

const round = (n: number) => Math.round(n * 10) / 10;
