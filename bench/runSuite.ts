// Child-process entry of bench/run.ts: runs one benchmark function in a fresh process so each
// suite's timings and peak RSS are its own, not inherited from the suites before it.
//   node --import tsx bench/runSuite.ts <module> <function> <context.json> <result.json>
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [file, fn, ctxFile, outFile] = process.argv.slice(2);
const ctx = JSON.parse(readFileSync(ctxFile, 'utf8')) as Record<string, unknown>;
try {
	const mod = (await import(pathToFileURL(resolve(file)).href)) as Record<string, (c: Record<string, unknown>) => Promise<unknown>>;
	if (typeof mod[fn] !== 'function') throw new Error(`${file} does not export ${fn}()`);
	const figures = await mod[fn](ctx);
	// The context may have been extended (e.g. the corpus step names the files it wrote).
	writeFileSync(outFile, JSON.stringify({ ok: true, figures, ctx, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
	process.exit(0);
} catch (e) {
	writeFileSync(outFile, JSON.stringify({ ok: false, error: (e as Error).stack ?? String(e) }));
	process.exit(1);
}
