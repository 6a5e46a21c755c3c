// A mutex over shared memory for the tagging workers' turns at writing. SQLite lets one writer at
// a time and makes the others sleep and poll (up to 100 ms between tries), which leaves a core
// idle after the lock is free; Atomics.wait wakes the waiter the moment the holder lets go.

const FREE = 0;
const HELD = 1;
/** Waits are cut into slices so a terminated worker does not sleep on. */
const SLICE_MS = 50;

export class WriteLock {
	private cell: Int32Array;

	/** A new lock's memory, to hand to every worker. */
	static memory(): SharedArrayBuffer {
		return new SharedArrayBuffer(4);
	}

	constructor(readonly memory: SharedArrayBuffer) {
		this.cell = new Int32Array(memory);
	}

	tryAcquire(): boolean {
		return Atomics.compareExchange(this.cell, 0, FREE, HELD) === FREE;
	}

	acquire(): void {
		while (!this.tryAcquire()) Atomics.wait(this.cell, 0, HELD, SLICE_MS);
	}

	release(): void {
		Atomics.store(this.cell, 0, FREE);
		Atomics.notify(this.cell, 0, 1);
	}
}
