// Export speed and memory: rows/s and peak RSS per format, each format in its own child process
// (so a format's RSS is its own, worker threads included), through the same path as
// `murmur export`, then CSV once more on one thread and once as the dashboard's download.
//
//   node --import tsx bench/export.ts [--db PATH] [--comments N] [--formats csv,parquet,...]
//
// Without --db it generates a corpus of N comments (default 1,000,000) from a fixed seed with
// CorpusWriter and direct tag inserts, so it runs before `murmur demo`/`tag` exist.
// `npm run bench` calls runExportBench({ dbPath }) on the shared corpus instead.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS } from '../src/lib/export/formats';
import { defaultWorkers } from '../src/lib/export/parallel.server';

type Figures = Record<string, number | string>;

const SELF = fileURLToPath(import.meta.url);
const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface ChildResult {
	rows: number;
	seconds: number;
	maxRssMB: number;
	baselineRssMB: number;
	/** CPU time of the export: on a shared machine, rows per CPU-second is the steadier figure. */
	cpuSeconds: number;
	bytes: number;
}

/** One export in a fresh process: the figures of that format alone. `workers` as `murmur export --workers` (default: its own). */
function measure(dbPath: string, format: string, level: string, outDir: string, workers?: number): ChildResult {
	const out = join(outDir, `bench-${level}.${format}`);
	const args = ['--import', 'tsx', SELF, '--child', format, '--level', level, '--db', dbPath, '--out', out];
	if (workers !== undefined) args.push('--workers', String(workers));
	const r = spawnSync(process.execPath, args, {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, TZ: 'UTC' }
	});
	if (r.status !== 0) throw new Error(`export ${format} (${level}) exited ${r.status ?? r.signal}: ${r.stderr.slice(-2000)}`);
	const result = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as ChildResult;
	result.bytes = existsSync(out) ? statSync(out).size : 0;
	rmSync(out, { force: true });
	rmSync(`${out}.meta.json`, { force: true });
	return result;
}

/**
 * CPU time of a fixed loop. This machine's virtual CPUs share their host: the same loop took
 * 100 to 350 ms within an hour while these figures were made, so speeds are comparable only
 * alongside it.
 */
function cpuCheckMs(): number {
	const c0 = process.cpuUsage();
	const a = new Float64Array(1 << 20);
	let x = 0;
	for (let k = 0; k < 30; k++)
		for (let i = 0; i < a.length; i++) {
			a[i] = a[(i * 7919) & (a.length - 1)] + i;
			x += a[i];
		}
	const c = process.cpuUsage(c0);
	return Math.round((c.user + c.system) / 1000 + (x < 0 ? 1 : 0));
}

export async function runExportBench(ctx: { dbPath: string; workDir?: string; formats?: string[] }): Promise<Figures> {
	const dir = ctx.workDir ?? mkdtempSync(join(tmpdir(), 'murmur-export-bench-'));
	const figures: Figures = {};
	figures['CPU check: ms for a fixed loop before the runs (lower is a faster CPU; 100 at best here)'] = cpuCheckMs();
	for (const format of ctx.formats ?? EXPORT_FORMATS) {
		const r = measure(ctx.dbPath, format, 'comments', dir);
		figures[`${format} rows`] = r.rows;
		figures[`${format} seconds`] = r.seconds;
		figures[`${format} rows/s`] = Math.round(r.rows / r.seconds);
		figures[`${format} rows per CPU-second`] = Math.round(r.rows / r.cpuSeconds);
		figures[`${format} peak RSS MB`] = Math.round(r.maxRssMB);
		figures[`${format} file MB`] = Math.round((r.bytes / 2 ** 20) * 10) / 10;
		console.error(`export bench: ${format}: ${r.rows} rows in ${r.seconds.toFixed(1)} s, peak RSS ${Math.round(r.maxRssMB)} MB`);
	}
	// The text formats use worker threads by default (one per core); the same CSV on one thread
	// shows what each core does, and what a machine with one core would see.
	figures['worker threads for csv, tsv, json, ndjson (murmur export default here)'] = defaultWorkers();
	const one = measure(ctx.dbPath, 'csv', 'comments', dir, 0);
	figures['one-thread csv rows/s'] = Math.round(one.rows / one.seconds);
	figures['one-thread csv rows per CPU-second'] = Math.round(one.rows / one.cpuSeconds);
	figures['one-thread csv peak RSS MB'] = Math.round(one.maxRssMB);
	// The dashboard's download (/export.csv): the same parts and workers, through a web stream.
	const web = measure(ctx.dbPath, 'csv', 'web', dir);
	figures['HTTP download csv rows/s (the /export.csv path, its default workers)'] = Math.round(web.rows / web.seconds);
	figures['HTTP download csv rows per CPU-second'] = Math.round(web.rows / web.cpuSeconds);
	figures['HTTP download csv peak RSS MB'] = Math.round(web.maxRssMB);
	figures['CPU check: ms for the same loop after the runs'] = cpuCheckMs();
	figures['resident MB before exporting: node + tsx + export modules'] = Math.round(measure(ctx.dbPath, 'csv', 'baseline', dir).baselineRssMB);
	figures['resident MB before exporting: the whole CLI (every command loaded)'] = Math.round(measure(ctx.dbPath, 'csv', 'cli', dir).baselineRssMB);
	const a = measure(ctx.dbPath, 'csv', 'articles', dir);
	figures['article-level csv seconds'] = Math.round(a.seconds * 100) / 100;
	figures['article-level csv rows (articles)'] = a.rows;
	if (!ctx.workDir) rmSync(dir, { recursive: true, force: true });
	return figures;
}

/**
 * The child: one export through `murmur export`'s own run(), then its figures as a JSON line.
 * It loads the export command alone: the other commands' modules (lexicons, demo data) are not
 * the export's memory. `level` "baseline" only reports the resident memory of the loaded modules,
 * "cli" that of the whole CLI.
 */
async function child(format: string, level: string, dbPath: string, out: string, workers?: string): Promise<void> {
	const rss = () => process.memoryUsage().rss / 2 ** 20;
	if (level === 'cli') await import('../src/cli/main');
	const { exportCommand } = await import('../src/cli/commands/export');
	const baselineRssMB = rss();
	if (level === 'baseline' || level === 'cli') {
		process.stdout.write(JSON.stringify({ rows: 0, seconds: 0, cpuSeconds: 0, maxRssMB: 0, baselineRssMB }) + '\n');
		return;
	}
	if (level === 'web') {
		await webChild(format, dbPath);
		return;
	}
	const { Writable } = await import('node:stream');
	const quiet = new Writable({ write: (_c, _e, cb) => cb() });
	const t0 = performance.now();
	const cpu0 = process.cpuUsage();
	const code = await exportCommand.run({ format, level, out, ...(workers === undefined ? {} : { workers }) }, [], { dbPath, out: quiet, err: process.stderr });
	const seconds = (performance.now() - t0) / 1000;
	const cpu = process.cpuUsage(cpu0);
	const cpuSeconds = (cpu.user + cpu.system) / 1e6;
	if (code !== 0) throw new Error(`murmur export exited ${code}`);
	const { readFileSync } = await import('node:fs');
	const rows = JSON.parse(readFileSync(`${out}.meta.json`, 'utf8')).row_count as number;
	process.stdout.write(JSON.stringify({ rows, seconds, cpuSeconds, maxRssMB: process.resourceUsage().maxRSS / 1024, baselineRssMB }) + '\n');
}

/** A download as the route makes it (runExport with the download's workers, a web stream), read to the end. */
async function webChild(format: string, dbPath: string): Promise<void> {
	const { openReadOnly } = await import('../src/lib/server/db/open');
	const { parseExportRequest } = await import('../src/lib/export/request');
	const { runExport } = await import('../src/lib/export/run.server');
	const { downloadWorkers, toWebStream } = await import('../src/lib/export/web.server');
	const baselineRssMB = process.memoryUsage().rss / 2 ** 20;
	const t0 = performance.now();
	const cpu0 = process.cpuUsage();
	const db = openReadOnly(dbPath)!;
	const request = parseExportRequest(new URLSearchParams(''), format);
	const threads = downloadWorkers(request);
	const run = runExport(db, request, { workers: threads.workers });
	const reader = toWebStream(run.chunks, () => {
		threads.done();
		run.close();
		db.close();
	}).getReader();
	let bytes = 0;
	for (let next = await reader.read(); !next.done; next = await reader.read()) bytes += next.value.length;
	const seconds = (performance.now() - t0) / 1000;
	const cpu = process.cpuUsage(cpu0);
	const rows = run.provenance().row_count;
	process.stdout.write(
		JSON.stringify({ rows, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssMB: process.resourceUsage().maxRSS / 1024, baselineRssMB, bytes }) + '\n'
	);
}

function table(figures: Figures): string {
	const rows = Object.entries(figures).map(([k, v]) => `| ${k} | ${typeof v === 'number' ? v.toLocaleString('en-US') : v} |`);
	return ['| figure | value |', '|---|---:|', ...rows].join('\n');
}

if (process.argv[1] === SELF) {
	const { values } = parseArgs({
		options: {
			child: { type: 'string' },
			level: { type: 'string' },
			db: { type: 'string' },
			out: { type: 'string' },
			comments: { type: 'string' },
			formats: { type: 'string' },
			workers: { type: 'string' },
			keep: { type: 'boolean' }
		}
	});
	if (values.child) {
		await child(values.child, values.level ?? 'comments', values.db!, values.out!, values.workers);
	} else {
		const dir = mkdtempSync(join(tmpdir(), 'murmur-export-bench-'));
		let dbPath = values.db;
		if (!dbPath || !existsSync(dbPath)) {
			const { generateExportCorpus } = await import('./exportCorpus');
			dbPath = dbPath ?? join(dir, 'corpus.db');
			const n = Number(values.comments ?? 1_000_000);
			const t0 = performance.now();
			generateExportCorpus(dbPath, n);
			console.log(`generated ${n.toLocaleString('en-US')} tagged comments in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${dbPath}\n`);
		}
		const figures = await runExportBench({ dbPath, workDir: dir, formats: values.formats?.split(',') });
		console.log(table(figures));
		if (!values.keep) rmSync(dir, { recursive: true, force: true });
		else console.log(`\nkept ${dir}`);
	}
}
