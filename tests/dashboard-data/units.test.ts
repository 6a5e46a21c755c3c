// Pure pieces: time buckets, FTS quoting, evidence offsets, HyperLogLog, measures.
import { describe, expect, it } from 'vitest';
import { FilterError } from '../../src/lib/filters';
import { ftsQuery, emojiVariants } from '../../src/lib/server/db/filterSql';
import { bucketKey, bucketRange, granularityFor, nextBucket, parseGranularity, spanMs } from '../../src/lib/server/db/queries/time';
import { locateEvidence } from '../../src/lib/server/db/queries/cards';
import { addId, estimate, mergeInto, newRegisters } from '../../src/lib/server/db/queries/hll';
import { againstShare, meanSentiment } from '../../src/lib/server/db/queries/measures';
import { median } from '../../src/lib/server/db/sectionMedians';

describe('time buckets', () => {
	it.each<[string, 'hour' | 'day' | 'week' | 'month', string]>([
		['2026-05-01T13', 'hour', '2026-05-01T13:00:00Z'],
		['2026-05-01', 'day', '2026-05-01'],
		['2026-05-03', 'week', '2026-04-27'], // Sunday -> its Monday
		['2026-05-04', 'week', '2026-05-04'], // Monday
		['2026-05-31', 'month', '2026-05-01'],
		['2026-05-31T23', 'day', '2026-05-31']
	])('bucketKey(%s, %s) = %s', (v, g, key) => expect(bucketKey(v, g)).toBe(key));

	it.each<[string, 'hour' | 'day' | 'week' | 'month', string]>([
		['2026-05-01T23:00:00Z', 'hour', '2026-05-02T00:00:00Z'],
		['2026-12-31', 'day', '2027-01-01'],
		['2026-04-27', 'week', '2026-05-04'],
		['2026-12-01', 'month', '2027-01-01'],
		['2026-01-01', 'month', '2026-02-01']
	])('nextBucket(%s, %s) = %s', (k, g, next) => expect(nextBucket(k, g)).toBe(next));

	it('ranges cover both ends and refuse absurd bucket counts', () => {
		expect(bucketRange('2026-05-01T22:30:00Z', '2026-05-02T01:10:00Z', 'hour')).toEqual([
			'2026-05-01T22:00:00Z', '2026-05-01T23:00:00Z', '2026-05-02T00:00:00Z', '2026-05-02T01:00:00Z'
		]);
		expect(bucketRange('2026-01-15', '2026-03-02', 'month')).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
		expect(() => bucketRange('2020-01-01', '2026-01-01', 'hour')).toThrow(FilterError);
	});

	it.each<[number, string]>([[1, 'hour'], [4, 'hour'], [5, 'day'], [150, 'day'], [151, 'week'], [730, 'week'], [731, 'month']])(
		'a span of %d days is shown by %s', (days, g) => expect(granularityFor(days * 86_400_000)).toBe(g)
	);

	it('measures spans of days inclusively and validates the option', () => {
		expect(spanMs('2026-05-01', '2026-05-01')).toBe(86_400_000);
		expect(spanMs('2026-05-01T00:00:00Z', '2026-05-01T12:00:00Z')).toBe(43_200_000);
		expect(parseGranularity('auto')).toBeUndefined();
		expect(parseGranularity('week')).toBe('week');
		expect(() => parseGranularity('fortnight')).toThrow(/granularity: "fortnight" is not one of auto, hour, day, week, month/);
	});
});

describe('ftsQuery', () => {
	it.each<[string, string | null]>([
		['ceasefire', '"ceasefire"'],
		['ceasefire talks', '"ceasefire" "talks"'],
		['"ceasefire talks" geneva', '"ceasefire talks" "geneva"'],
		['cease*', '"cease"*'],
		['*', null],
		['!!! ???', null],
		['say "hi', '"say" """hi"'], // an unpaired quote stays a literal (doubled); the tokenizer drops it
		['a"b', '"a""b"'],
		['NEAR(a b) OR c', '"NEAR(a" "b)" "OR" "c"'],
		['col:talks', '"col:talks"'],
		['^start', '"^start"'],
		['🕊️', '"🕊️"'],
		['', null]
	])('%j -> %j', (q, expected) => expect(ftsQuery(q)).toBe(expected));

	it('matches emoji with and without U+FE0F', () => {
		expect(emojiVariants('🕊️')).toEqual(['🕊️', '🕊']);
		expect(emojiVariants('🕊')).toEqual(['🕊', '🕊️']);
		expect(emojiVariants('👍🏽')).toEqual(['👍🏽']);
	});
});

describe('locateEvidence', () => {
	const text = 'Good grief, this is NOT good. Good!';
	it.each<[string, { token: string; start?: number; end?: number }[]]>([
		[JSON.stringify([{ token: 'good', weight: 1, start: 24, end: 28 }]), [{ token: 'good', start: 24, end: 28 }]],
		[JSON.stringify([{ token: 'good', weight: 1 }, { token: 'good', weight: 1 }]), [{ token: 'good', start: 0, end: 4 }, { token: 'good', start: 24, end: 28 }]],
		[JSON.stringify([{ token: 'good', weight: 1, start: 5, end: 9 }]), [{ token: 'good', start: 0, end: 4 }]],
		[JSON.stringify([{ token: 'splendid', weight: 2 }]), [{ token: 'splendid' }]],
		['not json', []],
		['{"a":1}', []],
		['null', []]
	])('%s', (json, expected) => {
		expect(locateEvidence(text, json).map(({ token, start, end }) => ({ token, ...(start !== undefined ? { start, end } : {}) }))).toEqual(expected);
	});
});

describe('HyperLogLog', () => {
	it.each([1, 10, 1000, 50_000, 300_000])('estimates %d distinct ids within 5 percent (2 standard errors)', (n) => {
		const reg = newRegisters();
		for (let i = 1; i <= n; i++) {
			addId(reg, i);
			addId(reg, i); // repeats do not count
		}
		expect(Math.abs(estimate(reg) - n) / n).toBeLessThan(n < 100 ? 0.001 : 0.05);
	});

	it('merges sketches as a union', () => {
		const a = newRegisters();
		const b = newRegisters();
		for (let i = 0; i < 20_000; i++) addId(a, i);
		for (let i = 10_000; i < 30_000; i++) addId(b, i);
		mergeInto(a, b);
		expect(Math.abs(estimate(a) - 30_000) / 30_000).toBeLessThan(0.05);
		expect(estimate(newRegisters())).toBe(0);
	});
});

describe('measures', () => {
	it('mean with a 95% interval, and shares', () => {
		expect(meanSentiment(0, 0, 0)).toEqual({ mean: null, lo: null, hi: null, scored: 0 });
		expect(meanSentiment(1, 0.5, 0.25)).toEqual({ mean: 0.5, lo: null, hi: null, scored: 1 });
		// scores 0.2, 0.4, 0.6: mean 0.4, sd 0.2, half-width 1.96 * 0.2 / sqrt(3) = 0.2263
		expect(meanSentiment(3, 1.2, 0.56)).toEqual({ mean: 0.4, lo: 0.1737, hi: 0.6263, scored: 3 });
		expect(meanSentiment(2, 1.9, 1.81).hi).toBe(1);
		expect(againstShare({ favor: 1, against: 2, neutral: 1, none: 10, untagged: 3 })).toBe(0.5);
		expect(againstShare({ favor: 0, against: 0, neutral: 0, none: 10, untagged: 3 })).toBeNull();
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 2, 3])).toBe(2.5);
		expect(median([])).toBeNull();
	});
});
