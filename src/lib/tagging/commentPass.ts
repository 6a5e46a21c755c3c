// The comment half of `murmur tag`: every stale comment, in id order, in batches that this thread
// reads and the worker pool analyses and writes (each worker through its own connection, taking
// turns by a shared lock). A batch is handed out as soon as any worker is short of work, whatever
// order earlier batches finish in; the forced-pass cursor only moves past batches all written.
import type { DB } from '../server/db/open';
import { staleComments, countStaleComments, topicVocabulary, articleContexts, commentTagWriter, TopicIds, setMeta, pauseCheckpoints } from '../server/db/tagging';
import { NLP_VERSION } from '../nlp/analyze';
import type { TaggerPool } from './pool';
import type { CommentContext } from './tagger';
import { WriteLock } from './writeLock';

export const FORCE_KEY = 'tagging.force_after';

/** Batches in flight per worker: one being analysed, others waiting or being written. */
const PER_WORKER = 6;
/** ...and no more text in flight than this (UTF-16 code units), however long the comments. */
const MAX_CHARS_IN_FLIGHT = 32_000_000;

export interface CommentPassOptions {
	force: boolean;
	after: number;
	batchSize: number;
	now: () => string;
	onProgress?: (p: { phase: 'comments'; done: number; total: number }) => void;
}

export async function tagComments(db: DB, pool: TaggerPool, topicIds: TopicIds, o: CommentPassOptions): Promise<number> {
	const total = countStaleComments(db, { afterId: o.after, version: NLP_VERSION, force: o.force });
	// Workers write their own batches when they can reach the database by path; else this thread writes.
	const workersWrite = pool.size > 0 && db.name !== ':memory:' && db.name !== '';
	const lock = new WriteLock(WriteLock.memory());
	if (workersWrite) await pool.configure({ writeTo: { path: db.name, version: NLP_VERSION, lock: lock.memory } });
	const write = workersWrite ? null : commentTagWriter(db, NLP_VERSION, topicIds).write;
	// The workers checkpoint the WAL; this thread's small cursor writes would each copy all of it.
	const resumeCheckpoints = workersWrite ? pauseCheckpoints(db) : () => {};
	try {
		return await commentLoop(db, pool, lock, write, total, o);
	} finally {
		resumeCheckpoints();
	}
}

interface InFlight {
	/** Id of the batch's last comment. */
	last: number;
	chars: number;
	/** Rows written, once it is. */
	written: number | null;
}

async function commentLoop(
	db: DB,
	pool: TaggerPool,
	lock: WriteLock,
	write: ReturnType<typeof commentTagWriter>['write'] | null,
	total: number,
	o: CommentPassOptions
): Promise<number> {
	const contexts = new Map<number, CommentContext>();
	const kinds = new Map(topicVocabulary(db).map((t) => [t.name, t.kind]));
	const depth = Math.max(1, pool.size) * PER_WORKER;
	const inFlight: InFlight[] = [];
	let after = o.after;
	let done = 0;
	let exhausted = false;
	/** Batches handed out and not yet written, and their text. */
	let busy = 0;
	let chars = 0;
	let failure: Error | null = null;
	let wake: () => void = () => {};
	o.onProgress?.({ phase: 'comments', done, total });

	const dispatch = () => {
		const batch = staleComments(db, { afterId: after, limit: o.batchSize, version: NLP_VERSION, force: o.force });
		if (!batch.ids.length) {
			exhausted = true;
			return;
		}
		after = batch.ids[batch.ids.length - 1];
		const missing = [...new Set(batch.articleIds)].filter((id) => !contexts.has(id));
		for (const [id, ctx] of articleContexts(db, missing)) {
			contexts.set(id, { topics: ctx.topics, target: ctx.target, mainTopic: ctx.mainTopic, mainKind: ctx.mainTopic ? (kinds.get(ctx.mainTopic) ?? null) : null });
		}
		const used: Record<number, CommentContext> = {};
		for (const id of batch.articleIds) used[id] = contexts.get(id)!;
		let size = 0;
		for (const t of batch.texts) size += t.length;
		const entry: InFlight = { last: after, chars: size, written: null };
		const finished = write
			? pool.comments(batch, used).then((rows) => {
					write(rows, o.now(), o.force ? [FORCE_KEY, String(entry.last)] : undefined);
					return rows.length;
				})
			: pool.tagAndWrite(batch, used, o.now());
		finished.then(
			(n) => {
				entry.written = n;
				busy--;
				chars -= entry.chars;
				wake();
			},
			(e: Error) => {
				failure ??= e;
				wake();
			}
		);
		inFlight.push(entry);
		busy++;
		chars += size;
	};

	while (!exhausted || inFlight.length) {
		while (!exhausted && busy < depth && (busy === 0 || chars < MAX_CHARS_IN_FLIGHT)) dispatch();
		if (!inFlight.length) break;
		// Woken by any batch written, to hand out another at once.
		if (inFlight[0].written === null && !failure) await new Promise<void>((resolve) => (wake = resolve));
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
	return done;
}
