// The chart-shaping functions: (data, options) -> geometry. Numbers are rounded so the expectations
// read like a reviewed snapshot of the chart.
import { describe, expect, it } from 'vitest';
import { sentimentArea } from '../../src/lib/charts/sentimentArea';
import { meanLine } from '../../src/lib/charts/meanLine';
import { stanceBars } from '../../src/lib/charts/stanceBars';
import { publicationTicks } from '../../src/lib/charts/publicationTicks';
import { sentimentBuckets, stanceBuckets, meanPoints, alignedBuckets } from '../../src/lib/charts/adapt';
import type { TimeBucket as ApiBucket } from '../../src/lib/api-types';

const r = (v: number) => Math.round(v * 10) / 10;
/** Path data with every number rounded to one decimal. */
const path = (d: string) => d.replace(/-?\d+(\.\d+)?(e-?\d+)?/g, (m) => String(r(Number(m))));

function bucket(t: string, pos: number, neu: number, neg: number, uns = 0, extra: Partial<ApiBucket> = {}): ApiBucket {
	const n = pos + neu + neg + uns;
	return {
		t,
		n,
		sentiment: { positive: pos, neutral: neu, negative: neg, unscored: uns, untagged: 0 },
		stance: { favor: pos, against: neg, neutral: neu, none: uns, untagged: 0 },
		untimed: 0,
		sparse: n < 5,
		mean: n ? (pos - neg) / n : null,
		lo: null,
		hi: null,
		scored: pos + neu + neg,
		...extra
	};
}

const api = [bucket('2026-05-01', 6, 2, 2), bucket('2026-05-02', 1, 0, 1), bucket('2026-05-03', 0, 4, 10, 2)];

describe('sentimentArea', () => {
	const L = sentimentArea(sentimentBuckets(api, 'day'), { width: 344, height: 134, granularity: 'day', margin: { left: 44, right: 0, top: 10, bottom: 24 } });

	it('stacks positive above and negative below a zero line, scaled to both extremes', () => {
		// Largest above: day 1 (1 + 6 = 7); below: day 3 (2 + 10 + 1 = 13); nice domain [-15, 10],
		// 4 px per comment, so zero sits 40 px below the top margin.
		expect(L.yTicks.map((t) => [r(t.pos), t.label])).toEqual([
			[110, '15'],
			[90, '10'],
			[70, '5'],
			[50, '0'],
			[30, '5'],
			[10, '10']
		]);
		expect(L.zeroY).toBe(50);
		expect(L.layers.map((l) => [l.label, l.cls])).toEqual([
			['unscored', 'fill-unscored'],
			['negative', 'fill-negative'],
			['neutral', 'fill-neutral'],
			['positive', 'fill-positive']
		]);
	});

	it('spans buckets from their starts to their ends and greys out n < 5', () => {
		expect(L.marks.map((m) => [r(m.x0), r(m.x1), m.lowN, m.bucket.n])).toEqual([
			[44, 144, false, 10],
			[144, 244, true, 2],
			[244, 344, false, 16]
		]);
		// Day 1 reaches 7 comments above zero (neutral/2 + positive) and 3 below (neutral/2 + negative).
		expect(L.marks.map((m) => [r(m.yTop), r(m.yBottom)])).toEqual([
			[22, 62],
			[46, 54],
			[38, 102]
		]);
	});

	it('draws each layer through bucket midpoints and out to both edges', () => {
		const positive = L.layers.find((l) => l.label === 'positive')!.d;
		expect(path(positive).startsWith('M44,')).toBe(true);
		expect(path(positive)).toContain('94,');
		expect(path(positive)).toContain('344,');
	});

	it('inverts pixels to times for brushing', () => {
		expect(L.invert(144).toISOString()).toBe('2026-05-02T00:00:00.000Z');
	});

	it('names a bad size', () => {
		expect(() => sentimentArea([], { width: 0, height: 10, granularity: 'day' })).toThrow('invalid size: 0x10');
	});

	it('still draws a single bucket', () => {
		const one = sentimentArea(sentimentBuckets([api[0]], 'day'), { width: 200, height: 100, granularity: 'day' });
		expect(one.layers.find((l) => l.label === 'positive')!.d).not.toBe('');
		expect(one.marks).toHaveLength(1);
	});
});

describe('adapters', () => {
	it('folds untagged into the grey band and parses bucket keys', () => {
		const b = sentimentBuckets([bucket('2026-05-01T13:00:00Z', 1, 1, 1, 1, { sentiment: { positive: 1, neutral: 1, negative: 1, unscored: 1, untagged: 2 } })], 'hour')[0];
		expect([b.start.toISOString(), b.end.toISOString(), b.counts]).toEqual([
			'2026-05-01T13:00:00.000Z',
			'2026-05-01T14:00:00.000Z',
			{ negative: 1, neutral: 1, positive: 1, unscored: 3 }
		]);
		expect(stanceBuckets([api[2]], 'week')[0].end.toISOString()).toBe('2026-05-10T00:00:00.000Z');
		expect(meanPoints([api[0]], 'day')[0]).toMatchObject({ n: 10, mean: 0.4 });
		expect(alignedBuckets(['2026-05', '2026-06'], [3], 'month').map((b) => [b.start.toISOString().slice(0, 7), b.n])).toEqual([
			['2026-05', 3],
			['2026-06', 0]
		]);
	});
});

describe('meanLine', () => {
	const pts = [
		{ start: new Date('2026-05-01T00:00:00Z'), end: new Date('2026-05-02T00:00:00Z'), n: 10, mean: 0.2, lo: 0.1, hi: 0.3 },
		{ start: new Date('2026-05-02T00:00:00Z'), end: new Date('2026-05-03T00:00:00Z'), n: 2, mean: -0.9, lo: -1, hi: 0 },
		{ start: new Date('2026-05-03T00:00:00Z'), end: new Date('2026-05-04T00:00:00Z'), n: 8, mean: -0.25, lo: -0.35, hi: -0.15 }
	];
	const L = meanLine(pts, { width: 344, height: 122, granularity: 'day', margin: { left: 44, right: 0, top: 10, bottom: 12 } });

	it('fits a symmetric axis to the well-sampled means only', () => {
		expect(L.yTicks.map((t) => [r(t.pos), t.label])).toEqual([
			[110, '−0.40'],
			[60, '+0.00'],
			[10, '+0.40']
		]);
	});

	it('breaks the line at buckets with too few scored comments', () => {
		// Two separate one-point segments: M..Z style moves, no line through the sparse day.
		expect((L.line.match(/M/g) ?? []).length).toBe(2);
		expect(L.dots.map((d) => [r(d.x), r(d.y), d.lowN])).toEqual([
			[94, 35, false],
			[194, r(60 + 0.9 * 125), true],
			[294, 91.3, false]
		]);
	});
});

describe('stanceBars', () => {
	const L = stanceBars(stanceBuckets(api, 'day'), { width: 344, height: 128, granularity: 'day', margin: { left: 44, right: 0, top: 8, bottom: 20 } });
	it('stacks favour, neutral, against to 100% per bucket', () => {
		expect(L.bars[0].segments.map((s) => [s.label, r(s.share), r(s.y), r(s.height)])).toEqual([
			['favor', 0.6, 48, 60],
			['neutral', 0.2, 28, 20],
			['against', 0.2, 8, 20]
		]);
		expect(L.bars.map((b) => [r(b.x), r(b.width), b.n, b.lowN])).toEqual([
			[44, 99, 10, false],
			[144, 99, 2, true],
			[244, 99, 14, false]
		]);
	});
});

describe('publicationTicks', () => {
	it('merges articles closer than the gap and drops those off the axis', () => {
		const x = (d: Date) => (d.getTime() - Date.parse('2026-05-01T00:00:00Z')) / 3_600_000;
		const ticks = publicationTicks(
			[
				{ id: 1, title: 'a', publishedAt: '2026-05-01T10:00:00Z' },
				{ id: 2, title: 'b', publishedAt: '2026-05-01T11:00:00Z' },
				{ id: 3, title: 'c', publishedAt: '2026-05-01T20:00:00Z' },
				{ id: 4, title: 'd', publishedAt: '2026-05-03T00:00:00Z' }
			],
			x,
			[0, 24]
		);
		expect(ticks.map((t) => [t.x, t.articles.map((a) => a.id)])).toEqual([
			[10, [1, 2]],
			[20, [3]]
		]);
	});
});
