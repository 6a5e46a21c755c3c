import { describe, expect, it } from 'vitest';
import { parseBucket, rangeToDates, bucketEnd } from '../../src/lib/charts/time';
import { timeTickLabel, timeTicks, timeScale } from '../../src/lib/charts/timeAxis';

const d = (s: string) => new Date(s);

describe('time buckets', () => {
	it.each([
		['2026-05-01T12:00:00Z', '2026-05-01T12:00:00.000Z'],
		['2026-05-01T12', '2026-05-01T12:00:00.000Z'],
		['2026-05-01', '2026-05-01T00:00:00.000Z'],
		['2026-05', '2026-05-01T00:00:00.000Z']
	])('parseBucket(%s)', (k, iso) => expect(parseBucket(k).toISOString()).toBe(iso));

	it('rejects a bad bucket, naming it', () => {
		expect(() => parseBucket('yesterday')).toThrow('invalid time bucket: "yesterday"');
	});

	it('ends buckets in UTC, weeks on Mondays', () => {
		expect(bucketEnd(d('2026-05-04T00:00:00Z'), 'week').toISOString()).toBe('2026-05-11T00:00:00.000Z');
		expect(bucketEnd(d('2026-02-01T00:00:00Z'), 'month').toISOString()).toBe('2026-03-01T00:00:00.000Z');
	});

	it('snaps a brushed range outward to whole buckets as inclusive dates', () => {
		expect(rangeToDates(d('2026-05-03T10:00:00Z'), d('2026-05-01T05:00:00Z'), 'day')).toEqual({ from: '2026-05-01', to: '2026-05-03' });
		expect(rangeToDates(d('2026-05-01T00:00:00Z'), d('2026-05-02T00:00:00Z'), 'day')).toEqual({ from: '2026-05-01', to: '2026-05-01' });
		expect(rangeToDates(d('2026-05-06T10:00:00Z'), d('2026-05-06T10:00:00Z'), 'week')).toEqual({ from: '2026-05-04', to: '2026-05-10' });
		expect(rangeToDates(d('2026-05-06T10:00:00Z'), d('2026-05-06T11:30:00Z'), 'hour')).toEqual({ from: '2026-05-06', to: '2026-05-06' });
	});
});

describe('time axis', () => {
	it.each([
		['2026-05-03T12:00:00Z', '12:00'],
		['2026-05-03T00:00:00Z', 'May 3'],
		['2026-05-01T00:00:00Z', 'May'],
		['2026-01-01T00:00:00Z', '2026']
	])('labels %s as %s', (iso, label) => expect(timeTickLabel(d(iso))).toBe(label));

	it('puts about one tick per 90 px', () => {
		const x = timeScale([d('2026-05-01T00:00:00Z'), d('2026-05-31T00:00:00Z')], [0, 450]);
		const ticks = timeTicks(x, 450, 'day');
		expect(ticks.map((t) => [Math.round(t.pos), t.label])).toEqual([
			[30, 'May 3'],
			[135, 'May 10'],
			[240, 'May 17'],
			[345, 'May 24'],
			[450, 'May 31']
		]);
	});
});
