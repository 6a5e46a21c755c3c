// Seeded randomness for the demo corpus. No Math.random and no clock anywhere in src/lib/demo:
// the same seed must give byte-identical records on every machine.

/** cyrb128: hashes a string key into four 32-bit words, used to seed independent streams. */
export function hashKey(key: string): [number, number, number, number] {
	let h1 = 1779033703,
		h2 = 3144134277,
		h3 = 1013904242,
		h4 = 2773480762;
	for (let i = 0; i < key.length; i++) {
		const k = key.charCodeAt(i);
		h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
		h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
		h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
		h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
	}
	h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
	h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
	h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
	h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
	h1 ^= h2 ^ h3 ^ h4;
	h2 ^= h1;
	h3 ^= h1;
	h4 ^= h1;
	return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** Cumulative weights per weights object: weighted() is called per comment with a handful of fixed tables. */
const tables = new WeakMap<object, { keys: string[]; cumulative: number[]; total: number }>();

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): 128-bit state, fast in JS with
 * 32-bit integer ops. Each article and campaign gets its own stream keyed by name, so changing
 * one part of the corpus does not reshuffle the rest.
 */
export class Rng {
	private a: number;
	private b: number;
	private c: number;
	private d: number;

	constructor(key: string) {
		[this.a, this.b, this.c, this.d] = hashKey(key);
		for (let i = 0; i < 12; i++) this.u32();
	}

	u32(): number {
		const t = (((this.a + this.b) | 0) + this.d) | 0;
		this.d = (this.d + 1) | 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) | 0;
		this.c = (this.c << 21) | (this.c >>> 11);
		this.c = (this.c + t) | 0;
		return t >>> 0;
	}

	/** Uniform in [0, 1). */
	next(): number {
		return this.u32() / 4294967296;
	}

	/** Uniform integer in [0, n). */
	int(n: number): number {
		return Math.floor(this.next() * n);
	}

	/** Uniform integer in [lo, hi]. */
	range(lo: number, hi: number): number {
		return lo + this.int(hi - lo + 1);
	}

	chance(p: number): boolean {
		return this.next() < p;
	}

	pick<T>(items: readonly T[]): T {
		return items[this.int(items.length)];
	}

	/** Picks a key of `weights` in proportion to its weight. */
	weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
		let table = tables.get(weights);
		if (!table) {
			const keys = Object.keys(weights) as K[];
			const cumulative: number[] = [];
			let total = 0;
			for (const k of keys) cumulative.push((total += weights[k]));
			tables.set(weights, (table = { keys, cumulative, total }));
		}
		const r = this.next() * table.total;
		const { cumulative, keys } = table;
		for (let i = 0; i < cumulative.length; i++) if (r < cumulative[i]) return keys[i] as K;
		return keys[keys.length - 1] as K;
	}

	/** Standard normal (Box-Muller). */
	normal(): number {
		const u = 1 - this.next();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
	}

	/** A fresh copy of the array in random order (Fisher-Yates). */
	shuffle<T>(items: readonly T[]): T[] {
		const out = items.slice();
		for (let i = out.length - 1; i > 0; i--) {
			const j = this.int(i + 1);
			[out[i], out[j]] = [out[j], out[i]];
		}
		return out;
	}
}
