// Coordination benchmark: `runCoordination` over a whole corpus (read every comment, detect
// near-duplicates, templates and bursts, rewrite the evidence tables), in seconds and comments/s.
// Target: 1,000,000 comments in under 60 s on a 2-core machine.
//   From `npm run bench`: runs on the shared corpus database the demo step loaded (ctx.dbPath),
//   and scores the flags against the demo's truth table of planted campaigns.
//   Standalone: `npx tsx bench/coordination.ts --comments 1000000 [--db PATH]` generates a seeded
//   synthetic corpus with planted campaigns (eval/coordinationCorpus.ts), loads it into a scratch
//   database (not timed) and also reports precision and recall against the planted truth.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { openForWrite } from '../src/lib/server/db/open';
import { runCoordination } from '../src/lib/coordination/run';
import { flaggedCommentKeys, plantedCampaignScore } from '../src/lib/server/db/coordination';
import { syntheticCorpus } from '../eval/coordinationCorpus';
import { loadItems, storyItems, storyTruth } from '../eval/coordinationLoad';

type Figures = Record<string, number | string>;

export async function runCoordinationBench(ctx: { comments?: number; dbPath?: string }): Promise<Figures> {
	const comments = ctx.comments ?? 200_000;
	let dbPath = ctx.dbPath && existsSync(ctx.dbPath) ? ctx.dbPath : null;
	let scratch: string | null = null;
	let truth: Map<string, string> | null = null;
	const setup: Figures = {};
	if (!dbPath) {
		scratch = mkdtempSync(join(tmpdir(), 'murmur-coord-bench-'));
		dbPath = join(scratch, 'bench.db');
		const t0 = performance.now();
		const corpus = syntheticCorpus({ seed: 1, comments, stories: Math.max(20, Math.round(comments / 200)), campaigns: Math.max(12, Math.round(comments / 25_000)) });
		loadItems(storyItems(corpus.stories), 'bench', openForWrite(dbPath)).close();
		truth = storyTruth(corpus.stories, corpus.truth);
		setup['corpus generate + load seconds (not timed below)'] = round((performance.now() - t0) / 1000);
	}
	const db = openForWrite(dbPath);
	try {
		const cpu0 = process.cpuUsage();
		const t0 = performance.now();
		const s = await runCoordination(db);
		const seconds = (performance.now() - t0) / 1000;
		const cpu = process.cpuUsage(cpu0);
		const figures: Figures = {
			'whole corpus (read, detect, write) seconds': round(seconds),
			comments: s.comments,
			'comments/s': Math.round(s.comments / seconds),
			'CPU seconds (all threads)': round((cpu.user + cpu.system) / 1e6),
			'read + per-story analysis seconds': s.phases.read,
			'corpus-wide detection seconds': s.phases.detect,
			'write seconds': s.phases.write,
			'worker threads': s.workers,
			clusters: s.clusters,
			'flagged comments': s.flagged,
			bursts: s.bursts,
			'peak RSS MB': Math.round(process.resourceUsage().maxRSS / 1024),
			'projected seconds at 1,000,000 comments': round((seconds * 1_000_000) / Math.max(1, s.comments)),
			...setup
		};
		const planted = truth ? null : plantedCampaignScore(db);
		if (planted) {
			figures['precision vs planted (demo truth table)'] = round(planted.flagged ? planted.hits / planted.flagged : 1, 4);
			figures['recall vs planted (demo truth table)'] = round(planted.planted ? planted.hits / planted.planted : 1, 4);
		}
		if (truth) {
			const flagged = flaggedCommentKeys(db);
			let hits = 0;
			for (const k of flagged) if (truth.has(k)) hits++;
			figures['precision vs planted'] = round(flagged.size ? hits / flagged.size : 1, 3);
			figures['recall vs planted'] = round(truth.size ? hits / truth.size : 1, 3);
		}
		return figures;
	} finally {
		db.close();
		if (scratch) rmSync(scratch, { recursive: true, force: true });
	}
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const { values } = parseArgs({ options: { comments: { type: 'string' }, db: { type: 'string' } } });
	const figures = await runCoordinationBench({ comments: values.comments ? Number(values.comments) : 200_000, dbPath: values.db });
	console.log('| figure | value |\n|---|---:|');
	for (const [k, v] of Object.entries(figures)) console.log(`| ${k} | ${typeof v === 'number' ? v.toLocaleString('en-US') : v} |`);
}
