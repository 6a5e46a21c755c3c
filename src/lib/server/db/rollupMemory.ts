// Containers that keep the rollup pass's memory in typed arrays. The pass keys hundreds of
// thousands of groups; as Maps and growing arrays they would leave garbage the size of the old
// heap after every cube (each key a boxed double, each outgrown array a copy), which stays
// resident until V8 gets round to a full collection.
const EMPTY = -1;

/** A hash map from whole numbers (below 2^53) to slot numbers. */
export class NumberIndex {
	private keys: Float64Array;
	private slots: Int32Array;
	private mask: number;
	size = 0;

	constructor(capacity = 1024) {
		let n = 16;
		while (n < capacity * 2) n *= 2;
		this.keys = new Float64Array(n);
		this.slots = new Int32Array(n).fill(EMPTY);
		this.mask = n - 1;
	}

	private home(key: number): number {
		// Mix both halves: keys are often code + cell * 2^26.
		const lo = key % 0x100000000 | 0;
		const hi = Math.floor(key / 0x100000000) | 0;
		let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
		h ^= h >>> 13;
		return h & this.mask;
	}

	/** The slot stored for `key`, or -1. */
	get(key: number): number {
		for (let i = this.home(key); ; i = (i + 1) & this.mask) {
			const s = this.slots[i];
			if (s === EMPTY || this.keys[i] === key) return s;
		}
	}

	/** The slot for `key`, storing `next` (and returning it) when the key is new. */
	getOrSet(key: number, next: number): number {
		let i = this.home(key);
		for (; ; i = (i + 1) & this.mask) {
			const s = this.slots[i];
			if (s === EMPTY) break;
			if (this.keys[i] === key) return s;
		}
		this.keys[i] = key;
		this.slots[i] = next;
		if (++this.size * 2 > this.mask) this.grow();
		return next;
	}

	private grow(): void {
		const { keys, slots } = this;
		this.keys = new Float64Array(keys.length * 2);
		this.slots = new Int32Array(keys.length * 2).fill(EMPTY);
		this.mask = keys.length * 2 - 1;
		for (let i = 0; i < keys.length; i++) {
			if (slots[i] === EMPTY) continue;
			let j = this.home(keys[i]);
			while (this.slots[j] !== EMPTY) j = (j + 1) & this.mask;
			this.keys[j] = keys[i];
			this.slots[j] = slots[i];
		}
	}

	/** Empties it, keeping its capacity. */
	clear(): void {
		this.slots.fill(EMPTY);
		this.size = 0;
		this.dense = undefined;
	}

	forEach(fn: (key: number, slot: number) => void): void {
		for (let i = 0; i < this.slots.length; i++) if (this.slots[i] !== EMPTY) fn(this.keys[i], this.slots[i]);
	}

	/** Keys and slots as dense arrays, in table order (made once; the table must not change after). */
	table(): { keys: Float64Array; slots: Int32Array } {
		if (this.dense?.keys.length !== this.size) {
			const keys = new Float64Array(this.size);
			const slots = new Int32Array(this.size);
			let n = 0;
			this.forEach((k, s) => ((keys[n] = k), (slots[n++] = s)));
			this.dense = { keys, slots };
		}
		return this.dense;
	}
	private dense?: { keys: Float64Array; slots: Int32Array };

	/** The keys, in table order. */
	keyArray(): Float64Array {
		const out = new Float64Array(this.size);
		let n = 0;
		for (let i = 0; i < this.slots.length; i++) if (this.slots[i] !== EMPTY) out[n++] = this.keys[i];
		return out;
	}
}

const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;

/**
 * Rows of `width` sums, in fixed chunks (growing never copies); `floats` pairs a float sum with
 * its compensation.
 */
export class Sums {
	private chunks: Float64Array[] = [];
	size = 0;
	// Column numbers as flat typed arrays: add() runs once per comment and group, and indexed
	// loops over them cost a fraction of iterating arrays of pairs.
	private plain: Int32Array;
	private floats: Int32Array;
	constructor(
		readonly width: number,
		floats: [number, number][]
	) {
		const special = new Set(floats.flat());
		this.plain = Int32Array.from({ length: width }, (_, i) => i).filter((i) => !special.has(i));
		this.floats = Int32Array.from(floats.flat());
	}
	slot(): number {
		if (this.size === this.chunks.length * CHUNK) this.chunks.push(new Float64Array(CHUNK * this.width));
		return this.size++;
	}
	/**
	 * Adds a row of the same layout: its float sums with compensation, its compensations to ours
	 * as they are (folding them into the sum first would round away what they keep, and partial
	 * sums are added up again and again: batch, corpus, cube).
	 */
	add(slot: number, v: Float64Array): void {
		const d = this.chunks[slot >>> CHUNK_BITS];
		const o = (slot & (CHUNK - 1)) * this.width;
		const { plain, floats } = this;
		for (let j = 0; j < plain.length; j++) d[o + plain[j]] += v[plain[j]];
		for (let j = 0; j < floats.length; j += 2) {
			const i = floats[j];
			const e = floats[j + 1];
			const r = v[i];
			const s = d[o + i];
			const t = s + r;
			d[o + e] += (Math.abs(s) > Math.abs(r) ? s - t + r : r - t + s) + v[e];
			d[o + i] = t;
		}
	}
	/** Empties it for reuse, keeping the chunks. */
	clear(): void {
		for (const c of this.chunks) c.fill(0);
		this.size = 0;
	}
	/** Copies a row's sums into `into`. */
	read(slot: number, into: Float64Array): Float64Array {
		const o = (slot & (CHUNK - 1)) * this.width;
		into.set(this.chunks[slot >>> CHUNK_BITS].subarray(o, o + this.width));
		return into;
	}
}
