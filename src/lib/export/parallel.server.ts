// The text formats on several cores (`murmur export --threads N`): the comment ids are cut into
// slices, worker threads read and format slices side by side (both are CPU-bound), and the bytes
// are written in slice order, so the file is byte for byte what the serial writer makes. At most
// two slices per worker wait in memory (a slice of typical comments is a few MB). Every worker
// holds its own read transaction; they start only when each one's database fingerprint equals the
// caller's, so all read the same database state.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Filters } from '../filters';
import type { ExportColumn } from './columns';
import { encodeUtf8, type RowTally } from './table';
import { textFraming, type TextFormat } from './text';
import type { FromWorker, ToWorker, WorkerJob } from './textWorker.server';
import { textWorkerSource } from './workerSource.server';

export interface ParallelJob {
	dbPath: string;
	format: TextFormat;
	filters: Filters;
	columns: readonly ExportColumn[];
	bom: boolean;
	/** The fingerprint of the caller's snapshot: workers must read the same state. */
	hash: string;
	/** Comment ids to cover: [from, to). */
	from: number;
	to: number;
	tally: RowTally;
	workers?: number;
	/** Ids per slice. */
	slice?: number;
}

/**
 * Raised before the first byte when the parallel writer cannot run: the worker program could not
 * be built, or a worker saw another database state than the caller (an import ran in between).
 * The caller then writes serially from its own snapshot.
 */
export class NotStarted extends Error {
	readonly notStarted = true;
}

/** Threads worth using here: one per core, at most `wanted`. */
export function parallelWorkers(wanted: number): number {
	return Math.max(1, Math.min(wanted, availableParallelism()));
}

export async function* parallelText(job: ParallelJob): AsyncGenerator<Uint8Array> {
	const count = job.workers ?? parallelWorkers(4);
	const span = job.slice ?? 4096;
	const slices = Math.max(0, Math.ceil((job.to - job.from) / span));
	const data: WorkerJob = { dbPath: job.dbPath, format: job.format, filters: job.filters, columns: job.columns.map((c) => c.name) };
	const source = await textWorkerSource();
	if (!source) throw new NotStarted('the export worker could not be built');
	const workers = Array.from(
		{ length: count },
		() =>
			new Worker(source, {
				eval: true,
				workerData: data,
				// A worker's garbage is short-lived rows: a small heap keeps the process's memory flat.
				resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 48 }
			})
	);
	const exited = new Set<Worker>();
	const done = new Map<number, Extract<FromWorker, { type: 'slice' }>>();
	const idle: Worker[] = [];
	let ready = 0;
	let failure: Error | null = null;
	let finished = false;
	let wake: (() => void) | null = null;
	const signal = () => {
		const w = wake;
		wake = null;
		w?.();
	};
	const sleep = () => new Promise<void>((resolve) => (wake = resolve));
	for (const w of workers) {
		w.on('message', (m: FromWorker) => {
			if (m.type === 'ready') {
				ready++;
				if (m.hash !== job.hash) failure ??= new NotStarted('the database changed as the export started');
			} else done.set(m.k, m);
			idle.push(w);
			signal();
		});
		w.on('error', (e) => {
			failure ??= e;
			signal();
		});
		w.on('exit', (code) => {
			exited.add(w);
			if (!finished && code !== 0) failure ??= new Error(`an export worker stopped (exit code ${code})`);
			signal();
		});
	}
	const send = (w: Worker, m: ToWorker) => w.postMessage(m);
	let complete = false;
	try {
		while (ready < count && !failure) await sleep();
		if (failure) throw failure;

		const framing = textFraming(job.format, job.columns, job.bom);
		if (framing.head) yield encodeUtf8(framing.head);
		let assigned = 0;
		let written = 0;
		let anyRows = false;
		while (written < slices) {
			if (failure) throw failure;
			// Keep every worker busy, but never more than two slices per worker ahead of the writer.
			while (idle.length && assigned < slices && assigned - written < 2 * count) {
				const from = job.from + assigned * span;
				send(idle.pop()!, { type: 'slice', k: assigned, range: { from, to: Math.min(job.to, from + span) } });
				assigned++;
			}
			const slice = done.get(written);
			if (!slice) {
				await sleep();
				continue;
			}
			done.delete(written);
			written++;
			job.tally.add(slice.rows, slice.versions);
			if (slice.rows === 0) continue;
			if (anyRows && framing.separator) yield encodeUtf8(framing.separator);
			anyRows = true;
			yield* slice.pieces;
		}
		const tail = framing.tail(anyRows);
		if (tail) yield encodeUtf8(tail);
		complete = true;
	} finally {
		finished = true;
		const live = workers.filter((w) => !exited.has(w));
		const exits = live.map((w) => new Promise((resolve) => w.once('exit', resolve)));
		// Done: let each worker end its read transaction and leave. Stopped early: stop them now.
		for (const w of live) {
			if (complete) send(w, { type: 'end' });
			else void w.terminate();
		}
		await Promise.all(exits);
	}
}
