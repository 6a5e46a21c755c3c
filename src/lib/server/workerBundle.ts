// A worker thread's TypeScript as one JavaScript file, built with esbuild (which tsx already
// brings) and kept in node_modules/.cache/murmur. A worker that loads its modules through tsx
// spends ~0.3-0.5 s of CPU registering tsx and compiling before it does any work; from the bundle
// it starts in tens of milliseconds. Both the ingest's parse worker and the tag workers start this
// way: a tenth of a 200,000-comment ingest, a few percent of a tag pass. A bundle is rebuilt when
// any of its source files changes (their contents are hashed); any failure returns null and the
// caller falls back to the tsx worker.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'murmur');

interface Meta {
	/** Source files in the bundle, relative to ROOT. */
	inputs: string[];
	hash: string;
	file: string;
}

function hashOf(inputs: string[]): string {
	const h = createHash('sha1');
	for (const f of inputs) h.update(f).update('\0').update(readFileSync(join(ROOT, f))).update('\0');
	return h.digest('hex');
}

function build(entry: string, name: string, meta: string): string {
	const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
	mkdirSync(CACHE, { recursive: true });
	// Built under a name of this process, then renamed: a concurrent run never sees half a file.
	const tmp = join(CACHE, `${name}-tmp-${process.pid}.mjs`);
	const r = esbuild.buildSync({
		entryPoints: [entry],
		absWorkingDir: ROOT,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		packages: 'external',
		outfile: tmp,
		metafile: true,
		logLevel: 'silent'
	});
	const inputs = Object.keys(r.metafile!.inputs).sort();
	const hash = hashOf(inputs);
	const file = join(CACHE, `${name}-${hash.slice(0, 12)}.mjs`);
	renameSync(tmp, file);
	writeFileSync(`${meta}.${process.pid}`, JSON.stringify({ inputs, hash, file } satisfies Meta));
	renameSync(`${meta}.${process.pid}`, meta);
	removeOldBundles(name, file);
	return file;
}

/** Bundles of earlier sources, once no process could still be about to start a worker from them. */
function removeOldBundles(name: string, keep: string) {
	const hourAgo = Date.now() - 3600_000;
	const old = new RegExp(`^${name}-[0-9a-f]{12}\\.mjs$`);
	for (const n of readdirSync(CACHE)) {
		const f = join(CACHE, n);
		if (f !== keep && old.test(n) && statSync(f).mtimeMs < hourAgo) rmSync(f, { force: true });
	}
}

const checked = new Map<string, string | null>();

/**
 * An up-to-date bundle of the worker at `entry` (a file URL or path), cached under `name`; built
 * if need be; null when that cannot be done. Checked once per process: sources do not change
 * under a running command.
 */
export function workerBundle(entry: string | URL, name: string): string | null {
	const prior = checked.get(name);
	if (prior === null || (prior !== undefined && existsSync(prior))) return prior;
	const meta = join(CACHE, `${name}.json`);
	let file: string | null;
	try {
		const m = existsSync(meta) ? (JSON.parse(readFileSync(meta, 'utf8')) as Meta) : null;
		const fresh = m && existsSync(m.file) && m.inputs.every((f) => existsSync(join(ROOT, f))) && hashOf(m.inputs) === m.hash;
		file = fresh ? m.file : build(entry instanceof URL ? fileURLToPath(entry) : entry, name, meta);
	} catch {
		file = null;
	}
	checked.set(name, file);
	return file;
}
