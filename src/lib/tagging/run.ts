// `murmur tag`: the NLP pass over a corpus. Articles first (their topics grow the vocabulary and
// give comments their default stance target), then every stale comment (commentPass.ts).
// A kill loses at most the batches in flight; the next run picks up what is still stale. A forced
// run (or one forced by changed targets) keeps its cursor in `meta`, so it resumes too.
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { DB } from '../server/db/open';
import {
	staleArticles,
	countStaleArticles,
	topicVocabulary,
	writeArticleTopics,
	TopicIds,
	getMeta,
	setMeta,
	type ArticleTopicRow
} from '../server/db/tagging';
import { listTargets } from '../server/db/targets';
import { restoreAbandonedTagIndexes, restoreTagIndexes, suspendTagIndexes, worthSuspendingTagIndexes } from '../server/db/tagIndexes';
import { NLP_VERSION } from '../nlp/analyze';
import { TaggerPool } from './pool';
import { tagComments, FORCE_KEY } from './commentPass';

export interface TagOptions {
	/** Worker threads; default one per core; 0 analyses in this thread. */
	workers?: number;
	/** Re-tag everything, not only stale rows. */
	force?: boolean;
	batchSize?: number;
	/** Language assumed for texts too short to tell. */
	fallbackLang?: string;
	onProgress?: (p: { phase: 'articles' | 'comments'; done: number; total: number }) => void;
	/** Clock, for tests: ISO-8601 UTC seconds. */
	now?: () => string;
	/** A first tag of at least this many comments builds the tag tables' indexes at the end (tagIndexes.ts). */
	bulkIndexMin?: number;
}

export interface TagSummary {
	version: string;
	articles: number;
	comments: number;
	/** Why every row was re-tagged, if it was. */
	forced: string | null;
	seconds: number;
	/** Of which building the tag tables' indexes at the end of a large first tag (tagIndexes.ts); 0 if kept. */
	indexSeconds: number;
}

const TARGETS_KEY = 'tagging.targets';
const ARTICLE_BATCH = 10;
const SPREAD_ARTICLES = 40;

export function defaultWorkers(): number {
	return availableParallelism();
}

const isoNow = () => new Date().toISOString().slice(0, 19) + 'Z';

export async function tagCorpus(db: DB, opts: TagOptions = {}): Promise<TagSummary> {
	const t0 = performance.now();
	const now = opts.now ?? isoNow;
	const batchSize = opts.batchSize ?? 2000;
	const targets = listTargets(db).map((t) => ({ name: t.name, aliases: t.aliases }));
	const fingerprint = createHash('sha1').update(JSON.stringify(targets)).digest('hex');

	// Decide whether this is a forced pass and where it starts.
	let forced: string | null = null;
	let forceAfter = 0;
	const pending = getMeta(db, FORCE_KEY);
	const previous = getMeta(db, TARGETS_KEY);
	if (opts.force) forced = '--force';
	else if (pending !== null) {
		forced = 'resuming an interrupted forced pass';
		forceAfter = Number(pending);
	} else if (previous !== null && previous !== fingerprint) forced = 'stance targets changed';
	if (forced && pending === null) setMeta(db, FORCE_KEY, '0');
	if (opts.force) setMeta(db, FORCE_KEY, '0');

	// A pass killed during a first tag left the tag tables unindexed (tagIndexes.ts).
	restoreAbandonedTagIndexes(db);
	const pool = new TaggerPool(opts.workers ?? defaultWorkers());
	let suspended = false;
	let articles: number;
	let comments: number;
	let indexSeconds = 0;
	try {
		await pool.configure({ targets, fallbackLang: opts.fallbackLang ?? 'en' });
		const topicIds = new TopicIds(db);
		articles = await tagArticles(db, pool, topicIds, !!forced && forceAfter === 0, now, opts.onProgress);
		await pool.configure({ vocabulary: topicVocabulary(db) });
		suspended = worthSuspendingTagIndexes(db, opts.bulkIndexMin) && suspendTagIndexes(db);
		comments = await tagComments(db, pool, topicIds, { force: !!forced, after: forceAfter, batchSize, now, onProgress: opts.onProgress });
		setMeta(db, TARGETS_KEY, fingerprint);
		setMeta(db, FORCE_KEY, null);
	} finally {
		await pool.close();
		// After the workers are gone: none is left holding the write lock.
		const r0 = performance.now();
		if (suspended) restoreTagIndexes(db);
		indexSeconds = (performance.now() - r0) / 1000;
	}
	return { version: NLP_VERSION, articles, comments, forced, seconds: (performance.now() - t0) / 1000, indexSeconds };
}

async function tagArticles(db: DB, pool: TaggerPool, topicIds: TopicIds, force: boolean, now: () => string, onProgress: TagOptions['onProgress']): Promise<number> {
	let after = 0;
	let done = 0;
	const total = countStaleArticles(db, { version: NLP_VERSION, force });
	// compromise takes ~0.3 s of CPU to load in each worker and parses an article in ~8 ms: a
	// few dozen articles are done sooner by one worker, more are spread over all of them.
	const spread = total > SPREAD_ARTICLES;
	// A few batches in flight per worker; results are written in the order they were read.
	const depth = Math.max(1, pool.size) * 3;
	const inFlight: Promise<ArticleTopicRow[]>[] = [];
	let exhausted = false;
	while (!exhausted || inFlight.length) {
		while (!exhausted && inFlight.length < depth) {
			const batch = staleArticles(db, { afterId: after, limit: ARTICLE_BATCH, version: NLP_VERSION, force });
			if (!batch.length) exhausted = true;
			else {
				after = batch[batch.length - 1].id;
				inFlight.push(pool.articles(batch, spread));
			}
		}
		const next = inFlight.shift();
		if (!next) break;
		const rows = await next;
		writeArticleTopics(db, rows, NLP_VERSION, now(), topicIds);
		done += rows.length;
		onProgress?.({ phase: 'articles', done, total: Math.max(total, done) });
	}
	return done;
}
