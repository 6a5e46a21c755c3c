// Initial JavaScript per page, gzipped, read from the production build (build/): the entry
// chunks SvelteKit always loads plus the imports of the page's layout and leaf nodes. That is
// exactly the set the server writes as <link rel="modulepreload"> into the page, so it is what a
// browser downloads before the page is interactive. Issue 5's budget: 150 KB per page.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ROOT } from './serverProcess';

export const PAGE_JS_BUDGET_KB = 150;

interface PageRoute {
	id: string;
	page: { layouts: (number | undefined)[]; errors: (number | undefined)[]; leaf: number } | null;
}
interface Manifest {
	_: { client: { start: string; app: string; imports: string[]; stylesheets: string[] }; routes: PageRoute[] };
}

export interface PageWeight {
	route: string;
	files: number;
	jsKB: number;
	gzipKB: number;
	cssGzipKB: number;
}

/** The `imports` / `stylesheets` arrays a built node module declares, read as text (no import). */
function nodeAssets(serverDir: string, index: number): { imports: string[]; stylesheets: string[] } {
	const src = readFileSync(join(serverDir, 'nodes', `${index}.js`), 'utf8');
	const list = (name: string) => {
		const m = src.match(new RegExp(`export const ${name} = (\\[[^\\]]*\\])`));
		return m ? (JSON.parse(m[1]) as string[]) : [];
	};
	return { imports: list('imports'), stylesheets: list('stylesheets') };
}

const gz = new Map<string, [number, number]>();
function sizes(clientDir: string, file: string): [raw: number, gzipped: number] {
	let s = gz.get(file);
	if (!s) {
		const buf = readFileSync(join(clientDir, file));
		// zlib's default level (6): what a typical server or CDN sends.
		s = [buf.length, gzipSync(buf).length];
		gz.set(file, s);
	}
	return s;
}

/** Measures every page route of the build in `buildDir` (default: ./build). */
export async function measurePageWeight(buildDir = join(ROOT, 'build')): Promise<PageWeight[]> {
	const manifestFile = join(buildDir, 'server', 'manifest.js');
	if (!existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: run \`npm run build\` first`);
	const { manifest } = (await import(pathToFileURL(manifestFile).href)) as { manifest: Manifest };
	const serverDir = join(buildDir, 'server');
	const clientDir = join(buildDir, 'client');
	const client = manifest._.client;
	const out: PageWeight[] = [];
	for (const route of manifest._.routes) {
		if (!route.page) continue;
		const js = new Set([client.start, client.app, ...client.imports]);
		const css = new Set(client.stylesheets);
		for (const n of [...route.page.layouts, route.page.leaf]) {
			if (n === undefined) continue;
			const a = nodeAssets(serverDir, n);
			a.imports.forEach((f) => js.add(f));
			a.stylesheets.forEach((f) => css.add(f));
		}
		let raw = 0;
		let zipped = 0;
		for (const f of js) {
			const [r, g] = sizes(clientDir, f);
			raw += r;
			zipped += g;
		}
		let cssZipped = 0;
		for (const f of css) cssZipped += sizes(clientDir, f)[1];
		out.push({ route: route.id, files: js.size, jsKB: raw / 1024, gzipKB: zipped / 1024, cssGzipKB: cssZipped / 1024 });
	}
	return out.sort((a, b) => a.route.localeCompare(b.route));
}

/** Bench figures: gzipped initial JS per route, the largest, and whether all fit the budget. */
export async function runPageWeightBench(): Promise<Record<string, unknown>> {
	const pages = await measurePageWeight();
	const figures: Record<string, unknown> = {};
	for (const p of pages) {
		figures[`${p.route} initial JS gzip KB`] = round(p.gzipKB);
		figures[`${p.route} initial CSS gzip KB`] = round(p.cssGzipKB);
	}
	const max = Math.max(...pages.map((p) => p.gzipKB));
	figures['largest page initial JS gzip KB'] = round(max);
	figures[`largest / budget (${PAGE_JS_BUDGET_KB} KB)`] = round(max / PAGE_JS_BUDGET_KB);
	return figures;
}

const round = (n: number) => Math.round(n * 10) / 10;
