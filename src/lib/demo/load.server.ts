import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DB } from '../server/db/open';
import { CorpusWriter, type WriteCounts } from '../server/db/write';
import { corpusStats, type CorpusStats } from '../server/db/stats';
import { demoRun, recordDemoTruth, namespaceCounts } from '../server/db/demo';
import { listTargets, addTarget } from '../server/db/targets';
import { refreshRollups } from '../server/db/rollups';
import { ingestPaths } from '../ingest/ingestPaths';
import { DemoCorpus, DEMO_GENERATOR_VERSION, DEFAULT_COMMENTS, DEFAULT_SEED, type CampaignTruth, type DemoSummary } from './corpus';
import { SECTIONS } from './sections';
import { CORPUS_END, isoSeconds } from './time';
import type { IngestItem } from '../types';

// `murmur demo` as a library call: generate the corpus, write it through CorpusWriter in batches,
// record the campaign truth and the stance targets, then ingest the real pasted page as "sample".

export const DEMO_NAMESPACE = 'demo';
export const SAMPLE_NAMESPACE = 'sample';
export const SAMPLE_PAGE = fileURLToPath(new URL('../../../data/samples/pasted-page.txt', import.meta.url));
/** Above this many comments the generator runs in a worker thread beside the writer. */
export const PARALLEL_FROM = 100_000;

export interface DemoLoadOptions {
	comments?: number;
	seed?: string;
	/** The pasted page to ingest as namespace "sample"; null to skip it. */
	samplePath?: string | null;
	batchSize?: number;
	/** Generate in a worker thread (default: from PARALLEL_FROM comments). */
	parallel?: boolean;
	onProgress?: (written: number, total: number) => void;
}

export interface NamespaceCounts {
	articles: number;
	comments: number;
	authors: number;
}

export interface DemoLoadReport {
	summary: DemoSummary;
	campaigns: Omit<CampaignTruth, 'members'>[];
	writes: WriteCounts;
	sample: (NamespaceCounts & { path: string; error?: string }) | null;
	/** What the demo and the sample page hold together: equals `murmur stats` on a fresh database. */
	totals: NamespaceCounts & { campaigns: number };
	stats: CorpusStats;
	targetsAdded: number;
	/** Wall time of each phase: generate + write batches; threads, full-text index and truth; sample page; rollups. */
	seconds: { generateAndWrite: number; finish: number; sample: number; rollups: number; total: number };
}

/** Raised when the database already holds a demo made with other options: its truth would not match. */
export class DemoMismatch extends Error {}

export async function loadDemo(db: DB, options: DemoLoadOptions = {}): Promise<DemoLoadReport> {
	const comments = options.comments ?? DEFAULT_COMMENTS;
	const seed = options.seed ?? DEFAULT_SEED;
	const batchSize = options.batchSize ?? 5000;
	const previous = demoRun(db, DEMO_NAMESPACE);
	if (previous && (previous.seed !== seed || previous.comments !== comments || previous.generator !== DEMO_GENERATOR_VERSION))
		throw new DemoMismatch(
			`the database already holds a demo corpus made with --seed ${previous.seed} --comments ${previous.comments} (generator ${previous.generator}); ` +
				`rerun with those options, or use another --db`
		);
	const t0 = performance.now();
	const writer = new CorpusWriter(db, { namespace: DEMO_NAMESPACE, path: `demo:seed=${seed},comments=${comments}`, format: 'demo', contentHash: `${DEMO_GENERATOR_VERSION}/${seed}/${comments}` });
	const parallel = options.parallel ?? comments >= PARALLEL_FROM;
	let written = 0;
	const write = (items: IngestItem[]) => {
		writer.writeBatch(items);
		for (const it of items) if (it.kind === 'comment') written++;
		options.onProgress?.(written, comments);
	};
	const { summary, truth } = parallel ? await generateInWorker({ comments, seed }, batchSize, write) : generateInline({ comments, seed }, batchSize, write);
	const t1 = performance.now();
	const writes = writer.finish();
	recordDemoTruth(db, summary, DEMO_GENERATOR_VERSION, truth, DEMO_NAMESPACE);
	const targetsAdded = registerTargets(db);
	const t2 = performance.now();
	const sample = options.samplePath === null ? null : await loadSample(db, options.samplePath ?? SAMPLE_PAGE);
	const t3 = performance.now();
	refreshRollups(db);
	const t4 = performance.now();
	const extra = sample && !sample.error ? sample : { articles: 0, comments: 0, authors: 0 };
	return {
		summary,
		campaigns: truth.map(({ members: _members, ...c }) => c),
		writes,
		sample,
		totals: {
			articles: summary.articles + extra.articles,
			comments: summary.comments + extra.comments,
			authors: summary.authors + extra.authors,
			campaigns: summary.campaigns
		},
		stats: corpusStats(db),
		targetsAdded,
		seconds: { generateAndWrite: (t1 - t0) / 1000, finish: (t2 - t1) / 1000, sample: (t3 - t2) / 1000, rollups: (t4 - t3) / 1000, total: (t4 - t0) / 1000 }
	};
}

type Generated = { summary: DemoSummary; truth: CampaignTruth[] };

function generateInline(options: { comments: number; seed: string }, batchSize: number, write: (items: IngestItem[]) => void): Generated {
	const corpus = new DemoCorpus(options);
	let batch: IngestItem[] = [];
	for (const item of corpus.items()) {
		batch.push(item);
		if (batch.length === batchSize) {
			write(batch);
			batch = [];
		}
	}
	if (batch.length) write(batch);
	return { summary: corpus.summary(), truth: corpus.campaignTruth() };
}

function generateInWorker(options: { comments: number; seed: string }, batchSize: number, write: (items: IngestItem[]) => void): Promise<Generated> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./generate.worker.js', import.meta.url), { workerData: { options, batchSize } });
		let result: Generated | null = null;
		worker.on('message', (m: { kind: 'batch' | 'done'; items: IngestItem[] } & Partial<Generated>) => {
			try {
				if (m.items.length) write(m.items);
				if (m.kind === 'done') result = { summary: m.summary!, truth: m.truth! };
				else worker.postMessage('ack');
			} catch (e) {
				worker.terminate();
				reject(e);
			}
		});
		worker.on('error', reject);
		worker.on('exit', (code) => (result ? resolve(result) : reject(new Error(`demo: generator worker exited with code ${code} before finishing`))));
	});
}

/** One stance target per section, so `murmur tag` finds them; targets already configured are left alone. */
function registerTargets(db: DB): number {
	const existing = new Set(listTargets(db).map((t) => t.name));
	let added = 0;
	for (const s of SECTIONS) if (!existing.has(s.target) && addTarget(db, s.target, s.aliases, isoSeconds(CORPUS_END))) added++;
	return added;
}

async function loadSample(db: DB, path: string): Promise<NamespaceCounts & { path: string; error?: string }> {
	if (!existsSync(path)) return { path, articles: 0, comments: 0, authors: 0, error: `${path}: not found` };
	// A fixed capture time keeps the records identical on every run (the page shows no dates).
	const result = await ingestPaths(db, [path], { format: 'page', source: SAMPLE_NAMESPACE, captured: isoSeconds(CORPUS_END), rejectsPath: null });
	const error = result.files.find((f) => f.error)?.error;
	return { path, ...namespaceCounts(db, SAMPLE_NAMESPACE), ...(error ? { error } : {}) };
}
