// HyperLogLog (Flajolet et al. 2007, with the small-range correction): distinct commenters per day
// are kept as 4,096 one-byte registers, and any range of days merges by register-wise max.
// Standard error 1.04 / sqrt(4096) = 1.6%.

export const HLL_BITS = 12;
const M = 1 << HLL_BITS;
const ALPHA = 0.7213 / (1 + 1.079 / M);

/** murmur3's 32-bit finaliser: spreads consecutive integer ids over the whole hash space. */
function mix32(x: number): number {
	x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
	x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
	return (x ^ (x >>> 16)) >>> 0;
}

export function newRegisters(): Uint8Array {
	return new Uint8Array(M);
}

export function addId(reg: Uint8Array, id: number): void {
	// Two mixed halves so ids above 2^32 still hash well.
	const h = mix32(mix32(id >>> 0) ^ Math.floor(id / 0x100000000));
	const idx = h >>> (32 - HLL_BITS);
	const rest = (h << HLL_BITS) >>> 0;
	const rank = rest === 0 ? 32 - HLL_BITS + 1 : Math.clz32(rest) + 1;
	if (rank > reg[idx]) reg[idx] = rank;
}

export function mergeInto(into: Uint8Array, from: Uint8Array): void {
	for (let i = 0; i < M; i++) if (from[i] > into[i]) into[i] = from[i];
}

export function estimate(reg: Uint8Array): number {
	let sum = 0;
	let zeros = 0;
	for (let i = 0; i < M; i++) {
		sum += 2 ** -reg[i];
		if (reg[i] === 0) zeros++;
	}
	const raw = (ALPHA * M * M) / sum;
	if (raw <= 2.5 * M && zeros > 0) return Math.round(M * Math.log(M / zeros));
	return Math.round(raw);
}
