// One tagging worker: analyses the batches it is sent and, once told the database path, writes
// its comment batches itself (its own connection), so writing runs beside analysis. Workers take
// turns writing through a lock they share (writeLock.ts). Analysed batches are written together
// when no other is waiting to be analysed, or when the lock is free and enough rows are pending.
import { parentPort } from 'node:worker_threads';
import { Tagger } from './tagger';
import { WriteLock } from './writeLock';
import { openTagWriter, commentTagWriter, TopicIds, type CommentTagRow } from '../server/db/tagging';
import type { TaskMessage, ResultMessage } from './pool';

const tagger = new Tagger();
let writer: ReturnType<typeof commentTagWriter> | null = null;
let lock: WriteLock | null = null;

/** Analysed batches not yet written. */
let pending: { seq: number; rows: CommentTagRow[]; now: string }[] = [];
let pendingRows = 0;
/** Batches analysed so far: tells whether another arrived while a write waited. */
let analysed = 0;
let scheduled = false;
/**
 * Rows written in one transaction at most. Larger transactions are cheaper per row (an index page
 * that many rows touch is written to the WAL once per transaction), but hold the lock longer.
 */
const MAX_ROWS = 12_000;

function reply(msg: ResultMessage) {
	parentPort!.postMessage(msg);
}

/** Writes every pending batch in one transaction; the caller holds the lock. */
function flush() {
	const batches = pending;
	pending = [];
	pendingRows = 0;
	try {
		writer!.writeAll(batches);
		for (const b of batches) reply({ seq: b.seq, result: b.rows.length });
	} catch (e) {
		for (const b of batches) reply({ seq: b.seq, error: (e as Error).stack ?? String(e) });
	} finally {
		lock!.release();
	}
}

/**
 * Writes once no other batch is waiting to be analysed (setImmediate runs after the messages that
 * arrived meanwhile), or once enough rows are pending; analyses the next batch rather than wait
 * while the other worker holds the lock.
 */
function scheduleWrite() {
	if (scheduled) return;
	scheduled = true;
	const seen = analysed;
	setImmediate(() => {
		scheduled = false;
		if (!pending.length) return;
		const idle = analysed === seen;
		if (!idle && pendingRows < MAX_ROWS) return scheduleWrite();
		if (lock!.tryAcquire()) return flush();
		if (!idle) return scheduleWrite();
		lock!.acquire();
		flush();
	});
}

parentPort!.on('message', async (msg: TaskMessage) => {
	try {
		if (msg.kind === 'configure') {
			tagger.configure(msg.payload);
			if (msg.payload.writeTo) {
				const db = openTagWriter(msg.payload.writeTo.path);
				writer = commentTagWriter(db, msg.payload.writeTo.version, new TopicIds(db));
				lock = new WriteLock(msg.payload.writeTo.lock);
			}
			reply({ seq: msg.seq, result: null });
		} else if (msg.kind === 'articles') reply({ seq: msg.seq, result: await tagger.articles(msg.payload) });
		else {
			const rows = tagger.comments(msg.payload.batch, msg.payload.contexts);
			if (msg.payload.now && writer) {
				pending.push({ seq: msg.seq, rows, now: msg.payload.now });
				pendingRows += rows.length;
				analysed++;
				scheduleWrite();
			} else reply({ seq: msg.seq, result: rows });
		}
	} catch (e) {
		reply({ seq: msg.seq, error: (e as Error).stack ?? String(e) });
	}
});
