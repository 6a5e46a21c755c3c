import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../src/lib/charts/highlight';
import { splitBar } from '../../src/lib/charts/splitBar';
import { topicDots, sortTopics, type TopicRow } from '../../src/lib/charts/topicDots';
import { smallMultiples } from '../../src/lib/charts/smallMultiples';
import { storyCurve, cumulate } from '../../src/lib/charts/storyCurve';
import { heatStrip } from '../../src/lib/charts/heatStrip';
import { matrix } from '../../src/lib/charts/matrix';
import { alignedBuckets } from '../../src/lib/charts/adapt';
import { bucketLabel, timeLabel, rangeToFilter } from '../../src/lib/charts/time';
import { clock } from '../../src/lib/charts/clock.svelte';

const r = (v: number) => Math.round(v * 10) / 10;

describe('highlightSegments', () => {
	it('splits text at evidence offsets', () => {
		expect(highlightSegments('what a great day, awful end', [
			{ start: 7, end: 12, token: 'great', weight: 2 },
			{ start: 18, end: 23, token: 'awful', weight: -3, note: 'negated' }
		])).toEqual([
			{ text: 'what a ', hit: false, sign: 0, note: '' },
			{ text: 'great', hit: true, sign: 1, note: '' },
			{ text: ' day, ', hit: false, sign: 0, note: '' },
			{ text: 'awful', hit: true, sign: -1, note: 'negated' },
			{ text: ' end', hit: false, sign: 0, note: '' }
		]);
	});

	it('finds tokens without offsets, and ignores stale offsets', () => {
		const segs = highlightSegments('Bad, bad idea', [
			{ token: 'bad', weight: -1 },
			{ token: 'bad', weight: -1 },
			{ start: 0, end: 3, token: 'idea', weight: 1 }
		]);
		expect(segs.map((s) => [s.text, s.hit])).toEqual([
			['Bad', true],
			[', ', false],
			['bad', true],
			[' ', false],
			['idea', true]
		]);
	});

	it('keeps markup as literal text and survives overlaps and out-of-range offsets', () => {
		const text = '<img src=x onerror="alert(1)"> terrible';
		const segs = highlightSegments(text, [
			{ start: 31, end: 39, weight: -2 },
			{ start: 33, end: 36, weight: 1 },
			{ start: 90, end: 99, token: 'nothere', weight: 1 }
		]);
		expect(segs.map((s) => s.text).join('')).toBe(text);
		expect(segs.filter((s) => s.hit).map((s) => s.text)).toEqual(['terrible']);
	});

	it('handles emoji (UTF-16 offsets) and empty text', () => {
		expect(highlightSegments('🕊️ peace', [{ start: 3, end: 8, token: 'peace', weight: 2 }]).map((s) => s.text)).toEqual(['🕊️ ', 'peace']);
		expect(highlightSegments('', [{ token: 'x' }])).toEqual([]);
	});
});

describe('splitBar', () => {
	it('lays segments end to end and labels only the wide ones', () => {
		const L = splitBar(
			[
				{ key: 'a', label: 'A', cls: 'x', count: 6 },
				{ key: 'b', label: 'B', cls: 'y', count: 1 },
				{ key: 'c', label: 'C', cls: 'z', count: 3 }
			],
			200
		);
		expect(L.n).toBe(10);
		expect(L.segments.map((s) => [s.key, s.x, s.width, s.labelled])).toEqual([
			['a', 0, 120, true],
			['b', 120, 20, false],
			['c', 140, 60, true]
		]);
		expect(splitBar([{ key: 'a', label: 'A', cls: 'x', count: 0 }], 100).segments[0].width).toBe(0);
	});
});

describe('topicDots', () => {
	const rows: TopicRow[] = [
		{ id: 1, name: 'Budget', n: 50, mean: -0.3, lo: -0.4, hi: -0.2, scored: 40, stance: { favor: 1, neutral: 1, against: 8 } },
		{ id: 2, name: 'Ceasefire', n: 100, mean: 0.1, lo: 0.05, hi: 0.15, scored: 90, stance: { favor: 5, neutral: 0, against: 5 } },
		{ id: 3, name: 'Art', n: 3, mean: null, scored: 0, stance: {} }
	];
	it('sorts by volume, sentiment, share against or name', () => {
		expect(sortTopics(rows, 'volume').map((t) => t.name)).toEqual(['Ceasefire', 'Budget', 'Art']);
		expect(sortTopics(rows, 'sentiment').map((t) => t.name)).toEqual(['Budget', 'Ceasefire', 'Art']);
		expect(sortTopics(rows, 'against').map((t) => t.name)).toEqual(['Budget', 'Ceasefire', 'Art']);
		expect(sortTopics(rows, 'name').map((t) => t.name)).toEqual(['Art', 'Budget', 'Ceasefire']);
	});
	it('scales bars, dots and stance splits', () => {
		const L = topicDots(rows, { volumeWidth: 100, sentimentWidth: 112, stanceWidth: 50 });
		expect(L.sentimentTicks.map((t) => [r(t.pos), t.label])).toEqual([
			[6, '−0.40'],
			[56, '+0.00'],
			[106, '+0.40']
		]);
		expect(L.rows.map((x) => [x.topic.name, r(x.barWidth), x.dot && [r(x.dot.lo), r(x.dot.x), r(x.dot.hi)], x.lowN])).toEqual([
			['Ceasefire', 100, [62.3, 68.5, 74.8], false],
			['Budget', 50, [6, 18.5, 31], false],
			['Art', 3, null, true]
		]);
		expect(L.rows[1].stance.map((s) => [s.label, r(s.x), r(s.width)])).toEqual([
			['favor', 0, 5],
			['neutral', 5, 5],
			['against', 10, 40]
		]);
		expect(L.rows[2].stance).toEqual([]);
	});
});

describe('smallMultiples', () => {
	it('gives every panel the same scales', () => {
		const days = ['2026-05-01', '2026-05-02'];
		const L = smallMultiples(
			[
				{ key: 'a', label: 'A', total: 12, buckets: alignedBuckets(days, [2, 10], 'day') },
				{ key: 'b', label: 'B', total: 5, buckets: alignedBuckets(days, [5, 0], 'day') }
			],
			{ width: 104, height: 54, pad: 2 }
		);
		expect(L.yMax).toBe(10);
		expect(L.panels.map((p) => [p.key, p.peak && [r(p.peak.x), r(p.peak.y), p.peak.n]])).toEqual([
			['a', [77, 2, 10]],
			['b', [27, 27, 5]]
		]);
		expect(L.domain.map((d) => d.toISOString().slice(0, 10))).toEqual(['2026-05-01', '2026-05-03']);
	});
});

describe('storyCurve', () => {
	it('plots values at the end of each hour with the median for reference', () => {
		const L = storyCurve(cumulate([4, 2, 0, 2]), [1, 2, 3, 4], { width: 140, height: 100, margin: { left: 40, right: 0, top: 0, bottom: 20 } });
		expect(L.points.map((p) => [r(p.x), r(p.y), p.value, p.median])).toEqual([
			[65, 40, 4, 1],
			[90, 20, 6, 2],
			[115, 20, 6, 3],
			[140, 0, 8, 4]
		]);
		expect(L.xTicks.map((t) => t.label)).toEqual(['0 h']);
		expect(L.nowX).toBeNull();
		expect(L.median).not.toBe('');
	});
	it('stops a young story at "now"', () => {
		const L = storyCurve([1, 2, 3, 4], null, { width: 140, height: 100, observedHours: 2.5, margin: { left: 40, right: 0, top: 0, bottom: 20 } });
		expect(L.points).toHaveLength(3);
		expect(L.nowX).toBe(115);
		expect(L.median).toBe('');
	});
});

describe('heatStrip', () => {
	it('uses one square-root scale across rows and skips empty cells', () => {
		const days = ['2026-05-01', '2026-05-02', '2026-05-03'];
		const L = heatStrip(
			[
				{ key: '👍', label: '👍', buckets: alignedBuckets(days, [1, 4, 0], 'day') },
				{ key: '😡', label: '😡', buckets: alignedBuckets(days, [0, 0, 16], 'day') }
			],
			{ width: 340, rowHeight: 20, labelWidth: 40, granularity: 'day' }
		);
		expect(L.max).toBe(16);
		expect(L.rows.map((row) => [row.y, row.cells.map((c) => [c.x, c.width, c.n, c.opacity])])).toEqual([
			[0, [[40, 100, 1, 0.25], [140, 100, 4, 0.5]]],
			[20, [[240, 100, 16, 1]]]
		]);
		expect(L.height).toBe(40);
	});
});

describe('matrix', () => {
	it('places circles by row and column totals with area following the count', () => {
		const L = matrix(
			[
				{ row: '👍', col: 'Budget', n: 4, mean: 0.5 },
				{ row: '👍', col: 'Sport', n: 1 },
				{ row: '😡', col: 'Budget', n: 9, mean: -0.6 },
				{ row: '😡', col: 'Sport', n: 0 }
			],
			{ cell: 20, left: 30, top: 10 }
		);
		expect(L.rows.map((x) => [x.key, x.y, x.total])).toEqual([
			['😡', 20, 9],
			['👍', 40, 5]
		]);
		expect(L.cols.map((x) => [x.key, x.x])).toEqual([
			['Budget', 40],
			['Sport', 60]
		]);
		expect(L.cells.map((c) => [c.row, c.col, c.r, c.cls, r(c.rowShare)])).toEqual([
			['👍', 'Budget', 6, 'fill-div-p3', 0.8],
			['👍', 'Sport', 3, 'fill-unscored', 0.2],
			['😡', 'Budget', 9, 'fill-div-n3', 1]
		]);
		expect([L.width, L.height]).toEqual([70, 50]);
	});
});

describe('labels', () => {
	it.each([
		['2026-05-01T13:00:00Z', 'hour', '1 May 2026, 13:00–14:00 UTC'],
		['2026-05-01T00:00:00Z', 'day', 'Fri 1 May 2026'],
		['2026-05-04T00:00:00Z', 'week', 'week of 4 May 2026'],
		['2026-05-01T00:00:00Z', 'month', 'May 2026']
	] as const)('bucketLabel(%s, %s)', (iso, g, want) => expect(bucketLabel(new Date(iso), g)).toBe(want));

	it("reads instants and hour buckets in the reader's zone once hydrated, days stay UTC dates", () => {
		try {
			clock.zone = 'America/New_York';
			expect(timeLabel('2026-05-01T09:05:00Z')).toBe('1 May 2026, 05:05 GMT-4');
			expect(timeLabel('2026-01-15T23:30:00Z')).toBe('15 Jan 2026, 18:30 GMT-5');
			expect(bucketLabel(new Date('2026-05-01T13:00:00Z'), 'hour')).toBe('hour from 1 May 2026, 09:00 GMT-4');
			expect(bucketLabel(new Date('2026-05-01T00:00:00Z'), 'day')).toBe('Fri 1 May 2026');
		} finally {
			clock.zone = 'UTC';
		}
		expect(timeLabel('2026-05-01T09:05:00Z')).toBe('1 May 2026, 09:05 UTC');
	});

	it('labels stored times and brushed hour ranges', () => {
		expect(timeLabel('2026-05-01T09:05:00Z')).toBe('1 May 2026, 09:05 UTC');
		expect(timeLabel(null)).toBe('no time');
		expect(rangeToFilter(new Date('2026-05-01T10:20:00Z'), new Date('2026-05-01T12:10:00Z'), 'hour')).toEqual({
			from: '2026-05-01T10:00:00Z',
			to: '2026-05-01T12:59:59Z'
		});
	});
});
