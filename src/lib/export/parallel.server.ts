// A text export (CSV, TSV, JSON, NDJSON) on several threads. Most of an export's time is reading
// rows out of SQLite, which one connection cannot share, so the comments are divided by id into
// parts that workers (partWorker.ts, each with a connection of its own) make side by side, and the
// main thread writes them in order. The main thread makes parts only when no worker is left, and
// so keeps a small heap (its young generation would otherwise grow to 32 MB). A worker's snapshot
// is the main thread's only if nothing was committed in between: a worker that reports its
// snapshot after a commit is stopped, and when no worker is left, the main thread makes the rest
// from its own snapshot.
import { availableParallelism } from 'node:os';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { DB } from '../server/db/open';
import type { ChangeProbe } from '../server/db/export';
import { commentIdSpan, commentRows, PART_WIDTH, type RowCaches } from '../server/db/exportRows';
import type { Filters } from '../filters';
import type { ExportColumn } from './columns';
import { claimForMain, moveTo, partRange, releaseClaims, RUN, setGo, sharedClaims, STOP, type PartPlan } from './partClaims';
import type { ExportRequest } from './request';
import type { RowTally } from './table';
import { partWorkerCode } from './workerCode.server';
import { collectGarbage } from './gc';
import { CHUNK_BYTES, ChunkWriter, isTextFormat, textFraming, textRows, type TextFormat } from './text';

/** Fewer parts than this are not worth starting workers (a few tenths of a second each). */
const MIN_PARTS = 24;

export interface PartJob {
	dbPath: string;
	format: TextFormat;
	filters: Filters;
	columns: ExportColumn[];
	plan: PartPlan;
	claims: Int32Array;
	worker: number;
}

export type Part = { type: 'part'; index: number; chunks: Uint8Array[]; count: number; versions: string[] };
/** Buffers going back to the worker that filled them, to be filled again. */
export type SpareBuffers = { buffers: ArrayBuffer[] };
export type PartMessage = { type: 'ready' } | Part | { type: 'failed'; message: string };

export interface ParallelOptions {
	/** Worker threads; 0 makes the export on the caller's thread alone. */
	workers?: number;
	/** Overrides PART_WIDTH and MIN_PARTS, for tests on small databases. */
	partWidth?: number;
	minParts?: number;
	/** Filled in as the export runs: which thread made how many parts. */
	stats?: PartStats;
}

export interface PartStats {
	byWorkers: number;
	byMain: number;
}

/** Workers when none are asked for: one per core, up to 4, and none on a single core. */
export function defaultWorkers(): number {
	const cores = availableParallelism();
	return cores > 1 ? Math.min(cores, 4) : 0;
}

/**
 * Whether the request could run in parallel: comment rows in a text format, with no filter
 * answered through a list of ids (topic, emoji, author, search: each part would collect the list
 * again) or an index (article) rather than by reading the comments in id order.
 */
export function mayRunInParallel(req: ExportRequest): boolean {
	const f = req.filters;
	if (req.level !== 'comments' || !isTextFormat(req.format)) return false;
	return !(f.article.length || f.topic.length || f.emoji.length || f.author.length || f.q);
}

/**
 * The parts of a parallel export, or null when this export runs on one thread: no workers asked
 * for, a request that may not (mayRunInParallel), a row cap, or too few comments to be worth it.
 */
export function planParts(db: DB, req: ExportRequest, rowCap: number | null, opts: ParallelOptions): PartPlan | null {
	const workers = opts.workers ?? 0;
	if (workers < 1 || !mayRunInParallel(req) || rowCap !== null) return null;
	const span = commentIdSpan(db);
	if (!span) return null;
	const width = opts.partWidth ?? PART_WIDTH;
	const parts = Math.ceil((span.max - span.min + 1) / width);
	if (parts < (opts.minParts ?? MIN_PARTS)) return null;
	return { from: span.min, width, parts, workers, lookahead: workers + 1 };
}

/**
 * The workers as the main thread sees them: which are running, the parts they finished, and a
 * way to wait for one. Anything that changes what the main thread should do (a part delivered,
 * a worker ready, stopped or failed) wakes a waiting main thread to look again.
 */
class WorkerPool {
	private readonly workers: Worker[] = [];
	private readonly done = new Map<number, Part>();
	/** Which worker made each part in `done`, to send its buffers back. */
	private readonly madeBy = new Map<number, Worker>();
	/** Workers starting or running (not stopped or failed); `running` of them have a matching snapshot. */
	private alive: number;
	running = 0;
	private stopped = false;
	private wake: (() => void) | null = null;
	/** The part the main thread is on: parts before it are written. */
	at = 0;

	constructor(
		private readonly job: Omit<PartJob, 'worker'>,
		private readonly probe: ChangeProbe
	) {
		this.alive = job.plan.workers;
		this.spawned = this.start().catch(() => {
			// Workers that were never made will not report: only those made are alive.
			this.alive -= job.plan.workers - this.workers.length;
			this.poke();
		});
	}

	/** Resolves once the workers are made (they then load and open the database on their own threads). */
	readonly spawned: Promise<void>;

	private async start(): Promise<void> {
		// The bundled code when esbuild is at hand; otherwise the TypeScript through tsx.
		const code = await partWorkerCode().catch(() => null);
		for (let w = 0; w < this.job.plan.workers && !this.stopped; w++) {
			const options = {
				workerData: { ...this.job, worker: w },
				// Not the parent's flags (such as --import tsx, which starts a loader thread of its own).
				execArgv: [],
				// A small young generation: a worker's garbage is short-lived, and its memory counts as the export's.
				resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 32 }
			};
			this.watch(code ? new Worker(code, { ...options, eval: true }) : new Worker(new URL('./partWorker.cjs', import.meta.url), options), w);
		}
	}

	private watch(worker: Worker, w: number): void {
		const { claims, plan } = this.job;
		let state: 'starting' | 'running' | 'gone' = 'starting';
		const gone = () => {
			if (state === 'gone') return;
			if (state === 'running') this.running--;
			state = 'gone';
			this.alive--;
			// Its unfinished parts are anybody's again (parts it delivered are in `done` or written).
			for (const k of this.done.keys()) claimForMain(claims, plan, k, true);
			releaseClaims(claims, plan, w, this.at);
			this.poke();
		};
		worker.on('message', (m: PartMessage) => {
			if (m.type === 'ready') {
				// Nothing committed since before the main thread's snapshot: the worker's is the same.
				const same = !this.probe.changed();
				setGo(claims, w, same ? RUN : STOP);
				if (same && state === 'starting') {
					state = 'running';
					this.running++;
				} else gone();
			} else if (m.type === 'failed') gone();
			else {
				this.done.set(m.index, m);
				this.madeBy.set(m.index, worker);
			}
			this.poke();
		});
		worker.on('error', gone);
		worker.on('exit', gone);
		this.workers.push(worker);
	}

	private poke(): void {
		const wake = this.wake;
		this.wake = null;
		wake?.();
	}

	/** Part k if a worker delivered it. */
	take(k: number): Part | undefined {
		const part = this.done.get(k);
		this.done.delete(k);
		return part;
	}

	/** Sends part k's buffers back to the worker that filled them (after their bytes were copied out). */
	recycle(k: number, part: Part): void {
		const worker = this.madeBy.get(k);
		this.madeBy.delete(k);
		const buffers = [...new Set(part.chunks.map((c) => c.buffer as ArrayBuffer))].filter((b) => b.byteLength === CHUNK_BYTES);
		if (worker && buffers.length) worker.postMessage({ buffers } satisfies SpareBuffers, buffers);
	}

	/** True when no worker may still deliver a part (all stopped, failed or done). */
	get none(): boolean {
		return this.alive === 0;
	}

	/** Resolves at the next change. */
	change(): Promise<void> {
		return new Promise((resolve) => (this.wake = resolve));
	}

	async stop(): Promise<void> {
		this.stopped = true;
		for (let w = 0; w < this.job.plan.workers; w++) setGo(this.job.claims, w, STOP);
		// Wakes workers waiting for the main thread to move on: there is nothing left.
		moveTo(this.job.claims, this.job.plan.parts);
		await Promise.all(this.workers.map((w) => w.terminate()));
	}
}

/** Above this much memory outside the heap (the output's buffers), collect after a part. */
const EXTERNAL_CEILING = 16 * 2 ** 20;

/**
 * This thread allocates little besides the output's buffers, so V8 would collect them (and free
 * their memory) only after many had piled up; they outlive a young-generation collection or two
 * while they wait to be written. A full collection of this thread's small heap takes a few ms.
 */
function releaseWrittenBuffers(): void {
	if (v8.getHeapStatistics().external_memory > EXTERNAL_CEILING) collectGarbage('major');
}

/** Lets waiting messages (a worker ready, a finished part) in between the chunks the main thread makes. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The bytes of a text export made on several threads: the same bytes, in the same order, as the
 * one-thread writer's. Rows are counted into `tally` (there is no cap on this path).
 */
export async function* parallelText(
	db: DB,
	req: ExportRequest,
	plan: PartPlan,
	tally: RowTally,
	probe: ChangeProbe,
	{
		stats = { byWorkers: 0, byMain: 0 },
		whileStarting,
		allocate
	}: {
		stats?: PartStats;
		whileStarting?: () => void;
		/** Given when the consumer is done with each chunk before it asks for the next: buffers to fill again. */
		allocate?: () => Buffer;
	} = {}
): AsyncGenerator<Uint8Array> {
	const format = req.format as TextFormat;
	const claims = sharedClaims(plan);
	const pool = new WorkerPool({ dbPath: db.name, format, filters: req.filters, columns: req.columns, plan, claims }, probe);
	const framing = textFraming(format, req.columns, req.bom);
	const out = new ChunkWriter(allocate);
	const caches: RowCaches = {};
	let any = false;
	try {
		// The main thread's own work, done while the workers start: once they are made, as it keeps
		// this thread (and the bundling of their code, partWorkerCode) busy for a few tenths of a second.
		await pool.spawned;
		whileStarting?.();
		out.write(framing.head);
		for (let k = 0; k < plan.parts; k++) {
			moveTo(claims, k);
			pool.at = k;
			let part = pool.take(k);
			// Wait for a worker to deliver part k, unless none is left (then make it here).
			while (!part && !(pool.none && claimForMain(claims, plan, k, true))) {
				await pool.change();
				part = pool.take(k);
			}
			if (!part) {
				stats.byMain++;
				const writing = textRows(framing, tally.pass(commentRows(db, req.filters, req.columns, partRange(plan, k), undefined, caches)), out, !any);
				let step = writing.next();
				for (; !step.done; step = writing.next()) {
					yield step.value;
					await turn();
				}
				any ||= step.value > 0;
				continue;
			}
			stats.byWorkers++;
			if (part.count > 0) {
				if (any) out.write(framing.separator);
				if (allocate) {
					// The consumer is done with each chunk when it asks for the next (RunOptions.reuseChunks):
					// the worker's own buffers go out as they are, and back to it after.
					out.flush();
					yield* out.take();
					yield* part.chunks;
				} else for (const chunk of part.chunks) out.writeBytes(chunk);
				tally.add(part.count, part.versions);
				any = true;
			}
			pool.recycle(k, part);
			yield* out.take();
			releaseWrittenBuffers();
		}
		out.write(framing.tail(any));
		out.flush();
		yield* out.take();
	} finally {
		await pool.stop();
	}
}
