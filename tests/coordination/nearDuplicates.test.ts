import { describe, expect, it } from 'vitest';
import { shingleSet, jaccardSorted, jaccardAtLeast } from '../../src/lib/coordination/shingles';
import { OneHashMinhash, bandKey } from '../../src/lib/coordination/minhash';
import { NearDuplicateIndex, NearDuplicateSketcher, NEAR_DUPLICATE_DEFAULTS, candidateProbability } from '../../src/lib/coordination/nearDuplicates';
import { BucketSorter, verifyBucket } from '../../src/lib/coordination/buckets';
import { UnionFind } from '../../src/lib/coordination/unionFind';
import { tokenize } from '../../src/lib/coordination/tokens';

const words = (s: string) => tokenize(s).hashes;

describe('shingles and Jaccard', () => {
	it('makes sorted distinct 3-word shingles, one shingle for short texts', () => {
		expect(shingleSet(words('a b c d'), 3, 1).length).toBe(2);
		expect(shingleSet(words('a b c a b c'), 3, 1).length).toBe(3); // "a b c" twice
		expect(shingleSet(words('a b'), 3, 1).length).toBe(1);
		const s = shingleSet(words('one two three four five six'), 3, 1);
		expect([...s]).toEqual([...s].sort((x, y) => x - y));
	});

	it.each([
		['the cat sat on the mat today', 'the cat sat on the mat today', 1],
		['the cat sat on the mat today', 'the cat sat on a mat today', 2 / 8],
		['the cat sat on the mat', 'a dog ran in the park', 0]
	])('J(%s, %s) = %d', (a, b, j) => {
		const [x, y] = [shingleSet(words(a), 3, 1), shingleSet(words(b), 3, 1)];
		expect(jaccardSorted(x, y)).toBeCloseTo(j, 10);
		expect(jaccardAtLeast(x, y, 0.25)).toBe(j >= 0.25 ? jaccardSorted(x, y) : -1);
		expect(jaccardAtLeast(x, y, j)).toBe(j > 0 ? jaccardSorted(x, y) : 0);
	});

	it('jaccardAtLeast agrees with the full computation on random sets', () => {
		let seed = 1;
		const rand = () => ((seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) % 60;
		for (let k = 0; k < 300; k++) {
			const a = Uint32Array.from(new Set(Array.from({ length: 20 + (k % 20) }, rand))).sort();
			const b = Uint32Array.from(new Set(Array.from({ length: 15 + (k % 25) }, rand))).sort();
			const j = jaccardSorted(a, b);
			for (const t of [0.3, 0.5, 0.7]) expect(jaccardAtLeast(a, b, t)).toBe(j >= t ? j : -1);
		}
	});
});

describe('one-permutation MinHash', () => {
	it('gives identical signatures for identical sets and is deterministic for a seed', () => {
		const m = new OneHashMinhash(72, 42);
		const set = shingleSet(words('copy paste campaigns repeat the same message with small edits'), 3, 7);
		const a = new Uint32Array(72),
			b = new Uint32Array(72),
			c = new Uint32Array(72);
		m.signature(set, a);
		m.signature(set, b);
		new OneHashMinhash(72, 42).signature(set, c);
		expect([...a]).toEqual([...b]);
		expect([...a]).toEqual([...c]);
		expect(a.includes(0xffffffff)).toBe(false); // every empty bin was densified
	});

	it('agrees in about J of the bins', () => {
		const base = Array.from({ length: 400 }, (_, i) => (i * 2654435761) >>> 0);
		const other = base.slice(100).concat(Array.from({ length: 100 }, (_, i) => (i * 40503 + 7) >>> 0)); // J = 300/500
		const m = new OneHashMinhash(512, 3);
		const a = new Uint32Array(512),
			b = new Uint32Array(512);
		m.signature(Uint32Array.from(base).sort(), a);
		m.signature(Uint32Array.from(other).sort(), b);
		const agree = a.filter((x, i) => x === b[i]).length / 512;
		expect(agree).toBeGreaterThan(0.5);
		expect(agree).toBeLessThan(0.7);
		expect(bandKey(a, 0, 4, 9)).toBe(bandKey(Uint32Array.from(a), 0, 4, 9));
	});

	it('the default bands catch pairs above the threshold', () => {
		const { bands, rows } = NEAR_DUPLICATE_DEFAULTS;
		expect(candidateProbability(0.5, bands, rows)).toBeGreaterThan(0.95);
		expect(candidateProbability(0.7, bands, rows)).toBeGreaterThan(0.9999);
		expect(candidateProbability(0.1, bands, rows)).toBeLessThan(0.03);
	});
});

describe('buckets', () => {
	it('groups equal keys in index order', () => {
		const keys = Uint32Array.from([5, 0x10000, 5, 7, 0x10000, 5]);
		const seen: number[][] = [];
		new BucketSorter(2).forEachBucket(keys, keys.length, (m, s, e) => seen.push([...m.subarray(s, e)]));
		expect(seen.sort()).toEqual([[0, 2, 5], [1, 4]].sort());
	});

	it('verifies a bucket of copies against one leader, not all pairs', () => {
		const uf = new UnionFind(1000);
		let checks = 0;
		const members = Array.from({ length: 1000 }, (_, i) => i);
		verifyBucket(members, 0, 1000, uf, () => (checks++, 1), () => {});
		expect(checks).toBe(999);
		expect(uf.sizeOf(0)).toBe(1000);
	});

	it('gives up on a big bucket where under one member in ten matches', () => {
		const uf = new UnionFind(1000);
		let checks = 0;
		const members = Array.from({ length: 1000 }, (_, i) => i);
		verifyBucket(members, 0, 1000, uf, () => (checks++, -1), () => {});
		expect(checks).toBe(66 + 52 * 12); // 12 leaders fill up, then 52 members try all 12
	});
});

describe('NearDuplicateIndex', () => {
	const texts = [
		'The carbon tax is crushing families like mine and the rebate never covers it at all',
		'The carbon tax is crushing families like mine and the rebate never covers it, scrap it',
		'Honestly the carbon tax is crushing families like mine and the rebate never covers it at all',
		'Nothing to do with the others: a comment about the football and the weather this weekend',
		'Too short to count'
	];
	it('links copies with small edits and leaves the rest alone', () => {
		const sketcher = new NearDuplicateSketcher();
		const added = texts.map((t, i) => sketcher.add(i, tokenize(t).hashes));
		expect(added).toEqual([true, true, true, true, false]);
		const index = new NearDuplicateIndex();
		const [first, second] = [sketcher.take(), sketcher.take()];
		expect([...first.ids]).toEqual([0, 1, 2, 3]);
		expect(second.ids.length).toBe(0);
		index.addSketches(first);
		index.addSketches(second);
		expect(index.size).toBe(4);
		const edges = index.edges();
		const linked = new Set(edges.flatMap((e) => [e.a, e.b]));
		expect([...linked].sort()).toEqual([0, 1, 2]);
		for (const e of edges) expect(e.similarity).toBeGreaterThanOrEqual(0.5);
	});
});
