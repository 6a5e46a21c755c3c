/** Sorts 32-bit values in place with a two-pass LSD radix sort (linear; millions in well under a second). */
export function radixSortU32(values: Uint32Array): Uint32Array {
	const n = values.length;
	let from: Uint32Array = values,
		to: Uint32Array = new Uint32Array(n);
	const counts = new Uint32Array(65536);
	for (const shift of [0, 16]) {
		counts.fill(0);
		for (let i = 0; i < n; i++) counts[(from[i] >>> shift) & 0xffff]++;
		let sum = 0;
		for (let d = 0; d < 65536; d++) {
			const c = counts[d];
			counts[d] = sum;
			sum += c;
		}
		for (let i = 0; i < n; i++) {
			const x = from[i];
			to[counts[(x >>> shift) & 0xffff]++] = x;
		}
		[from, to] = [to, from];
	}
	return from; // after two passes the sorted data is back in `values`
}

/** How many times `x` occurs in the sorted array: the document frequency of a shingle. */
export function countSorted(sorted: Uint32Array, x: number): number {
	return upperBound(sorted, x) - lowerBound(sorted, x);
}

function lowerBound(a: Uint32Array, x: number): number {
	let lo = 0,
		hi = a.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (a[mid] < x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function upperBound(a: Uint32Array, x: number): number {
	let lo = 0,
		hi = a.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (a[mid] <= x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
