import { availableParallelism } from 'node:os';
import type { DB } from '../server/db/open';
import {
	countCoordinationComments,
	iterateCoordinationComments,
	commentTexts,
	writeCoordination
} from '../server/db/coordination';
import { CoordinationDetector, DETECTOR_DEFAULTS, type DetectorOptions, type StoryInput } from './detector';
import { AnalyzerPool } from './parallel';
import type { BatchAnalysis } from './analyze';
import { longestSharedRun, templatePhrase } from './evidence';

export interface CoordinationOptions {
	/** Near-duplicate Jaccard threshold on word shingles (default 0.5). */
	threshold?: number;
	/** Reading counts the first `total` units, clustering the second: total is 2 x comments. */
	onProgress?: (done: number, total: number) => void;
	/** Finer settings, for evaluation and tests. */
	detector?: Partial<DetectorOptions>;
	/**
	 * Worker threads for the per-story analysis; 0 analyses in the main thread. Default: one per
	 * core (at most 2) from 20,000 comments, since starting workers costs about a second.
	 */
	workers?: number;
}

export interface CoordinationSummary {
	clusters: number;
	flagged: number;
	bursts: number;
	comments: number;
	seconds: number;
	/** Wall seconds per phase: reading and per-story analysis, corpus-wide detection, writing. */
	phases: { read: number; detect: number; write: number };
	workers: number;
}

const toSeconds = (iso: string | null) => (iso ? Date.parse(iso) / 1000 : NaN);

const BATCH = 4000;

/**
 * Streams the comments story by story into the detector: in batches of about BATCH comments,
 * analysed by the pool's workers when there is a pool (merged back in order), else inline.
 */
async function readStories(db: DB, detector: CoordinationDetector, pool: AnalyzerPool | null, progress: (done: number) => void): Promise<void> {
	const pending: { stories: StoryInput[]; result: Promise<BatchAnalysis> }[] = [];
	let batch: StoryInput[] = [];
	let texts: string[] = [];
	let base = 0,
		done = 0;
	const drain = async (keep: number) => {
		while (pending.length > keep) {
			const next = pending.shift()!;
			detector.addAnalyzed(next.stories, await next.result);
		}
	};
	const flush = async () => {
		if (!batch.length) return;
		if (!pool) {
			let k = 0;
			for (const s of batch) for (const c of s.comments) c.text = texts[k++];
			detector.addStories(batch);
		} else {
			// The worker gets the texts; the main thread keeps only what the merge needs.
			pending.push({ stories: batch, result: pool.submit(batch, texts, base) });
			await drain(2 * pool.size);
		}
		base += texts.length;
		batch = [];
		texts = [];
	};
	let story: StoryInput | null = null;
	for (const [id, articleId, authorId, createdAt, publishedAt, text, fresh] of iterateCoordinationComments(db)) {
		if (!story || story.articleId !== articleId) {
			if (texts.length >= BATCH) await flush();
			story = { articleId, published: toSeconds(publishedAt), comments: [] };
			batch.push(story);
		}
		story.comments.push({ id, author: authorId, time: toSeconds(createdAt), text: '', fresh: fresh === 1 });
		texts.push(text);
		if (++done % 10000 === 0) progress(done);
	}
	await flush();
	await drain(0);
}

/**
 * Rebuilds the coordination evidence of the whole database: near-duplicate and template
 * clusters, flags, bursts and story summaries. `murmur coordination` and `murmur tag` call it.
 */
export async function runCoordination(db: DB, opts: CoordinationOptions = {}): Promise<CoordinationSummary> {
	const started = performance.now();
	const threshold = opts.threshold ?? DETECTOR_DEFAULTS.nearDuplicate.threshold;
	if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`coordination threshold must be in (0, 1], got ${threshold}`);
	const detector = new CoordinationDetector({
		...opts.detector,
		nearDuplicate: { ...DETECTOR_DEFAULTS.nearDuplicate, ...opts.detector?.nearDuplicate, threshold }
	});
	const total = countCoordinationComments(db);
	const report = opts.onProgress ?? (() => {});
	report(0, 2 * total);

	const workers = opts.workers ?? (total >= 20_000 ? Math.min(2, availableParallelism()) : 0);
	const pool = workers > 0 ? await AnalyzerPool.start(workers, detector.opts) : null;
	try {
		await readStories(db, detector, pool, (done) => report(done, 2 * total));
	} finally {
		await pool?.close();
	}
	report(total, 2 * total);
	const read = performance.now();

	const result = detector.finish((band, bands) => report(total + Math.round((total * band) / bands), 2 * total));

	// Each cluster shows what its closest pair shares: the longest common run of words of a
	// near-duplicate, the words in order of a template's opening or closing.
	const pairs = result.clusters.filter((c) => c.evidencePair);
	const texts = commentTexts(db, pairs.flatMap((c) => c.evidencePair!));
	for (const c of pairs) {
		const [a, b] = c.evidencePair!.map((id) => texts.get(id) ?? '');
		c.sharedPhrase = (c.method === 'template' ? templatePhrase(a, b, c.part ?? 'opening', detector.opts.template.maxWords) : longestSharedRun(a, b)) || null;
	}

	const detected = performance.now();
	const seconds = (detected - started) / 1000;
	writeCoordination(db, result, {
		threshold,
		ranAt: new Date().toISOString().slice(0, 19) + 'Z',
		clusters: result.clusters.length,
		flagged: result.flagged,
		bursts: result.bursts.length,
		comments: result.comments,
		seconds: Math.round(seconds * 100) / 100
	});
	report(2 * total, 2 * total);
	const ended = performance.now();
	const secs = (a: number, b: number) => Math.round((b - a) / 10) / 100;
	return {
		clusters: result.clusters.length,
		flagged: result.flagged,
		bursts: result.bursts.length,
		comments: result.comments,
		seconds: (ended - started) / 1000,
		phases: { read: secs(started, read), detect: secs(read, detected), write: secs(detected, ended) },
		workers: pool?.size ?? 0
	};
}
