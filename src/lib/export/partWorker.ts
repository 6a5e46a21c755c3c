// One worker of a parallel export (parallel.server.ts): its own read-only connection and snapshot
// (it says when it has one, so the main thread can check that nothing was written since its own),
// then the parts it claims, each rendered to bytes and handed over without a copy.
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { openReadOnly, type DB } from '../server/db/open';
import { beginSnapshot, endSnapshot } from '../server/db/export';
import { commentRows, type RowCaches } from '../server/db/exportRows';
import { claimForWorker, partRange } from './partClaims';
import { CHUNK_BYTES, ChunkWriter, textFraming, textRows, type TextFraming } from './text';
import type { Part, PartJob, PartMessage, SpareBuffers } from './parallel.server';

const job = workerData as PartJob;
const port = parentPort!;
const post = (m: PartMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

/**
 * Buffers the main thread has copied out of and sent back. Filling the same buffers again, rather
 * than new ones that the main thread frees, keeps the allocator of this thread from holding on to
 * its peak: with fresh buffers the process grew by some 40 MB over a million-row export.
 */
const spare: ArrayBuffer[] = [];
function allocate(): Buffer {
	for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) spare.push(...(m.message as SpareBuffers).buffers);
	const buffer = spare.pop();
	return buffer ? Buffer.from(buffer, 0, CHUNK_BYTES) : Buffer.allocUnsafeSlow(CHUNK_BYTES);
}

/** Part k as bytes, with its row count and analyser versions. */
function renderPart(db: DB, framing: TextFraming, k: number, caches: RowCaches): Part {
	const versions = new Set<string>();
	const rows = commentRows(db, job.filters, job.columns, partRange(job.plan, k), versions, caches);
	const out = new ChunkWriter(allocate);
	const chunks: Uint8Array[] = [];
	const writing = textRows(framing, rows, out, true);
	let step = writing.next();
	for (; !step.done; step = writing.next()) chunks.push(step.value);
	out.flush();
	chunks.push(...out.take());
	return { type: 'part', index: k, chunks, count: step.value, versions: [...versions] };
}

try {
	const db = openReadOnly(job.dbPath);
	if (!db) throw new Error(`no database at ${job.dbPath}`);
	try {
		beginSnapshot(db);
		post({ type: 'ready' });
		const framing = textFraming(job.format, job.columns);
		// Shared by this worker's parts, all read in the one snapshot.
		const caches: RowCaches = {};
		for (let k = claimForWorker(job.claims, job.plan, job.worker); k !== null; k = claimForWorker(job.claims, job.plan, job.worker)) {
			const part = renderPart(db, framing, k, caches);
			post(part, [...new Set(part.chunks.map((c) => c.buffer as ArrayBuffer))]);
		}
	} finally {
		endSnapshot(db);
		db.close();
	}
} catch (e) {
	post({ type: 'failed', message: (e as Error).stack ?? String(e) });
}
