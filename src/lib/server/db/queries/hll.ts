// HyperLogLog (Flajolet et al. 2007, with the small-range correction): distinct commenters kept
// as one-byte registers per rollup row, so any set of rows merges by register-wise max into the
// distinct count of their union. 2^11 registers: standard error 1.04 / sqrt(2048) = 2.3%.

export const HLL_BITS = 11;

/** murmur3's 32-bit finaliser: spreads consecutive integer ids over the whole hash space. */
function mix32(x: number): number {
	x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
	x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
	return (x ^ (x >>> 16)) >>> 0;
}

export function newRegisters(bits = HLL_BITS): Uint8Array {
	return new Uint8Array(1 << bits);
}

export function addId(reg: Uint8Array, id: number): void {
	const bits = 31 - Math.clz32(reg.length);
	// Two mixed halves so ids above 2^32 still hash well.
	const h = mix32(mix32(id >>> 0) ^ Math.floor(id / 0x100000000));
	const idx = h >>> (32 - bits);
	const rest = (h << bits) >>> 0;
	const rank = rest === 0 ? 32 - bits + 1 : Math.clz32(rest) + 1;
	if (rank > reg[idx]) reg[idx] = rank;
}

export function mergeInto(into: Uint8Array, from: Uint8Array): void {
	for (let i = 0; i < into.length; i++) if (from[i] > into[i]) into[i] = from[i];
}

export function estimate(reg: Uint8Array): number {
	const m = reg.length;
	let sum = 0;
	let zeros = 0;
	for (let i = 0; i < m; i++) {
		sum += 2 ** -reg[i];
		if (reg[i] === 0) zeros++;
	}
	const raw = ((0.7213 / (1 + 1.079 / m)) * m * m) / sum;
	if (raw <= 2.5 * m && zeros > 0) return Math.round(m * Math.log(m / zeros));
	return Math.round(raw);
}
