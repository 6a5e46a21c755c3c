import { fmix32 } from './hash';

let scratch = new Uint8Array(256);

/**
 * One-permutation MinHash (Li, Owen & Zhang 2012) with optimal densification (Shrivastava 2017):
 * each shingle hash is examined once and lands in one of `bins` bins; an empty bin borrows the
 * minimum of a bin chosen by a seeded probe sequence. Two sets agree in a bin with probability
 * equal to their Jaccard similarity, at O(|set| + bins) cost instead of O(|set| x bins).
 * The shingle hashes must already be well mixed (they come from hashRun). Writes into `out`.
 */
export function oneHashMinhash(set: ArrayLike<number>, bins: number, seed: number, out: Uint32Array): void {
	out.fill(0xffffffff, 0, bins);
	if (scratch.length < bins) scratch = new Uint8Array(bins);
	const filled = scratch;
	filled.fill(0, 0, bins);
	let nonEmpty = 0;
	for (let i = 0; i < set.length; i++) {
		const h = fmix32(set[i] ^ seed);
		const bin = Math.floor((h / 4294967296) * bins);
		if (!filled[bin]) {
			filled[bin] = 1;
			nonEmpty++;
		}
		if (h < out[bin]) out[bin] = h;
	}
	if (nonEmpty === 0 || nonEmpty === bins) return;
	for (let b = 0; b < bins; b++) {
		if (filled[b]) continue;
		// The probe sequence depends only on (seed, bin, attempt), so every set probes alike.
		for (let attempt = 1; ; attempt++) {
			const probe = Math.floor((fmix32(seed ^ Math.imul(b + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca6b)) / 4294967296) * bins);
			if (filled[probe]) {
				out[b] = out[probe];
				break;
			}
		}
	}
}

/** Hashes each band of `rows` consecutive signature values into one 32-bit bucket key. */
export function bandKey(signature: Uint32Array, band: number, rows: number, salt: number): number {
	let h = (salt ^ Math.imul(band + 1, 0x27d4eb2d)) | 0;
	const start = band * rows;
	for (let r = 0; r < rows; r++) h = Math.imul(h ^ signature[start + r], 0x9e3779b1) ^ (h >>> 15);
	return fmix32(h);
}
