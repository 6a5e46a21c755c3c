// `murmur tag`: the NLP pass over a corpus. Articles first (their topics grow the vocabulary and
// give comments their default stance target), then every stale comment, in id order, in batches
// analysed by a worker pool and written by this thread in order, one transaction per batch.
// A kill loses at most the batches in flight; the next run picks up what is still stale. A forced
// run (or one forced by changed targets) keeps its cursor in `meta`, so it resumes too.
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { DB } from '../server/db/open';
import {
	staleComments,
	countStaleComments,
	staleArticles,
	countStaleArticles,
	topicVocabulary,
	articleContexts,
	writeArticleTopics,
	commentTagWriter,
	TopicIds,
	getMeta,
	setMeta
} from '../server/db/tagging';
import { listTargets } from '../server/db/targets';
import { NLP_VERSION } from '../nlp/analyze';
import { TaggerPool } from './pool';
import type { CommentContext } from './tagger';

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
}

export interface TagSummary {
	version: string;
	articles: number;
	comments: number;
	/** Why every row was re-tagged, if it was. */
	forced: string | null;
	seconds: number;
}

const FORCE_KEY = 'tagging.force_after';
const TARGETS_KEY = 'tagging.targets';
const ARTICLE_BATCH = 25;
const SPREAD_ARTICLES = 1000;

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

	const pool = new TaggerPool(opts.workers ?? defaultWorkers());
	try {
		await pool.configure({ targets, fallbackLang: opts.fallbackLang ?? 'en' });
		const topicIds = new TopicIds(db);
		const articles = await tagArticles(db, pool, topicIds, !!forced && forceAfter === 0, now, opts.onProgress);
		await pool.configure({ vocabulary: topicVocabulary(db) });
		const comments = await tagComments(db, pool, topicIds, { force: !!forced, after: forceAfter, batchSize, now, onProgress: opts.onProgress });
		setMeta(db, TARGETS_KEY, fingerprint);
		setMeta(db, FORCE_KEY, null);
		return { version: NLP_VERSION, articles, comments, forced, seconds: (performance.now() - t0) / 1000 };
	} finally {
		await pool.close();
	}
}

async function tagArticles(db: DB, pool: TaggerPool, topicIds: TopicIds, force: boolean, now: () => string, onProgress: TagOptions['onProgress']): Promise<number> {
	let after = 0;
	let done = 0;
	const total = countStaleArticles(db, { version: NLP_VERSION, force });
	// compromise takes ~1.5 s of CPU to load in each worker; a few hundred articles are parsed
	// sooner by one worker than that costs, so only many articles are spread over all workers.
	const spread = total > SPREAD_ARTICLES;
	for (;;) {
		// Read a few batches ahead so every worker has one.
		const batches = [];
		for (let i = 0; i < Math.max(1, pool.size) * 2; i++) {
			const batch = staleArticles(db, { afterId: after, limit: ARTICLE_BATCH, version: NLP_VERSION, force });
			if (!batch.length) break;
			after = batch[batch.length - 1].id;
			batches.push(pool.articles(batch, spread));
		}
		if (!batches.length) break;
		for (const rows of await Promise.all(batches)) {
			writeArticleTopics(db, rows, NLP_VERSION, now(), topicIds);
			done += rows.length;
			onProgress?.({ phase: 'articles', done, total: Math.max(total, done) });
		}
	}
	return done;
}

interface CommentPassOptions {
	force: boolean;
	after: number;
	batchSize: number;
	now: () => string;
	onProgress: TagOptions['onProgress'];
}

async function tagComments(db: DB, pool: TaggerPool, topicIds: TopicIds, o: CommentPassOptions): Promise<number> {
	const total = countStaleComments(db, { afterId: o.after, version: NLP_VERSION, force: o.force });
	// Workers write their own batches when they can reach the database by path; else this thread writes.
	const workersWrite = pool.size > 0 && db.name !== ':memory:' && db.name !== '';
	if (workersWrite) await pool.configure({ writeTo: { path: db.name, version: NLP_VERSION } });
	const write = workersWrite ? null : commentTagWriter(db, NLP_VERSION, topicIds);
	const contexts = new Map<number, CommentContext>();
	const kinds = new Map(topicVocabulary(db).map((t) => [t.name, t.kind]));
	const depth = Math.max(1, pool.size) * 2;
	const inFlight: { last: number; done: Promise<number> }[] = [];
	let after = o.after;
	let done = 0;
	let exhausted = false;
	o.onProgress?.({ phase: 'comments', done, total });
	while (!exhausted || inFlight.length) {
		while (!exhausted && inFlight.length < depth) {
			const batch = staleComments(db, { afterId: after, limit: o.batchSize, version: NLP_VERSION, force: o.force });
			if (!batch.length) {
				exhausted = true;
				break;
			}
			after = batch[batch.length - 1].id;
			const missing = [...new Set(batch.map((c) => c.articleId))].filter((id) => !contexts.has(id));
			for (const [id, ctx] of articleContexts(db, missing)) {
				contexts.set(id, { topics: ctx.topics, target: ctx.target, mainTopic: ctx.mainTopic, mainKind: ctx.mainTopic ? (kinds.get(ctx.mainTopic) ?? null) : null });
			}
			const used: Record<number, CommentContext> = {};
			for (const c of batch) used[c.articleId] = contexts.get(c.articleId)!;
			const last = after;
			const finished = write
				? pool.comments(batch, used).then((rows) => {
						write(rows, o.now(), o.force ? [FORCE_KEY, String(last)] : undefined);
						return rows.length;
					})
				: pool.tagAndWrite(batch, used, o.now());
			inFlight.push({ last, done: finished });
		}
		// Batches finish in any order; the forced-pass cursor only moves past batches all written.
		const next = inFlight.shift();
		if (!next) break;
		const n = await next.done;
		if (!write && o.force) setMeta(db, FORCE_KEY, String(next.last));
		done += n;
		o.onProgress?.({ phase: 'comments', done, total: Math.max(total, done) });
	}
	return done;
}
