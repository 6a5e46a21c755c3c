import { hashRun } from './hash';

/**
 * The set of word k-shingles of a text as sorted, distinct 32-bit hashes. A text shorter than
 * k words is one shingle of all its words, so short texts still compare by exact content.
 */
export function shingleSet(wordHashes: ArrayLike<number>, k: number, seed: number): Uint32Array {
	const n = wordHashes.length;
	if (n === 0) return new Uint32Array(0);
	const count = n < k ? 1 : n - k + 1;
	const out = new Uint32Array(count);
	if (n < k) out[0] = hashRun(wordHashes, 0, n, seed);
	else for (let i = 0; i < count; i++) out[i] = hashRun(wordHashes, i, i + k, seed);
	out.sort();
	return dedupeSorted(out);
}

function dedupeSorted(a: Uint32Array): Uint32Array {
	let w = 0;
	for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[w - 1]) a[w++] = a[i];
	return w === a.length ? a : a.subarray(0, w);
}

/** Exact Jaccard similarity of two sorted, distinct hash sets. */
export function jaccardSorted(a: ArrayLike<number>, b: ArrayLike<number>): number {
	const na = a.length,
		nb = b.length;
	if (na === 0 && nb === 0) return 1;
	let i = 0,
		j = 0,
		inter = 0;
	while (i < na && j < nb) {
		const x = a[i],
			y = b[j];
		if (x === y) {
			inter++;
			i++;
			j++;
		} else if (x < y) i++;
		else j++;
	}
	return inter / (na + nb - inter);
}

/**
 * Exact Jaccard of two sorted, distinct hash sets when it is at least `t`, else -1, stopping as
 * soon as the rest of the sets cannot reach `t` (most candidate pairs are far below it).
 */
export function jaccardAtLeast(a: ArrayLike<number>, b: ArrayLike<number>, t: number): number {
	const na = a.length,
		nb = b.length;
	// J >= t  <=>  inter >= t (na + nb) / (1 + t)
	const need = (t * (na + nb)) / (1 + t) - 1e-9; // float slack: never exit on a pair exactly at t
	let i = 0,
		j = 0,
		inter = 0;
	while (i < na && j < nb) {
		if (inter + Math.min(na - i, nb - j) < need) return -1;
		const x = a[i],
			y = b[j];
		if (x === y) {
			inter++;
			i++;
			j++;
		} else if (x < y) i++;
		else j++;
	}
	if (inter < need) return -1;
	const jac = inter / (na + nb - inter);
	return jac >= t ? jac : -1;
}
