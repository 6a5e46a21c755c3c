// The tagging worker as one JavaScript file, built with esbuild (which tsx already brings) and
// kept in node_modules/.cache/murmur. A worker that loads its ~30 TypeScript modules through tsx
// takes ~0.4 s of CPU to start; from the bundle, ~0.15 s: with two workers per `murmur tag`,
// that is a few percent of a 200,000-comment pass. The bundle is rebuilt when any of its source
// files changes (their contents are hashed), and any failure falls back to the tsx worker.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./worker.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'murmur');
const META = join(CACHE, 'tag-worker.json');

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

function build(): string {
	const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
	mkdirSync(CACHE, { recursive: true });
	const tmp = join(CACHE, `tag-worker-${process.pid}.mjs`);
	const r = esbuild.buildSync({
		entryPoints: [ENTRY],
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
	const file = join(CACHE, `tag-worker-${hash.slice(0, 12)}.mjs`);
	renameSync(tmp, file);
	const meta: Meta = { inputs, hash, file };
	writeFileSync(`${META}.${process.pid}`, JSON.stringify(meta));
	renameSync(`${META}.${process.pid}`, META);
	removeOldBundles(file);
	return file;
}

/** Bundles of earlier sources, once no process could still be about to start a worker from them. */
function removeOldBundles(keep: string) {
	const hourAgo = Date.now() - 3600_000;
	for (const name of readdirSync(CACHE)) {
		const f = join(CACHE, name);
		if (f !== keep && /^tag-worker-.*\.mjs$/.test(name) && statSync(f).mtimeMs < hourAgo) rmSync(f, { force: true });
	}
}

/** An up-to-date bundle of worker.ts, built if need be; null when that cannot be done. */
export function workerBundle(): string | null {
	try {
		if (existsSync(META)) {
			const meta = JSON.parse(readFileSync(META, 'utf8')) as Meta;
			if (existsSync(meta.file) && meta.inputs.every((f) => existsSync(join(ROOT, f))) && hashOf(meta.inputs) === meta.hash) return meta.file;
		}
		return build();
	} catch {
		return null;
	}
}
