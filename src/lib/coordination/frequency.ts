import { fmix32 } from './hash';

/**
 * Counts occurrences of a fixed set of 32-bit keys while scanning far larger arrays: an
 * open-addressing table over just the keys of interest (the shingles of flagged candidates),
 * so the document frequency of a few thousand shingles costs one cheap probe per corpus shingle
 * instead of sorting the corpus.
 */
export class KeyCounter {
	private keys: Uint32Array;
	private used: Uint8Array;
	private counts: Uint32Array;
	private mask: number;

	constructor(keys: Iterable<number>) {
		const list = [...new Set(keys)];
		let size = 16;
		while (size < list.length * 2) size *= 2;
		this.keys = new Uint32Array(size);
		this.used = new Uint8Array(size);
		this.counts = new Uint32Array(size);
		this.mask = size - 1;
		for (const k of list) {
			let i = fmix32(k) & this.mask;
			while (this.used[i]) i = (i + 1) & this.mask;
			this.used[i] = 1;
			this.keys[i] = k;
		}
	}

	private slot(k: number): number {
		let i = fmix32(k) & this.mask;
		while (this.used[i]) {
			if (this.keys[i] === k) return i;
			i = (i + 1) & this.mask;
		}
		return -1;
	}

	/** Counts every element of `values` that is one of the keys. */
	countAll(values: ArrayLike<number>, from = 0, to = values.length): void {
		for (let j = from; j < to; j++) {
			const i = this.slot(values[j]);
			if (i >= 0) this.counts[i]++;
		}
	}

	count(k: number): number {
		const i = this.slot(k >>> 0);
		return i < 0 ? 0 : this.counts[i];
	}
}
