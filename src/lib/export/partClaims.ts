// How the main thread and the workers of a parallel export share out its parts without asking
// each other: one Int32Array over shared memory, where each part is claimed with a compare-and-swap.
// The main thread goes through the parts in order, writing each once it is made; workers claim the
// first free parts from there on, never so far ahead that finished parts pile up in memory.

/** Shared cells: the part the main thread is on, one go/stop cell per worker, then one claim per part. */
const AT = 0;
const GO = 1;

const FREE = 0;
const MAIN = 1;
/** Worker w's claims hold WORKER + w. */
const WORKER = 2;

export const WAITING = 0;
export const RUN = 1;
export const STOP = 2;

export interface PartPlan {
	/** The first comment id of part 0. */
	from: number;
	/** Comment ids per part. */
	width: number;
	parts: number;
	workers: number;
	/** How many parts, from the one the main thread is on, the workers may claim. */
	lookahead: number;
}

/** The comment ids of part k. */
export function partRange(plan: PartPlan, k: number): { from: number; to: number } {
	const from = plan.from + k * plan.width;
	return { from, to: from + plan.width };
}

const claimAt = (plan: PartPlan, k: number) => GO + plan.workers + k;

export function sharedClaims(plan: PartPlan): Int32Array {
	return new Int32Array(new SharedArrayBuffer((GO + plan.workers + plan.parts) * Int32Array.BYTES_PER_ELEMENT));
}

/** Main thread: lets worker w start (its snapshot matched) or tells it to stop. */
export function setGo(claims: Int32Array, w: number, value: typeof RUN | typeof STOP): void {
	Atomics.store(claims, GO + w, value);
	Atomics.notify(claims, GO + w);
}

/** Main thread: moves on to part k, so workers may claim up to k + lookahead. */
export function moveTo(claims: Int32Array, k: number): void {
	Atomics.store(claims, AT, k);
	Atomics.notify(claims, AT);
}

/** Main thread: takes part k to make itself; false when a worker has it. `force` takes it from a worker that failed. */
export function claimForMain(claims: Int32Array, plan: PartPlan, k: number, force = false): boolean {
	if (force) {
		Atomics.store(claims, claimAt(plan, k), MAIN);
		return true;
	}
	return Atomics.compareExchange(claims, claimAt(plan, k), FREE, MAIN) === FREE;
}

/** Main thread: gives back the parts from `from` on that worker w claimed, when it failed or stopped. */
export function releaseClaims(claims: Int32Array, plan: PartPlan, w: number, from: number): void {
	for (let k = Math.max(0, from); k < plan.parts; k++) Atomics.compareExchange(claims, claimAt(plan, k), WORKER + w, FREE);
}

/**
 * Worker w: the next part to make, waiting while every part in reach is taken; null when there is
 * nothing left or it was told to stop. Blocks the worker's thread, which has nothing else to do.
 */
export function claimForWorker(claims: Int32Array, plan: PartPlan, w: number): number | null {
	while (Atomics.load(claims, GO + w) === WAITING) Atomics.wait(claims, GO + w, WAITING);
	for (;;) {
		if (Atomics.load(claims, GO + w) !== RUN) return null;
		const at = Atomics.load(claims, AT);
		if (at >= plan.parts) return null;
		const end = Math.min(plan.parts, at + plan.lookahead);
		for (let k = at; k < end; k++) if (Atomics.compareExchange(claims, claimAt(plan, k), FREE, WORKER + w) === FREE) return k;
		// Wait until the main thread moves on (and look again now and then, to see a stop).
		Atomics.wait(claims, AT, at, 200);
	}
}
