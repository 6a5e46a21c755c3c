// The parallel export's worker as one plain-JavaScript program, bundled once per process with
// esbuild (installed with tsx, which the CLI runs on). A worker that loaded tsx itself would cost
// about 25 MB more resident memory each; bundled, a busy worker costs about 20 MB.
import { fileURLToPath } from 'node:url';

let source: Promise<string | null> | null = null;

/** The worker program, or null when it cannot be built here (then the export runs serially). */
export function textWorkerSource(): Promise<string | null> {
	source ??= (async () => {
		try {
			const esbuild = await import('esbuild');
			const built = await esbuild.build({
				entryPoints: [fileURLToPath(new URL('./textWorker.server.ts', import.meta.url))],
				bundle: true,
				platform: 'node',
				format: 'cjs',
				target: 'node20',
				write: false,
				external: ['better-sqlite3'],
				logLevel: 'silent'
			});
			// Code evaluated in a worker resolves require() from the working directory; resolve from here.
			return `(function (require) {\n${built.outputFiles[0].text}\n})(require('node:module').createRequire(${JSON.stringify(import.meta.url)}));`;
		} catch {
			return null;
		}
	})();
	return source;
}
