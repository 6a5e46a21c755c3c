// The export worker's code as one plain-JavaScript file, bundled once per process with esbuild
// (which tsx, a runtime dependency, brings). A worker that compiled TypeScript through tsx itself
// would start in about half a second and hold some 20 MB more, both counted against an export that
// should be done in a few seconds within 200 MB. Package imports stay imports, by absolute path
// (an eval'd worker resolves nothing on its own); each file's import.meta.url becomes its own URL.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createRequire, isBuiltin } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

let bundled: Promise<string> | null = null;

/** The code of partWorker.ts and what it imports, as CommonJS for `new Worker(code, { eval: true })`. */
export function partWorkerCode(): Promise<string> {
	bundled ??= bundle().catch((e) => {
		bundled = null;
		throw e;
	});
	return bundled;
}

/**
 * partWorker.ts: beside this file when it runs from source (the CLI, tests); from a built server
 * (build/server/chunks/...), in the src/ of the project the build was made in.
 */
export function partWorkerSource(): string | null {
	const beside = fileURLToPath(new URL('./partWorker.ts', import.meta.url));
	if (existsSync(beside)) return beside;
	for (let dir = dirname(beside), up = 0; up < 6; up++, dir = dirname(dir)) {
		const candidate = join(dir, 'src', 'lib', 'export', 'partWorker.ts');
		if (existsSync(candidate)) return candidate;
	}
	return null;
}

async function bundle(): Promise<string> {
	const entry = partWorkerSource();
	if (!entry) throw new Error('the export worker source (src/lib/export/partWorker.ts) is not at hand');
	const esbuild = await import('esbuild');
	const result = await esbuild.build({
		entryPoints: [entry],
		bundle: true,
		platform: 'node',
		format: 'cjs',
		target: 'node20',
		write: false,
		logLevel: 'silent',
		plugins: [
			{
				name: 'murmur-export-worker',
				setup(build) {
					build.onResolve({ filter: /^[^./]/ }, (args) => ({
						path: isBuiltin(args.path) ? args.path : require.resolve(args.path, { paths: [args.resolveDir] }),
						external: true
					}));
					build.onLoad({ filter: /\.ts$/ }, async (args) => ({
						contents: (await readFile(args.path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
						loader: 'ts'
					}));
				}
			}
		]
	});
	return result.outputFiles[0].text;
}
