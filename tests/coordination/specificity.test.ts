import { describe, expect, it } from 'vitest';
import { specificCounts } from '../../src/lib/coordination/specificity';
import { KeyCounter } from '../../src/lib/coordination/frequency';

describe('specificCounts', () => {
	// Corpus: shingle 1 and 2 only in the group; 3 in the group and 10 other texts; 4 in one member.
	const corpus = [1, 2, 3, 1, 2, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3];
	const df = new KeyCounter([1, 2, 3, 4]);
	df.countAll(corpus);

	it('counts the shared units the group holds most uses of', () => {
		expect(df.count(3)).toBe(12);
		expect(df.count(99)).toBe(0);
		expect(specificCounts([[1, 2, 3], [1, 2, 3, 4]], df)).toEqual([2, 2]);
	});

	it('ignores units only one member has', () => {
		expect(specificCounts([[1], [2]], df)).toEqual([0, 0]);
	});
});
