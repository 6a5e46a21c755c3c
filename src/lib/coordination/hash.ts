// Seeded 32-bit hashing for shingles and MinHash. Everything is integer arithmetic with
// Math.imul so results are identical on every machine and no BigInt or crypto is needed.

/** murmur3's 32-bit finaliser: a cheap bijective mixer with full avalanche. */
export function fmix32(h: number): number {
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/** FNV-1a over UTF-16 code units, finalised with fmix32; `seed` selects the family member. */
export function hashString(s: string, seed = 0): number {
	let h = (0x811c9dc5 ^ seed) | 0;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
	return fmix32(h);
}

/** Combines an ordered run of word hashes into one shingle hash (order matters). */
export function hashRun(words: ArrayLike<number>, start: number, end: number, seed: number): number {
	let h = seed | 0;
	for (let i = start; i < end; i++) h = Math.imul(h ^ words[i], 0x9e3779b1) ^ (h >>> 15);
	return fmix32(h ^ (end - start));
}

/**
 * A family of seeded hash functions: member i is fmix32(x ^ seed_i) with seeds drawn from
 * splitmix32, so the same `seed` always gives the same family (and so the same clusters).
 */
export function seedFamily(seed: number, n: number): Uint32Array {
	const out = new Uint32Array(n);
	let s = seed >>> 0;
	for (let i = 0; i < n; i++) {
		s = (s + 0x9e3779b9) >>> 0;
		out[i] = fmix32(s);
	}
	return out;
}
