import { describe, expect, it } from 'vitest';
import { buildAgeProfile, expectedShare } from '../../src/lib/coordination/ageProfile';
import { findBursts, BURST_DEFAULTS } from '../../src/lib/coordination/bursts';

const HOUR = 3600;

/** A story published at 0 whose comments arrive every `gap` seconds for `hours`. */
function steady(count: number, gap: number, start = 0) {
	return Array.from({ length: count }, (_, i) => start + i * gap);
}

describe('age profile', () => {
	it('is the mean share of a story per age window', () => {
		const p = buildAgeProfile([steady(20, 60), steady(40, 30)], 600, 2 * HOUR, 20);
		expect(p.stories).toBe(2);
		// both stories put all comments in the first 20 minutes; smoothing spreads over neighbours
		const total = [...p.share].reduce((a, b) => a + b, 0);
		expect(total).toBeGreaterThan(0.99);
		expect(expectedShare(p, 100 * HOUR, 600)).toBe(0);
	});
});

describe('findBursts', () => {
	// The typical story: 60 comments spread evenly over 10 hours.
	const typical = Array.from({ length: 30 }, () => steady(60, 600));
	const profile = buildAgeProfile(typical, 600, 7 * 24 * HOUR);
	const firstSeen = (a: number) => (a >= 1000 ? 5 * HOUR : -1e9);

	it('finds 20 comments in 5 minutes on a story that usually gets one per 10 minutes', () => {
		const times = [...steady(60, 600), ...steady(20, 15, 5 * HOUR + 1)].sort((a, b) => a - b);
		const authors = times.map((t, i) => (t > 5 * HOUR && t < 5 * HOUR + 400 && i % 2 === 0 ? 1000 + i : i));
		const bursts = findBursts({ ids: times.map((_, i) => i), times, authors, published: 0 }, profile, firstSeen);
		expect(bursts).toHaveLength(1);
		const b = bursts[0];
		expect(b.comments).toBeGreaterThanOrEqual(20);
		expect(b.comments).toBeLessThanOrEqual(22);
		expect(b.ratio).toBeGreaterThanOrEqual(BURST_DEFAULTS.factor);
		expect(b.newAuthorComments).toBe(10);
		expect(b.start).toBeGreaterThanOrEqual(5 * HOUR - 600);
	});

	it('finds nothing in a story that follows the usual pace', () => {
		const times = steady(60, 600);
		expect(findBursts({ ids: times, times, authors: times.map(() => 1), published: 0 }, profile, firstSeen)).toEqual([]);
	});

	it('needs at least minComments in the window', () => {
		const times = steady(9, 10, 3 * HOUR);
		expect(findBursts({ ids: times, times, authors: times, published: 0 }, profile, firstSeen)).toEqual([]);
	});
});
