import { seedFamily } from './hash';
import { shingleSet, jaccardAtLeast } from './shingles';
import { OneHashMinhash, bandKey } from './minhash';
import { BucketSorter, verifyBucket } from './buckets';
import { UnionFind } from './unionFind';
import { GrowableU32 } from './growable';
import { KeyCounter } from './frequency';

// Near-duplicates over the whole corpus: word shingles -> MinHash -> LSH bands -> candidate
// pairs -> exact Jaccard of the shingle sets. Only verified pairs join a cluster, so the LSH
// parameters trade speed for recall, never precision.

export interface NearDuplicateOptions {
	/** Minimum Jaccard similarity of the shingle sets. */
	threshold: number;
	/** Words per shingle. */
	shingle: number;
	bands: number;
	rows: number;
	/** Texts with fewer words are too generic ("Well said!") to call copies. */
	minWords: number;
	/** Shingles a member must share with its cluster that are specific to it (see specificity.ts). */
	minSpecific: number;
	seed: number;
}

export const NEAR_DUPLICATE_DEFAULTS: NearDuplicateOptions = { threshold: 0.5, shingle: 3, bands: 24, rows: 3, minWords: 8, minSpecific: 5, seed: 0x6d75726d };

export interface PairEdge {
	a: number;
	b: number;
	similarity: number;
}

/** Probability that a pair with Jaccard `j` becomes a candidate: 1 - (1 - j^rows)^bands. */
export function candidateProbability(j: number, bands: number, rows: number): number {
	return 1 - (1 - j ** rows) ** bands;
}

/** The near-duplicate sketches of a batch of texts: what a worker hands back (all transferable). */
export interface NearSketches {
	/** Caller ids of the texts long enough to take part, ascending. */
	ids: Uint32Array;
	/** Shingle sets back to back; set k is pool[offsets[k]..offsets[k+1]). */
	offsets: Uint32Array;
	pool: Uint32Array;
	/** Band keys, band-major: keys[b * ids.length + k]. */
	keys: Uint32Array;
}

/** Turns word hashes into shingle sets and LSH band keys. Pure and seeded: same input, same keys. */
export class NearDuplicateSketcher {
	private ids = new GrowableU32();
	private offsets = new GrowableU32();
	private pool = new GrowableU32(1 << 12);
	private keys = new GrowableU32();
	private signature: Uint32Array;
	private minhash: OneHashMinhash;
	private shingleSeed: number;
	private bandSalt: number;

	constructor(readonly opts: NearDuplicateOptions = NEAR_DUPLICATE_DEFAULTS) {
		this.signature = new Uint32Array(opts.bands * opts.rows);
		const [shingleSeed, minhashSeed, bandSalt] = seedFamily(opts.seed, 3);
		this.shingleSeed = shingleSeed;
		this.bandSalt = bandSalt;
		this.minhash = new OneHashMinhash(opts.bands * opts.rows, minhashSeed);
		this.offsets.push(0);
	}

	/** Sketches one text; returns false when it is too short to take part. */
	add(id: number, wordHashes: ArrayLike<number>): boolean {
		if (wordHashes.length < this.opts.minWords) return false;
		const set = shingleSet(wordHashes, this.opts.shingle, this.shingleSeed);
		this.ids.push(id);
		this.pool.pushAll(set);
		this.offsets.push(this.pool.length);
		this.minhash.signature(set, this.signature);
		for (let b = 0; b < this.opts.bands; b++) this.keys.push(bandKey(this.signature, b, this.opts.rows, this.bandSalt));
		return true;
	}

	/** The sketches added since the last take(), and a fresh start. */
	take(): NearSketches {
		const n = this.ids.length,
			bands = this.opts.bands;
		const keys = new Uint32Array(n * bands);
		const rowMajor = this.keys.view();
		for (let k = 0; k < n; k++) for (let b = 0; b < bands; b++) keys[b * n + k] = rowMajor[k * bands + b];
		const out = { ids: this.ids.view().slice(), offsets: this.offsets.view().slice(), pool: this.pool.view().slice(), keys };
		this.ids.length = this.pool.length = this.keys.length = 0;
		this.offsets.length = 0;
		this.offsets.push(0);
		return out;
	}
}

export class NearDuplicateIndex {
	private ids = new GrowableU32();
	private offsets = new GrowableU32();
	private pool = new GrowableU32(1 << 16);
	private keys: GrowableU32[];

	constructor(readonly opts: NearDuplicateOptions = NEAR_DUPLICATE_DEFAULTS) {
		this.keys = Array.from({ length: opts.bands }, () => new GrowableU32());
		this.offsets.push(0);
	}

	get size(): number {
		return this.ids.length;
	}

	/** Appends a batch of sketches; batches must arrive in ascending id order. */
	addSketches(s: NearSketches): void {
		const n = s.ids.length;
		const base = this.pool.length;
		this.ids.pushAll(s.ids);
		this.pool.pushAll(s.pool);
		for (let k = 1; k <= n; k++) this.offsets.push(base + s.offsets[k]);
		for (let b = 0; b < this.opts.bands; b++) this.keys[b].pushAll(s.keys.subarray(b * n, (b + 1) * n));
	}

	/** Verified pairs that joined two groups (a spanning forest of each cluster), by caller id. */
	edges(onBand?: (band: number, bands: number) => void): PairEdge[] {
		const n = this.size;
		const uf = new UnionFind(n);
		const ids = this.ids.data,
			off = this.offsets.data,
			pool = this.pool.data,
			t = this.opts.threshold;
		const verify = (x: number, y: number): number => {
			const lx = off[x + 1] - off[x],
				ly = off[y + 1] - off[y];
			if (Math.min(lx, ly) < t * Math.max(lx, ly)) return -1; // Jaccard <= min/max
			return jaccardAtLeast(pool.subarray(off[x], off[x + 1]), pool.subarray(off[y], off[y + 1]), t);
		};
		const out: PairEdge[] = [];
		const onEdge = (x: number, y: number, similarity: number) => out.push({ a: ids[x], b: ids[y], similarity });
		const sorter = new BucketSorter(n);
		for (let b = 0; b < this.opts.bands; b++) {
			sorter.forEachBucket(this.keys[b].data, n, (members, start, end) => verifyBucket(members, start, end, uf, verify, onEdge));
			onBand?.(b + 1, this.opts.bands);
		}
		return out;
	}

	/** Position of a caller id in the index, or -1 (ids arrive in ascending order). */
	positionOf(id: number): number {
		const ids = this.ids.data;
		let lo = 0,
			hi = this.ids.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >>> 1;
			if (ids[mid] === id) return mid;
			if (ids[mid] < id) lo = mid + 1;
			else hi = mid - 1;
		}
		return -1;
	}

	shinglesAt(position: number): Uint32Array {
		return this.pool.data.subarray(this.offsets.data[position], this.offsets.data[position + 1]);
	}

	/** Document frequencies of the shingles of the given positions, over every indexed text. */
	documentFrequencies(positions: Iterable<number>): KeyCounter {
		const keys: number[] = [];
		for (const p of positions) for (const s of this.shinglesAt(p)) keys.push(s);
		const counter = new KeyCounter(keys);
		counter.countAll(this.pool.data, 0, this.pool.length);
		return counter;
	}
}
