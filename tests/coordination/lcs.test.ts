import { describe, expect, it } from 'vitest';
import { lcsLength, lcsRuns, lcsDice } from '../../src/lib/coordination/lcs';

const seq = (s: string) => s.split(' ').map((w) => w.charCodeAt(0) * 1000 + w.length);

describe('longest common subsequence of words', () => {
	it.each([
		['a b c d', 'a b c d', 4, [[0, 4]]],
		['a b c d', 'a x c d', 3, [[0, 1], [2, 4]]],
		['a b c', 'x y z', 0, []],
		['a b c d e', 'b d', 2, [[1, 2], [3, 4]]],
		['', 'a b', 0, []]
	])('%s vs %s', (a, b, length, runs) => {
		const x = a ? seq(a) : [],
			y = seq(b);
		expect(lcsLength(x, y)).toBe(length);
		expect(lcsRuns(x, y)).toEqual(runs);
	});

	it('breaks a run where the other side skipped words', () => {
		// "a b" in x is contiguous, but y has "q" between them
		expect(lcsRuns(seq('a b c'), seq('a q b c'))).toEqual([[0, 1], [1, 3]]);
	});

	it('Dice is 2·LCS over the total length', () => {
		expect(lcsDice(seq('a b c d'), seq('a b x y'))).toBe(0.5);
		expect(lcsDice([], [])).toBe(1);
	});
});
