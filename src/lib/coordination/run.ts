import type { DB } from '../server/db/open';
import {
	countCoordinationComments,
	iterateCoordinationComments,
	commentTexts,
	writeCoordination
} from '../server/db/coordination';
import { CoordinationDetector, DETECTOR_DEFAULTS, type DetectorOptions, type StoryInput } from './detector';
import { longestSharedRun } from './evidence';

export interface CoordinationOptions {
	/** Near-duplicate Jaccard threshold on word shingles (default 0.5). */
	threshold?: number;
	/** Reading counts the first `total` units, clustering the second: total is 2 x comments. */
	onProgress?: (done: number, total: number) => void;
	/** Finer settings, for evaluation and tests. */
	detector?: Partial<DetectorOptions>;
}

export interface CoordinationSummary {
	clusters: number;
	flagged: number;
	bursts: number;
	comments: number;
	seconds: number;
}

const toSeconds = (iso: string | null) => (iso ? Date.parse(iso) / 1000 : NaN);

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

	let story: StoryInput | null = null;
	let done = 0;
	for (const row of iterateCoordinationComments(db)) {
		if (!story || story.articleId !== row.article_id) {
			if (story) detector.addStory(story);
			story = { articleId: row.article_id, published: toSeconds(row.published_at), comments: [] };
		}
		story.comments.push({ id: row.id, author: row.author_id, time: toSeconds(row.created_at), text: row.text });
		if (++done % 10000 === 0) report(done, 2 * total);
	}
	if (story) detector.addStory(story);
	report(total, 2 * total);

	const result = detector.finish((band, bands) => report(total + Math.round((total * band) / bands), 2 * total));

	// Near-duplicate clusters show the longest run of words their closest pair shares.
	const pairs = result.clusters.filter((c) => c.method === 'near-duplicate' && c.evidencePair);
	const texts = commentTexts(db, pairs.flatMap((c) => c.evidencePair!));
	for (const c of pairs) {
		const [a, b] = c.evidencePair!;
		c.sharedPhrase = longestSharedRun(texts.get(a) ?? '', texts.get(b) ?? '') || null;
	}

	const seconds = (performance.now() - started) / 1000;
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
	return { clusters: result.clusters.length, flagged: result.flagged, bursts: result.bursts.length, comments: result.comments, seconds };
}
