// The comment half of `murmur tag`: every stale comment, in id order, in batches that this thread
// reads and the worker pool analyses and writes (each worker through its own connection, taking
// turns by a shared lock). A batch is handed out as soon as any worker is short of work, whatever
// order earlier batches finish in; the forced-pass cursor only moves past batches all written.
// It starts while the first worker still tags the articles: the other workers analyse the
// comments whose articles are done and write them once the vocabulary is final (articleGate.ts).
import type { DB } from '../server/db/open';
import { staleComments, countStaleComments, topicVocabulary, articleContexts, commentTagWriter, TopicIds, setMeta, pauseCheckpoints, type StaleBatch } from '../server/db/tagging';
import { NLP_VERSION } from '../nlp/analyze';
import type { TaggerPool, WorkerConfig } from './pool';
import type { CommentContext } from './tagger';
import type { ArticleGate } from './articleGate';
import { WriteLock } from './writeLock';

export const FORCE_KEY = 'tagging.force_after';

/** Batches in flight per worker: one being analysed, others waiting or being written. */
const PER_WORKER = 6;
/** ...and no more text in flight than this (UTF-16 code units), however long the comments. */
const MAX_CHARS_IN_FLIGHT = 32_000_000;
/**
 * Comments analysed early are held in their worker until the vocabulary is final: at most this
 * many (~40k fit in the articles' time on a 200-article, 2-core run), and this much text.
 */
const MAX_EARLY = 100_000;
const MAX_EARLY_CHARS = 8_000_000;

export interface CommentPassOptions {
	force: boolean;
	after: number;
	batchSize: number;
	now: () => string;
	onProgress?: (p: { phase: 'comments'; done: number; total: number }) => void;
	/** The article pass running beside this one. */
	articles: ArticleGate;
}

export interface CommentPassResult {
	comments: number;
	/** Of which analysed while the articles were still being tagged. */
	early: number;
}

export async function tagComments(db: DB, pool: TaggerPool, topicIds: TopicIds, o: CommentPassOptions): Promise<CommentPassResult> {
	const total = countStaleComments(db, { afterId: o.after, version: NLP_VERSION, force: o.force });
	// Workers write their own batches when they can reach the database by path; else this thread writes.
	const workersWrite = pool.size > 0 && db.name !== ':memory:' && db.name !== '';
	const lock = new WriteLock(WriteLock.memory());
	const writeTo: WorkerConfig['writeTo'] = workersWrite ? { path: db.name, version: NLP_VERSION, lock: lock.memory } : undefined;
	const write = workersWrite ? null : commentTagWriter(db, NLP_VERSION, topicIds).write;
	// The workers checkpoint the WAL; this thread's small cursor writes would each copy all of it.
	const resumeCheckpoints = workersWrite ? pauseCheckpoints(db) : () => {};
	try {
		return await commentLoop(db, pool, lock, write, writeTo, total, o);
	} finally {
		resumeCheckpoints();
	}
}

interface InFlight {
	/** Id of the batch's last comment. */
	last: number;
	chars: number;
	early: boolean;
	/** Rows written, once it is. */
	written: number | null;
}

async function commentLoop(
	db: DB,
	pool: TaggerPool,
	lock: WriteLock,
	write: ReturnType<typeof commentTagWriter>['write'] | null,
	writeTo: WorkerConfig['writeTo'],
	total: number,
	o: CommentPassOptions
): Promise<CommentPassResult> {
	const gate = o.articles;
	const contexts = new Map<number, CommentContext>();
	const depth = Math.max(1, pool.size) * PER_WORKER;
	// Early comments need a worker besides the one tagging the articles, and workers that write.
	const earlyWorkers = writeTo && pool.size > 1;
	const inFlight: InFlight[] = [];
	let after = o.after;
	let done = 0;
	let analysedEarly = 0;
	let exhausted = false;
	/** The next batch, read but waiting for its articles. */
	let held: StaleBatch | null = null;
	/** Batches handed out and not yet written, and their text; early ones apart. */
	let busy = 0;
	let chars = 0;
	let early = 0;
	let earlyChars = 0;
	let configured = false;
	let failure: Error | null = null;
	let wake: () => void = () => {};
	gate.changed = () => wake();

	/** Hands out the next batch; false when it must wait for its articles. */
	const dispatch = (): boolean => {
		const batch = held ?? staleComments(db, { afterId: after, limit: o.batchSize, version: NLP_VERSION, force: o.force });
		held = null;
		if (!batch.ids.length) {
			exhausted = true;
			return false;
		}
		if (!configured && !batch.articleIds.every((id) => gate.ready(id))) {
			held = batch;
			return false;
		}
		after = batch.ids[batch.ids.length - 1];
		const missing = [...new Set(batch.articleIds)].filter((id) => !contexts.has(id));
		for (const [id, ctx] of articleContexts(db, missing)) contexts.set(id, ctx);
		const used: Record<number, CommentContext> = {};
		for (const id of batch.articleIds) used[id] = contexts.get(id)!;
		let size = 0;
		for (const t of batch.texts) size += t.length;
		const entry: InFlight = { last: after, chars: size, early: !configured, written: null };
		const finished = write
			? pool.comments(batch, used).then((rows) => {
					write(rows, o.now(), o.force ? [FORCE_KEY, String(entry.last)] : undefined);
					return rows.length;
				})
			: pool.tagAndWrite(batch, used, o.now(), entry.early);
		finished.then(
			(n) => {
				entry.written = n;
				if (entry.early) {
					early -= batch.ids.length;
					earlyChars -= size;
				} else {
					busy--;
					chars -= size;
				}
				wake();
			},
			(e: Error) => {
				failure ??= e;
				wake();
			}
		);
		inFlight.push(entry);
		if (entry.early) {
			analysedEarly += batch.ids.length;
			early += batch.ids.length;
			earlyChars += size;
		} else {
			busy++;
			chars += size;
		}
		return true;
	};

	/** Once every article is written: the vocabulary (and where to write) to every worker. */
	const configure = () => {
		configured = true;
		// Not awaited: each worker takes its messages in order, so batches sent after this see it.
		pool.configure({ vocabulary: topicVocabulary(db), ...(writeTo ? { writeTo } : {}) }).catch((e: Error) => {
			failure ??= e;
			wake();
		});
		o.onProgress?.({ phase: 'comments', done, total });
	};

	for (;;) {
		if (gate.failure) throw gate.failure;
		if (failure) throw failure;
		if (!configured && gate.open) configure();
		if (configured) {
			while (!exhausted && busy < depth && (busy === 0 || chars < MAX_CHARS_IN_FLIGHT) && dispatch());
		} else if (earlyWorkers) {
			while (!exhausted && early < MAX_EARLY && earlyChars < MAX_EARLY_CHARS && dispatch());
		}
		// Idle: no more early batches to hand out, and the ones handed out are analysed.
		gate.commentsIdle = !configured && (!earlyWorkers || ((exhausted || early >= MAX_EARLY || earlyChars >= MAX_EARLY_CHARS) && pool.earlyQueued === 0));
		gate.commentsHeld = held !== null;
		if (configured && exhausted && !inFlight.length) break;
		// Woken by any batch written, and by the articles' progress.
		if ((!inFlight.length || inFlight[0].written === null) && !(gate.open && !configured)) await new Promise<void>((resolve) => (wake = resolve));
		if (failure) throw failure;
		// Count the batches written in order; later ones that finished first wait their turn here.
		let last: number | null = null;
		while (inFlight.length && inFlight[0].written !== null) {
			const entry = inFlight.shift()!;
			done += entry.written!;
			last = entry.last;
		}
		if (last === null) continue;
		// Only when no worker is writing: this thread must not stall dispatch, and a cursor saved a
		// batch or two late merely re-tags those after a kill.
		if (!write && o.force && lock.tryAcquire()) {
			try {
				setMeta(db, FORCE_KEY, String(last));
			} finally {
				lock.release();
			}
		}
		o.onProgress?.({ phase: 'comments', done, total: Math.max(total, done) });
	}
	return { comments: done, early: analysedEarly };
}
