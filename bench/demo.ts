// Demo benchmark: how fast `murmur demo` generates its corpus, alone and together with writing it
// through CorpusWriter (batches of 5,000, thread resolution, full-text index, truth, sample page,
// rollups), in comments/s. Standalone:
//   npx tsx bench/demo.ts --comments 1000000 [--seed S] [--inline] [--rerun] [--db PATH]
// From `npm run bench` it loads the shared corpus database (ctx.dbPath) that later suites read.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { openForWrite } from '../src/lib/server/db/open';
import { DemoCorpus } from '../src/lib/demo/corpus';
import { loadDemo, PARALLEL_FROM } from '../src/lib/demo/load.server';

export interface DemoBenchOptions {
	comments: number;
	seed?: string | number;
	/** Database to load; a scratch file when absent. */
	dbPath?: string;
	/** Force the generator into the writer's thread (default: a worker from PARALLEL_FROM comments). */
	inline?: boolean;
	/** Time a second, all-unchanged run too (default: up to 200,000 comments). */
	rerun?: boolean;
}

const mb = (bytes: number) => Math.round(bytes / 1e6);

/** Generation alone: every record built and dropped, heap sampled to show memory stays flat. */
function generateOnly(comments: number, seed: string) {
	const t0 = performance.now();
	let n = 0,
		chars = 0,
		heapMax = 0;
	const corpus = new DemoCorpus({ comments, seed });
	for (const item of corpus.items()) {
		if (item.kind !== 'comment') continue;
		chars += item.comment.text.length;
		if (++n % 50_000 === 0) heapMax = Math.max(heapMax, process.memoryUsage().heapUsed);
	}
	const seconds = (performance.now() - t0) / 1000;
	return { seconds, heapMax: Math.max(heapMax, process.memoryUsage().heapUsed), avgChars: n ? chars / n : 0 };
}

export async function runDemoBench(options: DemoBenchOptions): Promise<Record<string, number | string>> {
	const comments = options.comments;
	const seed = String(options.seed ?? '2026');
	const scratch = options.dbPath ? null : mkdtempSync(join(tmpdir(), 'murmur-demo-bench-'));
	const dbPath = options.dbPath ?? join(scratch!, 'demo.db');
	try {
		const gen = generateOnly(comments, seed);
		const db = openForWrite(dbPath);
		const parallel = options.inline ? false : comments >= PARALLEL_FROM;
		const cpu0 = process.cpuUsage();
		const r = await loadDemo(db, { comments, seed, parallel });
		const cpu = process.cpuUsage(cpu0);
		db.close();
		const rerun: Record<string, number> = {};
		if (options.rerun ?? comments <= 200_000) {
			const again = openForWrite(dbPath);
			const t0 = performance.now();
			const r2 = await loadDemo(again, { comments, seed, parallel });
			rerun['rerun (all unchanged), s'] = (performance.now() - t0) / 1000;
			rerun['rerun added + updated'] = r2.writes.added + r2.writes.updated;
			again.close();
		}
		return {
			comments,
			'generate only, s': gen.seconds,
			'generate only, comments/s': comments / gen.seconds,
			'generate only, max heap MB': mb(gen.heapMax),
			'average comment length, chars': gen.avgChars,
			'generator thread': parallel ? 'worker (beside the writer)' : 'inline',
			'generate + write batches, s': r.seconds.generateAndWrite,
			'threads + full-text index + truth, s': r.seconds.finish,
			'sample page, s': r.seconds.sample,
			'rollups, s': r.seconds.rollups,
			'murmur demo total, s': r.seconds.total,
			'generate + write, comments/s': comments / (r.seconds.generateAndWrite + r.seconds.finish),
			'process CPU (all threads), s': (cpu.user + cpu.system) / 1e6,
			'stats comments = summary': r.stats.comments === r.totals.comments ? 'yes' : 'NO',
			...rerun
		};
	} finally {
		if (scratch) rmSync(scratch, { recursive: true, force: true });
	}
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	const { values } = parseArgs({ options: { comments: { type: 'string' }, seed: { type: 'string' }, inline: { type: 'boolean' }, rerun: { type: 'boolean' }, db: { type: 'string' } } });
	const comments = Number(values.comments ?? 200_000);
	const figures = await runDemoBench({ comments, seed: values.seed, inline: values.inline, rerun: values.rerun, dbPath: values.db });
	const fmt = (v: number | string) => (typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: Math.abs(v) >= 100 ? 0 : 2 }) : v);
	console.log(`# murmur demo: ${comments.toLocaleString('en-US')} comments\n\n| figure | value |\n|---|---:|`);
	for (const [k, v] of Object.entries(figures)) console.log(`| ${k} | ${fmt(v)} |`);
}
