// Builds the dashboard once before a test run that includes the browser tests, and hands them a
// private copy of it (other processes may rebuild build/ while tests run).
//
// Runs `npx vite build` only when build/ is missing or older than src/. Runs of other folders only
// (`vitest run tests/charts`) skip it, so unit tests stay fast.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Directory holding a copy of the built server (index.js), or '' when not built. */
		dashboardDir: string;
	}
}

const ROOT = resolve(import.meta.dirname, '../..');

function newestMtime(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
	}
	return newest;
}

/**
 * Whether a copied build is one build: the server's manifest and page nodes name client files
 * that all exist. Another process rebuilding build/ while we copy leaves a mix of two builds.
 */
export function buildIsConsistent(dir: string): boolean {
	const chunks = join(dir, 'server', 'chunks');
	if (!existsSync(chunks)) return existsSync(join(dir, 'server', 'manifest.js'));
	const manifests = readdirSync(chunks).filter((f) => /^manifest\.js-.*\.js$/.test(f));
	if (manifests.length !== 1) return false;
	const manifest = readFileSync(join(chunks, manifests[0]), 'utf8');
	const nodes = [...manifest.matchAll(/import\('\.\/(nodes\/[^']+)'\)/g)].map((m) => join(chunks, m[1]));
	if (nodes.length === 0 || !nodes.every((f) => existsSync(f))) return false;
	const sources = [manifest, ...nodes.map((f) => readFileSync(f, 'utf8'))];
	const clientFiles = new Set(sources.flatMap((src) => [...src.matchAll(/_app\/immutable\/[\w./-]+\.(?:js|css)/g)].map((m) => m[0])));
	return clientFiles.size > 0 && [...clientFiles].every((f) => existsSync(join(dir, 'client', f)));
}

function wantsE2e(): boolean {
	// File filters on the command line (`vitest run tests/charts`): build only when one selects e2e.
	const filters = process.argv
		.slice(2)
		.filter((a) => !a.startsWith('-') && !/vitest(\.m?js)?$/.test(a) && /^(tests|src)\b|\/|\.ts$/.test(a));
	return filters.length === 0 || filters.some((a) => a.includes('e2e'));
}

export default function setup(project: TestProject) {
	if (!wantsE2e() || process.env.MURMUR_SKIP_E2E === '1') {
		project.provide('dashboardDir', '');
		return;
	}
	const built = join(ROOT, 'build', 'index.js');
	const build = () => {
		try {
			execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
		} catch (e) {
			const err = e as { stdout?: Buffer; stderr?: Buffer };
			throw new Error(`vite build failed:\n${err.stdout?.toString() ?? ''}\n${err.stderr?.toString() ?? ''}`);
		}
	};
	const stale =
		!existsSync(built) ||
		statSync(built).mtimeMs < Math.max(newestMtime(join(ROOT, 'src')), statSync(join(ROOT, 'svelte.config.js')).mtimeMs);
	if (stale) {
		console.log('[e2e] building the dashboard (build/ is missing or older than src/)…');
		build();
	}
	const dir = mkdtempSync(join(tmpdir(), 'murmur-e2e-build-'));
	for (let attempt = 1; ; attempt++) {
		rmSync(dir, { recursive: true, force: true });
		cpSync(join(ROOT, 'build'), dir, { recursive: true });
		if (buildIsConsistent(dir)) break;
		if (attempt === 3) throw new Error('build/ keeps changing while it is copied: is another build running?');
		console.log('[e2e] build/ changed while copying it (another build running?); building again…');
		build();
	}
	// The server bundle imports its runtime dependencies (better-sqlite3...) from node_modules.
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
	project.provide('dashboardDir', dir);
	return () => rmSync(dir, { recursive: true, force: true });
}
