// Overview, KPI and topic queries against the fixture, checked against the oracle.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFilters } from '../../src/lib/filters';
import { articleMarkers, kpis, reactionsOverTime, topicSeries, topicsSummary, previousPeriod } from '../../src/lib/server/db/queries';
import { buildFixtureDb, type Fixture } from '../helpers/fixtureDb';
import { countBy, oracleSelect } from './oracle';

let fx: Fixture;
beforeAll(() => {
	fx = buildFixtureDb();
});
afterAll(() => fx.close());

const F = (qs: string) => parseFilters(new URLSearchParams(qs));
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

describe('reactionsOverTime', () => {
	it.each(['', 'sentiment=negative', 'topic=Ceasefire', 'q=talks', 'author=alice', 'flagged=exclude&lang=en'])('buckets add up for "%s"', (qs) => {
		const f = F(qs);
		const v = reactionsOverTime(fx.db, f, { granularity: 'day' });
		const expected = oracleSelect(fx, f);
		expect(v.meta.n).toBe(expected.length);
		expect(v.meta.undated).toBe(expected.filter((c) => !c.effectiveAt).length);
		expect(v.meta.untimed).toBe(expected.filter((c) => !c.record.createdAt).length);
		const byDay = countBy(expected.filter((c) => c.effectiveAt), (c) => c.effectiveAt!.slice(0, 10));
		for (const b of v.buckets) expect(b.n, b.t).toBe(byDay.get(b.t) ?? 0);
		expect(v.buckets.reduce((s, b) => s + b.n, 0)).toBe(expected.length - v.meta.undated);
		for (let i = 1; i < v.buckets.length; i++)
			expect(Date.parse(v.buckets[i].t) - Date.parse(v.buckets[i - 1].t)).toBe(86_400_000);
	});

	it('splits, mean and interval per bucket match the comments', () => {
		const v = reactionsOverTime(fx.db, F(''), { granularity: 'day' });
		const busiest = [...v.buckets].sort((a, b) => b.n - a.n)[0];
		const inDay = fx.readers().filter((c) => c.effectiveAt?.startsWith(busiest.t));
		const label = (l: string | null) => inDay.filter((c) => (c.analysis?.sentiment.label ?? null) === l).length;
		expect(busiest.sentiment).toEqual({ positive: label('positive'), neutral: label('neutral'), negative: label('negative'), unscored: label('unscored'), untagged: label(null) });
		const st = (l: string | null) => inDay.filter((c) => (c.analysis?.stance.label ?? null) === l).length;
		expect(busiest.stance).toEqual({ favor: st('favor'), against: st('against'), neutral: st('neutral'), none: st('none'), untagged: st(null) });
		const scores = inDay.filter((c) => c.analysis && c.analysis.sentiment.label !== 'unscored').map((c) => c.analysis!.sentiment.score);
		const mean = scores.reduce((s, x) => s + x, 0) / scores.length;
		expect(busiest.scored).toBe(scores.length);
		expect(busiest.mean).toBe(round4(mean));
		expect(busiest.lo!).toBeLessThan(busiest.mean!);
		expect(busiest.hi!).toBeGreaterThan(busiest.mean!);
		expect(busiest.sparse).toBe(false);
		expect(v.buckets.some((b) => b.n > 0 && b.n < 5 && b.sparse)).toBe(true);
	});

	it('chooses the granularity from the span and fills every bucket', () => {
		expect(reactionsOverTime(fx.db, F('')).granularity).toBe('day');
		const hours = reactionsOverTime(fx.db, F('from=2026-03-02&to=2026-03-03'));
		expect(hours.granularity).toBe('hour');
		expect(hours.autoGranularity).toBe(true);
		expect(hours.buckets).toHaveLength(48);
		expect(hours.buckets[0].t).toBe('2026-03-02T00:00:00Z');
		const inRange = oracleSelect(fx, F('from=2026-03-02&to=2026-03-03'));
		const byHour = countBy(inRange, (c) => c.effectiveAt!.slice(0, 13) + ':00:00Z');
		for (const b of hours.buckets) expect(b.n).toBe(byHour.get(b.t) ?? 0);
		const weeks = reactionsOverTime(fx.db, F(''), { granularity: 'week' });
		expect(weeks.buckets.every((b) => new Date(b.t + 'T00:00:00Z').getUTCDay() === 1)).toBe(true);
		expect(weeks.buckets.reduce((s, b) => s + b.n, 0)).toBe(fx.readers().filter((c) => c.effectiveAt).length);
		const months = reactionsOverTime(fx.db, F(''), { granularity: 'month' });
		expect(months.buckets.map((b) => b.t)).toEqual(['2026-03-01', '2026-04-01', '2026-05-01']);
		expect(reactionsOverTime(fx.db, F('from=2026-01-01&to=2026-01-31')).buckets.every((b) => b.n === 0)).toBe(true);
	});

	it('lists stance targets by frequency', () => {
		const v = reactionsOverTime(fx.db, F(''));
		const expected = countBy(fx.readers().filter((c) => c.analysis?.stance.target), (c) => c.analysis!.stance.target);
		expect(v.targets).toEqual([...expected].map(([target, n]) => ({ target, n })).sort((a, b) => b.n - a.n));
	});
});

describe('articleMarkers', () => {
	it('lists dated articles in time order with their comment counts', () => {
		const m = articleMarkers(fx.db, F(''));
		const dated = fx.articles.filter((a) => a.record.publishedAt);
		expect(m.articles.map((a) => a.id)).toEqual([...dated].sort((a, b) => a.record.publishedAt!.localeCompare(b.record.publishedAt!)).map((a) => a.id));
		for (const a of m.articles) expect(a.n).toBe(fx.readers().filter((c) => c.articleId === a.id).length);
		expect(articleMarkers(fx.db, F('from=2026-04-01')).articles.map((a) => a.title)).toEqual([
			'Envoy meets president for 4.5 hours', 'Coalition talks: what we know', 'Cup final ends in penalties'
		]);
		expect(articleMarkers(fx.db, F('topic=budget')).articles).toHaveLength(2);
		expect(articleMarkers(fx.db, F(''), { limit: 2 }).truncated).toBe(true);
	});
});

describe('kpis', () => {
	it.each(['', 'sentiment=negative', 'article=1', 'q=talks', 'from=2026-03-10&to=2026-03-19', 'topic=Ceasefire&topic=Budget', 'emoji=🕊️', 'lang=en&from=2026-04-01'])('figures for "%s"', (qs) => {
		const f = F(qs);
		const k = kpis(fx.db, f);
		const sel = oracleSelect(fx, f);
		expect(k.comments).toBe(sel.length);
		const authors = new Set(sel.map((c) => c.record.authorHandle).filter(Boolean)).size;
		if (k.commentersApprox) expect(Math.abs(k.commenters - authors)).toBeLessThanOrEqual(1);
		else expect(k.commenters).toBe(authors);
		expect(k.articles).toBe(new Set(sel.map((c) => c.articleId)).size);
		const stance = (l: string) => sel.filter((c) => c.analysis?.stance.label === l).length;
		const engaged = stance('favor') + stance('against') + stance('neutral');
		expect(k.againstShare).toBe(engaged ? round4(stance('against') / engaged) : null);
		expect(k.flagged).toBe(sel.filter((c) => c.clusterId !== null).length);
	});

	it('estimates commenters from sketches where rollups cover the filters, else counts them', () => {
		const approx = (qs: string) => kpis(fx.db, F(qs)).commentersApprox;
		expect(['', 'from=2026-04-01', 'sentiment=negative&lang=en', 'emoji=🕊️', 'flagged=exclude', 'article=1&flagged=only'].map(approx)).toEqual([
			true, true, true, true, true, true
		]);
		// When no rollup covers the counts, the one pass over the selection counts commenters exactly too.
		expect(['topic=Ceasefire&topic=Budget', 'article=1&lang=en', 'q=talks', 'author=alice', 'topic=Ceasefire&sentiment=negative', 'from=2026-04-01T10:00:00Z'].map(approx)).toEqual([
			false, false, false, false, false, false
		]);
	});

	it('compares with the previous period of the same length', () => {
		expect(previousPeriod(F('from=2026-03-10&to=2026-03-19'))).toEqual({ from: '2026-02-28', to: '2026-03-09' });
		expect(previousPeriod(F('from=2026-03-10T12:00:00Z&to=2026-03-10T17:59:59Z'))).toEqual({ from: '2026-03-10T06:00:00Z', to: '2026-03-10T11:59:59Z' });
		expect(previousPeriod(F('from=2026-03-10'))).toBeNull();
		const k = kpis(fx.db, F('from=2026-03-10&to=2026-03-19'));
		expect(k.previous!.comments).toBe(oracleSelect(fx, F('from=2026-02-28&to=2026-03-09')).length);
		expect(k.sentimentDelta).toBe(round4(k.sentiment.mean! - k.previous!.sentiment.mean!));
		expect(kpis(fx.db, F('')).previous).toBeNull();
	});
});

describe('topics', () => {
	it('ranks topics with their counts, shares and splits', () => {
		const t = topicsSummary(fx.db, F(''));
		const readers = fx.readers();
		const counts = new Map<string, number>();
		for (const c of readers) for (const topic of c.analysis?.topics ?? []) counts.set(topic, (counts.get(topic) ?? 0) + 1);
		expect(t.topics.map((r) => [r.topic, r.n])).toEqual([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
		const ceasefire = t.topics.find((r) => r.topic === 'Ceasefire')!;
		expect(ceasefire.share).toBe(round4(ceasefire.n / readers.length));
		expect(Object.values(ceasefire.sentiment).reduce((s, x) => s + x, 0)).toBe(ceasefire.n);
		expect(topicsSummary(fx.db, F(''), { limit: 3 }).more).toBe(counts.size - 3);
	});

	it('confines rows to the chosen topics', () => {
		const t = topicsSummary(fx.db, F('topic=budget&topic=Putin'));
		expect(t.topics.map((r) => r.topic).sort()).toEqual(['Budget', 'Putin']);
		expect(t.meta.n).toBe(oracleSelect(fx, F('topic=budget&topic=Putin')).length);
	});

	it('series share one x axis and add up to each topic', () => {
		const s = topicSeries(fx.db, F(''), { granularity: 'week', limit: 4 });
		expect(s.series).toHaveLength(4);
		const top = topicsSummary(fx.db, F(''), { limit: 4 }).topics;
		for (const row of s.series) {
			expect(row.counts).toHaveLength(s.buckets.length);
			const undated = fx.readers().filter((c) => !c.effectiveAt && c.analysis?.topics.includes(row.topic)).length;
			expect(row.counts.reduce((a, b) => a + b, 0)).toBe(top.find((t) => t.topic === row.topic)!.n - undated);
		}
		expect(s.max).toBe(Math.max(...s.series.flatMap((r) => r.counts)));
		expect(topicSeries(fx.db, F(''), { topics: ['Budget'] }).series.map((r) => r.topic)).toEqual(['Budget']);
	});
});
