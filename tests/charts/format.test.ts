import { describe, expect, it } from 'vitest';
import { formatChange, formatCompact, formatCount, formatSentiment, formatSentimentChange, formatShare } from '../../src/lib/charts/format';
import { divergingClass, stanceClass, sentimentClass } from '../../src/lib/charts/palette';
import { csvCell, toCsv } from '../../src/lib/charts/csv';
import { arrowNav, nearestIndex, nextIndex } from '../../src/lib/charts/keys';

describe('number formats', () => {
	it.each([
		[0, '0'],
		[999, '999'],
		[1234, '1,234'],
		[1234567, '1,234,567']
	])('formatCount(%s) = %s', (n, s) => expect(formatCount(n)).toBe(s));

	it.each([
		[12, '12'],
		[999, '999'],
		[1234, '1.2k'],
		[40000, '40k'],
		[2_300_000, '2.3M']
	])('formatCompact(%s) = %s', (n, s) => expect(formatCompact(n)).toBe(s));

	it.each([
		[0.123, '+0.12'],
		[-0.3, '−0.30'],
		[0.001, '+0.00'],
		[-0.004, '+0.00'],
		[null, '–']
	])('formatSentiment(%s) = %s', (n, s) => expect(formatSentiment(n)).toBe(s));

	it.each([
		[0.42, '42%'],
		[0.075, '7.5%'],
		[0, '0%'],
		[1, '100%'],
		[null, '–']
	])('formatShare(%s) = %s', (n, s) => expect(formatShare(n)).toBe(s));

	it('describes changes against a previous period', () => {
		expect(formatChange(120, 100)).toBe('▲ 20%');
		expect(formatChange(97, 100)).toBe('▼ 3.0%');
		expect(formatChange(100, 100)).toBe('no change');
		expect(formatChange(5, 0)).toBeNull();
		expect(formatSentimentChange(0.1, -0.05)).toBe('▲ +0.15');
		expect(formatSentimentChange(-0.2, 0.1)).toBe('▼ −0.30');
		expect(formatSentimentChange(null, 0.1)).toBeNull();
	});
});

describe('palette', () => {
	it.each([
		[-0.9, 'fill-div-n3'],
		[-0.3, 'fill-div-n2'],
		[-0.1, 'fill-div-n1'],
		[0.02, 'fill-div-0'],
		[0.1, 'fill-div-p1'],
		[0.3, 'fill-div-p2'],
		[2, 'fill-div-p3'],
		[null, 'fill-unscored']
	])('divergingClass(%s) = %s', (s, c) => expect(divergingClass(s)).toBe(c));

	it('keeps stance neutral apart from sentiment neutral', () => {
		expect(sentimentClass('neutral')).toBe('fill-neutral');
		expect(stanceClass('neutral')).toBe('fill-stance-neutral');
		expect(stanceClass('against')).toBe('fill-against');
	});
});

describe('csv', () => {
	it('neutralises formula-looking text but not numbers', () => {
		expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell('-x')).toBe("'-x");
		expect(csvCell('@cmd')).toBe("'@cmd");
		expect(csvCell('\tx')).toBe("'\tx");
		expect(csvCell('\rx')).toBe('"\'\rx"');
		expect(csvCell(-3)).toBe('-3');
		expect(csvCell(null)).toBe('');
	});
	it('quotes per RFC 4180', () => {
		expect(toCsv(['a', 'b'], [['say "hi", ok', 'line\nbreak'], [1, '😀']])).toBe(
			'a,b\r\n"say ""hi"", ok","line\nbreak"\r\n1,😀\r\n'
		);
	});
});

describe('keyboard navigation', () => {
	it.each([
		['ArrowRight', null, 5, 0],
		['ArrowRight', 4, 5, 4],
		['ArrowLeft', null, 5, 4],
		['ArrowLeft', 0, 5, 0],
		['Home', 3, 5, 0],
		['End', 0, 5, 4],
		['PageDown', 0, 50, 10],
		['PageUp', 5, 50, 0],
		['a', 1, 5, undefined]
	] as const)('%s from %s of %s -> %s', (key, cur, len, want) => expect(nextIndex(key, cur, len)).toBe(want));
});

describe('pointer and arrow helpers', () => {
	it('finds the nearest mark and none among none', () => {
		expect(nearestIndex([10, 20, 40], 29)).toBe(1);
		expect(nearestIndex([10, 20, 40], 31)).toBe(2);
		expect(nearestIndex([10, 20, 40], -5)).toBe(0);
		expect(nearestIndex([], 5)).toBeNull();
	});

	it('consumes navigation keys only', () => {
		const key = (k: string) => {
			let prevented = false;
			return { e: { key: k, preventDefault: () => (prevented = true) } as unknown as KeyboardEvent, prevented: () => prevented };
		};
		const right = key('ArrowRight');
		expect(arrowNav(right.e, 2, 5)).toBe(3);
		expect(right.prevented()).toBe(true);
		const letter = key('a');
		expect(arrowNav(letter.e, 2, 5)).toBe(2);
		expect(letter.prevented()).toBe(false);
		expect(arrowNav(key('End').e, null, 5)).toBe(4);
	});
});
