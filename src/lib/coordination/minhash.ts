import { fmix32 } from './hash';

/**
 * One-permutation MinHash (Li, Owen & Zhang 2012) with optimal densification (Shrivastava 2017):
 * each shingle hash is examined once and lands in one of `bins` bins; an empty bin borrows the
 * minimum of the first non-empty bin on its own seeded probe sequence. Two sets agree in a bin
 * with probability equal to their Jaccard similarity, at O(|set| + bins) cost instead of
 * O(|set| x bins). The shingle hashes must already be well mixed (they come from hashRun).
 */
export class OneHashMinhash {
	private filled: Uint8Array;
	/** probes[b * PROBES + k]: the k-th bin an empty bin b borrows from (same for every set). */
	private probes: Uint16Array;
	private static readonly PROBES = 64;

	constructor(
		readonly bins: number,
		readonly seed: number
	) {
		if (bins < 1 || bins > 65535) throw new RangeError(`minhash bins must be in 1..65535, got ${bins}`);
		this.filled = new Uint8Array(bins);
		this.probes = new Uint16Array(bins * OneHashMinhash.PROBES);
		for (let b = 0; b < bins; b++)
			for (let k = 0; k < OneHashMinhash.PROBES; k++)
				this.probes[b * OneHashMinhash.PROBES + k] = binOf(fmix32(seed ^ Math.imul(b + 1, 0x9e3779b1) ^ Math.imul(k + 1, 0x85ebca6b)), bins);
	}

	/** Writes the signature of `set` into `out` (length >= bins). */
	signature(set: ArrayLike<number>, out: Uint32Array): void {
		const { bins, filled, seed } = this;
		out.fill(0xffffffff, 0, bins);
		filled.fill(0);
		let nonEmpty = 0;
		for (let i = 0; i < set.length; i++) {
			const h = fmix32(set[i] ^ seed);
			const bin = binOf(h, bins);
			if (!filled[bin]) {
				filled[bin] = 1;
				nonEmpty++;
			}
			if (h < out[bin]) out[bin] = h;
		}
		if (nonEmpty === 0 || nonEmpty === bins) return;
		const P = OneHashMinhash.PROBES;
		for (let b = 0; b < bins; b++) {
			if (filled[b]) continue;
			let k = 0;
			while (k < P && !filled[this.probes[b * P + k]]) k++;
			if (k < P) out[b] = out[this.probes[b * P + k]];
			else {
				// Very sparse sets can exhaust the table; continue the same sequence on the fly.
				for (let attempt = P + 1; ; attempt++) {
					const probe = binOf(fmix32(seed ^ Math.imul(b + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca6b)), bins);
					if (filled[probe]) {
						out[b] = out[probe];
						break;
					}
				}
			}
		}
	}
}

/** The top 16 bits of h scaled to [0, bins): exact integer arithmetic, no floats. */
function binOf(h: number, bins: number): number {
	return ((h >>> 16) * bins) >>> 16;
}

/** Hashes each band of `rows` consecutive signature values into one 32-bit bucket key. */
export function bandKey(signature: Uint32Array, band: number, rows: number, salt: number): number {
	let h = (salt ^ Math.imul(band + 1, 0x27d4eb2d)) | 0;
	const start = band * rows;
	for (let r = 0; r < rows; r++) h = Math.imul(h ^ signature[start + r], 0x9e3779b1) ^ (h >>> 15);
	return fmix32(h);
}
