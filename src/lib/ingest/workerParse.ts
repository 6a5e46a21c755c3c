// Parsing in a worker thread while this thread writes: reading, decompressing, decoding and
// parsing a large file take about a third of an ingest's CPU, and SQLite's writes cannot be
// shared, so the parser runs beside the writer on another core. Items arrive in file order,
// exactly as the parser emitted them; faults arrive after the items read before them.
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import type { Emit, FormatName } from './items';
import { UnreadableInput } from './items';
import type { FormatContext } from './formats/index';
import { unpackItems, type PackedItems } from './itemPack';
import { workerBundle } from '../server/workerBundle';

/** What the worker needs: plain data only (it crosses the thread boundary). */
export interface ParseJob {
	path: string;
	/** The name positions use. */
	name: string;
	format: Exclude<FormatName, 'coral'>;
	context: FormatContext;
	/** Items per packed batch. */
	batchItems: number;
	/** Batches posted and not yet written (an Int32Array over this buffer). */
	inFlight: SharedArrayBuffer;
	maxInFlight: number;
}

interface ReadState {
	bytes: number;
	contentHash: string;
	invalidAt: number[];
}

export type WorkerMessage =
	| { type: 'items'; items: PackedItems; bytes: number }
	| ({ type: 'end' } & ReadState)
	| ({ type: 'error'; error: { message: string; code?: unknown; unreadable?: { at: string; reason: string } } } & ReadState);

/**
 * Memory: items that wait (in a batch being filled, in flight, in the writer's handful) outlive
 * V8's young generation and are promoted, and the old generation grows before it is collected.
 * Small batches and a small young generation for the worker (whose live data is one batch) keep
 * the whole ingest's peak RSS down: on 200,000 comments about 310 MB with batches of 1,000 and an
 * 8 MB young generation, 380 MB with 5,000 and V8's default, for no measurable difference in time.
 */
const BATCH_ITEMS = 1_000;
const MAX_IN_FLIGHT = 4;
const YOUNG_MB = 8;

/**
 * One input parsed in a worker. `run(emit)` resolves when the file is read, or rejects with the
 * fault that stopped it (an UnreadableInput keeps its position). The read state (bytes, content
 * hash, undecodable offsets) is what the worker reported last, as an OpenedInput would give it.
 */
export class WorkerParse {
	private state: ReadState = { bytes: 0, contentHash: '', invalidAt: [] };

	constructor(private job: Omit<ParseJob, 'batchItems' | 'inFlight' | 'maxInFlight'>) {}

	get invalidAt(): number[] {
		return this.state.invalidAt;
	}

	bytesRead(): number {
		return this.state.bytes;
	}

	contentHash(): string {
		return this.state.contentHash;
	}

	run(emit: Emit, onBatch: () => void = () => {}): Promise<void> {
		const inFlight = new SharedArrayBuffer(4);
		const counter = new Int32Array(inFlight);
		const job: ParseJob = { ...this.job, batchItems: BATCH_ITEMS, inFlight, maxInFlight: MAX_IN_FLIGHT };
		return new Promise((resolve, reject) => {
			// The bundled worker when esbuild is at hand (src/lib/server/workerBundle.ts), plain JavaScript, so without
			// the loader flags a `tsx` parent would pass on; otherwise the TypeScript through tsx.
			const bundle = workerBundle(new URL('./parse.worker.ts', import.meta.url), 'parse-worker');
			const options = { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } };
			const worker = bundle ? new Worker(pathToFileURL(bundle), { ...options, execArgv: [] }) : new Worker(new URL('./parse.worker.js', import.meta.url), options);
			let settled = false;
			const settle = (e?: unknown) => {
				if (settled) return;
				settled = true;
				if (e === undefined) resolve();
				else {
					// Wake the worker if it waits for room, so it can be stopped.
					Atomics.store(counter, 0, 0);
					Atomics.notify(counter, 0);
					void worker.terminate();
					reject(e);
				}
			};
			worker.on('message', (m: WorkerMessage) => {
				if (settled) return;
				try {
					if (m.type === 'items') {
						this.state.bytes = m.bytes;
						unpackItems(m.items, emit);
						Atomics.sub(counter, 0, 1);
						Atomics.notify(counter, 0);
						onBatch();
						return;
					}
					this.state = { bytes: m.bytes, contentHash: m.contentHash, invalidAt: m.invalidAt };
					if (m.type === 'end') settle();
					else settle(rebuild(m.error));
				} catch (e) {
					// The writer failed (a database fault): stop reading.
					settle(e);
				}
			});
			worker.on('error', (e) => settle(e));
			worker.on('exit', (code) => settle(new Error(`${this.job.name}: the parse worker stopped (exit code ${code}) before the end of the file`)));
		});
	}
}

/** The worker's fault as this thread's error, so it is described the same way as a local one. */
function rebuild(error: { message: string; code?: unknown; unreadable?: { at: string; reason: string } }): Error {
	if (error.unreadable) return new UnreadableInput(error.unreadable.at, error.unreadable.reason);
	return Object.assign(new Error(error.message), error.code === undefined ? {} : { code: error.code });
}
