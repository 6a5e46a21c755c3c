import type { UnionFind } from './unionFind';

/**
 * Groups 0..n-1 by 32-bit key with a two-pass LSD radix sort (linear time, which matters at a
 * million keys per band) and calls `visit` with each run of two or more equal keys.
 */
export class BucketSorter {
	private a: Int32Array;
	private b: Int32Array;
	private counts = new Uint32Array(65536);

	constructor(capacity: number) {
		this.a = new Int32Array(capacity);
		this.b = new Int32Array(capacity);
	}

	forEachBucket(keys: Uint32Array, n: number, visit: (members: Int32Array, start: number, end: number) => void): void {
		if (this.a.length < n) {
			this.a = new Int32Array(n);
			this.b = new Int32Array(n);
		}
		const { a, b, counts } = this;
		for (let i = 0; i < n; i++) a[i] = i;
		// low 16 bits a -> b, then high 16 bits b -> a; stable, so runs keep index order
		this.pass(keys, a, b, n, 0);
		this.pass(keys, b, a, n, 16);
		let start = 0;
		for (let i = 1; i <= n; i++) {
			if (i === n || keys[a[i]] !== keys[a[start]]) {
				if (i - start > 1) visit(a, start, i);
				start = i;
			}
		}
		void counts;
	}

	private pass(keys: Uint32Array, from: Int32Array, to: Int32Array, n: number, shift: number): void {
		const counts = this.counts;
		counts.fill(0);
		for (let i = 0; i < n; i++) counts[(keys[from[i]] >>> shift) & 0xffff]++;
		let sum = 0;
		for (let d = 0; d < 65536; d++) {
			const c = counts[d];
			counts[d] = sum;
			sum += c;
		}
		for (let i = 0; i < n; i++) {
			const x = from[i];
			to[counts[(keys[x] >>> shift) & 0xffff]++] = x;
		}
	}
}

/**
 * Verifies a bucket's candidates without comparing all pairs: each member is checked against at
 * most `maxLeaders` earlier members that did not match anything (its "leaders"), and skipped
 * when it is already in a leader's set. A bucket of 10,000 exact copies costs 10,000 checks,
 * not 50 million. Past `hopeless` members, a bucket where under 10% matched is dropped.
 * `verify` returns the similarity, or -1 when the pair is rejected.
 */
export function verifyBucket(
	members: ArrayLike<number>,
	start: number,
	end: number,
	uf: UnionFind,
	verify: (a: number, b: number) => number,
	onEdge: (a: number, b: number, similarity: number) => void,
	maxLeaders = 12,
	hopeless = 64
): void {
	const leaders: number[] = [];
	let links = 0;
	for (let i = start; i < end; i++) {
		// A big bucket where fewer than one member in ten matches (now or in an earlier band) is
		// mostly unrelated texts sharing stock phrasing; copies in it meet again in other bands,
		// so the rest is not worth checking.
		if (i - start >= hopeless && links * 10 < i - start) break;
		const x = members[i];
		const root = uf.find(x);
		let linked = false;
		for (const l of leaders) {
			if (uf.find(l) === root) {
				linked = true;
				links++;
				break;
			}
		}
		if (!linked) {
			for (const l of leaders) {
				const s = verify(l, x);
				if (s >= 0) {
					uf.union(l, x);
					onEdge(l, x, s);
					linked = true;
					links++;
					break;
				}
			}
		}
		if (!linked && leaders.length < maxLeaders) leaders.push(x);
	}
}
