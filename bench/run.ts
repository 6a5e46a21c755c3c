// `npm run bench [-- --comments N] [-- --keep] [-- suite...]`: one run generates the corpus once,
// then measures every part of murmur against its anchor on that same corpus, in this order:
//   demo (generates and loads the corpus) -> ingest (vs raw better-sqlite3 inserts) -> tag (vs
//   vader-sentiment and raw AFINN) -> coordination -> api (p50/p95 per endpoint) -> export (rows/s,
//   peak RSS per format) -> load (autocannon) -> page weight -> npm start time.
// Each suite runs in its own process (bench/runSuite.ts) so timings and peak RSS are its own.
// Prints one markdown table per suite and a headline table against the issues' targets, and writes
// everything to bench/results.json. Absolute times are noisy on a shared machine; compare ratios.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { headline, formatValue, type Results } from './headline';
import { openForWrite } from '../src/lib/server/db/open';
import { refreshRollups } from '../src/lib/server/db/rollups';
import { ensureBuild, privateBuild } from './serverProcess';

/** What every suite receives. Suites may add to it (corpusFile) for the suites after them. */
export interface BenchContext {
	comments: number;
	/** The demo generator's seed (default 2026, as `murmur demo`). */
	seed: string;
	/** Scratch directory of this run; removed at the end unless --keep. */
	workDir: string;
	/** The shared corpus database: loaded by the demo step, tagged by the tag step, read by the rest. */
	dbPath: string;
	/** Canonical NDJSON of the same corpus, when a step wrote one (the ingest bench reads it). */
	corpusFile?: string;
	/** A private copy of the built dashboard (made before the first suite that serves it). */
	buildDir?: string;
	[key: string]: unknown;
}

type Figures = Record<string, unknown>;
interface Suite {
	name: string;
	file: string;
	fn: string;
}
const suites: Suite[] = [
	{ name: 'demo', file: 'demo.ts', fn: 'runDemoBench' },
	{ name: 'ingest', file: 'ingest.ts', fn: 'runIngestBench' },
	{ name: 'tag', file: 'tag.ts', fn: 'runTagBench' },
	{ name: 'coordination', file: 'coordination.ts', fn: 'runCoordinationBench' },
	{ name: 'api', file: 'api.ts', fn: 'runApiBench' },
	{ name: 'export', file: 'export.ts', fn: 'runExportBench' },
	{ name: 'load', file: 'load.ts', fn: 'runLoadBench' },
	{ name: 'pageWeight', file: 'pageWeight.ts', fn: 'runPageWeightBench' },
	{ name: 'startTime', file: 'startTime.ts', fn: 'runStartTimeBench' }
];
/** Suites that read the shared corpus database. */
const NEEDS_CORPUS = new Set(['tag', 'coordination', 'api', 'export', 'load', 'pageWeight']);
/** Suites that read the dashboard's rollups: refreshed once after tag and coordination wrote. */
const READS_ROLLUPS = new Set(['api', 'export', 'load', 'pageWeight']);
/** Suites that run the built dashboard: built once (when stale) before the first of them. */
const NEEDS_BUILD = new Set(['load', 'pageWeight', 'startTime']);

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function table(figures: Figures): string {
	const rows = Object.entries(figures).map(([k, v]) => `| ${k} | ${formatValue(v)} |`);
	return ['| figure | value |', '|---|---:|', ...rows].join('\n');
}

function machine() {
	const cpus = os.cpus();
	return {
		cpu: cpus[0]?.model?.trim() ?? 'unknown',
		cores: cpus.length,
		memoryGB: Math.round(os.totalmem() / 2 ** 30),
		os: `${os.type()} ${os.release()}`,
		node: process.version,
		loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100)
	};
}

/** Runs one suite in a child process; returns its figures and the (possibly extended) context. */
function runSuite(s: Suite, ctx: BenchContext): { figures: Figures; ctx: BenchContext; seconds: number; maxRssMB?: number } {
	const ctxFile = join(ctx.workDir, `${s.name}.ctx.json`);
	const outFile = join(ctx.workDir, `${s.name}.out.json`);
	writeFileSync(ctxFile, JSON.stringify(ctx));
	rmSync(outFile, { force: true });
	const t0 = performance.now();
	const r = spawnSync(process.execPath, ['--import', 'tsx', join(BENCH_DIR, 'runSuite.ts'), join(BENCH_DIR, s.file), s.fn, ctxFile, outFile], {
		cwd: ROOT,
		stdio: ['ignore', 'inherit', 'inherit'],
		env: { ...process.env, TZ: 'UTC' }
	});
	const seconds = (performance.now() - t0) / 1000;
	if (!existsSync(outFile)) throw new Error(`exited ${r.status ?? r.signal} without a result`);
	const out = JSON.parse(readFileSync(outFile, 'utf8'));
	if (!out.ok) throw new Error(out.error);
	return { figures: out.figures ?? {}, ctx: { ...ctx, ...out.ctx }, seconds, maxRssMB: out.maxRssMB };
}

/** Loads the corpus with the CLI when no demo bench did (so every later suite has its database). */
function ensureCorpus(ctx: BenchContext): Figures | null {
	if (existsSync(ctx.dbPath)) return null;
	const t0 = performance.now();
	const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'murmur.js'), '--db', ctx.dbPath, 'demo', '--comments', String(ctx.comments), '--seed', String(ctx.seed)], {
		cwd: ROOT,
		stdio: ['ignore', 'inherit', 'inherit']
	});
	if (r.status !== 0) throw new Error(`murmur demo --comments ${ctx.comments} exited ${r.status ?? r.signal}`);
	return { 'murmur demo (generate + load) seconds': (performance.now() - t0) / 1000 };
}

function countRows(dbPath: string, sql: string): number | null {
	if (!existsSync(dbPath)) return null;
	const db = new Database(dbPath, { readonly: true });
	try {
		return Number(db.prepare(sql).pluck().get());
	} catch {
		return null;
	} finally {
		db.close();
	}
}

/** Tags the corpus with the CLI when the tag suite left comments untagged (api/export/load read tags). */
function ensureTagged(ctx: BenchContext): Figures {
	const untagged = countRows(ctx.dbPath, `SELECT count(*) FROM comments c WHERE NOT EXISTS (SELECT 1 FROM comment_tags t WHERE t.comment_id = c.id)`);
	if (!untagged) return {};
	const t0 = performance.now();
	const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'murmur.js'), '--db', ctx.dbPath, 'tag'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
	if (r.status !== 0) return { 'murmur tag of the corpus': `failed (exit ${r.status}), ${untagged} comments untagged` };
	return { 'murmur tag of the corpus (s)': (performance.now() - t0) / 1000 };
}

/**
 * The tag and coordination suites call the library (tagCorpus, runCoordination), which leaves the
 * rollup refresh to `murmur tag`; refresh once so the dashboard suites read what a user would.
 */
function ensureRollups(ctx: BenchContext): Figures {
	if (ctx.rollupsFresh) return {};
	const t0 = performance.now();
	const db = openForWrite(ctx.dbPath);
	try {
		refreshRollups(db);
	} finally {
		db.close();
	}
	ctx.rollupsFresh = true;
	return { 'rollups refreshed after tag + coordination (s)': (performance.now() - t0) / 1000 };
}

export async function main(argv: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		options: { comments: { type: 'string' }, seed: { type: 'string' }, db: { type: 'string' }, keep: { type: 'boolean' }, workdir: { type: 'string' } },
		allowPositionals: true
	});
	const comments = Number(values.comments ?? 200_000);
	if (!Number.isInteger(comments) || comments < 1000) {
		console.error(`bench: --comments must be a whole number of at least 1000, got "${values.comments}"`);
		return 2;
	}
	const unknown = positionals.filter((p) => !suites.some((s) => s.name === p));
	if (unknown.length) {
		console.error(`bench: unknown suite ${unknown.join(', ')}; suites: ${suites.map((s) => s.name).join(', ')}`);
		return 2;
	}
	const workDir = values.workdir ?? mkdtempSync(join(os.tmpdir(), 'murmur-bench-'));
	mkdirSync(workDir, { recursive: true });
	// Rollups are fresh after `murmur demo` / `murmur tag`; only the library-level tag and coordination
	// suites leave them stale (see ensureRollups).
	let ctx: BenchContext = { comments, seed: values.seed ?? '2026', workDir, dbPath: values.db ?? join(workDir, 'corpus.db'), rollupsFresh: true };
	const m = machine();
	const startedAt = new Date().toISOString();
	console.log(`# murmur bench: ${comments.toLocaleString('en-US')} comments\n`);
	console.log(`${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}, Node ${m.node}, load average at start ${m.loadAverageAtStart.join(' / ')}\n`);

	const results: Results = {};
	const timing: Record<string, number> = {};
	const runAt: Record<string, string> = {};
	const selected = suites.filter((s) => !positionals.length || positionals.includes(s.name));
	for (const s of selected) {
		console.log(`## ${s.name}\n`);
		if (!existsSync(join(BENCH_DIR, s.file))) {
			console.log('not available yet\n');
			results[s.name] = { error: 'not available yet' };
			continue;
		}
		try {
			// Suites after the corpus step need it loaded (and tagged) even when demo/tag were not selected.
			if (NEEDS_CORPUS.has(s.name)) {
				const made = { ...ensureCorpus(ctx), ...(s.name === 'tag' ? {} : ensureTagged(ctx)), ...(READS_ROLLUPS.has(s.name) ? ensureRollups(ctx) : {}) };
				if (Object.keys(made).length) {
					console.log(table(made) + '\n');
					results.corpus = { ...results.corpus, ...made };
				}
			}
			if (NEEDS_BUILD.has(s.name) && !ctx.buildDir) {
				const seconds = ensureBuild();
				ctx.buildDir = privateBuild(ctx.workDir);
				if (seconds) {
					console.log(table({ 'vite build first, not counted (s)': seconds }) + '\n');
					results.corpus = { ...results.corpus, 'vite build first, not counted (s)': seconds };
				}
			}
			const r = runSuite(s, ctx);
			ctx = r.ctx;
			if (s.name === 'tag' || s.name === 'coordination') ctx.rollupsFresh = false;
			results[s.name] = r.figures;
			timing[s.name] = r.seconds;
			runAt[s.name] = new Date().toISOString();
			console.log(table(r.figures) + '\n');
		} catch (e) {
			console.log(`failed: ${(e as Error).message.split('\n')[0]}\n`);
			console.error(`bench ${s.name} failed: ${(e as Error).message}`);
			results[s.name] = { error: (e as Error).message.split('\n')[0] };
		}
	}

	// A run of some suites only (`npm run bench -- load`) updates those suites in the last results of
	// the same corpus size, so the headline stays whole.
	const file = join(BENCH_DIR, 'results.json');
	let merged: string[] = [];
	if (positionals.length && existsSync(file)) {
		try {
			const last = JSON.parse(readFileSync(file, 'utf8'));
			if (last.comments === comments) {
				for (const [name, figures] of Object.entries(last.results as Results)) if (!(name in results)) {
					results[name] = figures;
					merged.push(name);
				}
				for (const [name, sec] of Object.entries((last.suiteSeconds ?? {}) as Record<string, number>)) timing[name] ??= sec;
				for (const [name, at] of Object.entries((last.suiteRunAt ?? {}) as Record<string, string>)) runAt[name] ??= at;
			}
		} catch {
			merged = [];
		}
	}
	if (merged.length) console.log(`(kept from the previous run of ${comments.toLocaleString('en-US')} comments: ${merged.join(', ')})\n`);
	const lines = headline(results);
	console.log('## headline: murmur against its anchors and targets\n');
	console.log(lines.markdown + '\n');
	writeFileSync(
		file,
		JSON.stringify({ comments, seed: ctx.seed, machine: m, startedAt, finishedAt: new Date().toISOString(), suiteSeconds: timing, suiteRunAt: runAt, headline: lines.rows, results }, null, 2) + '\n'
	);
	console.log(`written ${file}`);
	if (!values.keep && !values.workdir) rmSync(workDir, { recursive: true, force: true });
	else console.log(`kept ${workDir}`);
	return Object.values(results).some((f) => 'error' in f) ? 1 : 0;
}
