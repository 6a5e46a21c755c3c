// The aggregate engine: the raw path agrees with a JavaScript oracle, and every rollup the
// planner picks agrees with the raw path, row for row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFilters, type Filters } from '../../src/lib/filters';
import { filterToSql } from '../../src/lib/server/db/filterSql';
import { aggregate, totals } from '../../src/lib/server/db/queries/aggregate';
import { queryEnv } from '../../src/lib/server/db/queries/env';
import { planRollup, type Dim } from '../../src/lib/server/db/queries/plan';
import { buildFixtureDb, type Fixture } from '../helpers/fixtureDb';
import { oracleSelect } from './oracle';

let fx: Fixture;
beforeAll(() => {
	fx = buildFixtureDb();
});
afterAll(() => fx.close());

const F = (qs: string) => parseFilters(new URLSearchParams(qs));

const FILTERS = [
	'',
	'from=2026-03-01&to=2026-03-31',
	'from=2026-03-02T00:00:00Z&to=2026-03-10T23:59:59Z',
	'from=2026-03-02T09:00:00Z',
	'article=1',
	'article=1&article=4&sentiment=negative',
	'topic=ceasefire',
	'topic=Ceasefire&topic=Budget',
	'topic=Putin&stance=against',
	'author=alice',
	"author=o'brien&author=zoe",
	'sentiment=positive&lang=en',
	'sentiment=unscored',
	'stance=favor&stance=neutral',
	'target=ceasefire deal',
	'lang=de&lang=fr',
	'emoji=🕊️',
	'emoji=🕊',
	'emoji=👍&emoji=😡',
	'q=talks',
	'q=talks people',
	'flagged=only',
	'flagged=exclude&sentiment=negative',
	'from=2026-04-01&topic=Ceasefire&flagged=exclude'
];

describe('raw path equals the JavaScript oracle', () => {
	it.each(FILTERS)('count for "%s"', (qs) => {
		const f = F(qs);
		const env = queryEnv(fx.db);
		const { rows } = aggregate(env, f, [], { raw: true });
		const expected = oracleSelect(fx, f);
		expect(rows[0].n).toBe(expected.length);
		expect(rows[0].untimed).toBe(expected.filter((c) => c.record.createdAt === null).length);
		expect(rows[0].undated).toBe(expected.filter((c) => c.effectiveAt === null).length);
		const scored = expected.filter((c) => c.analysis && c.analysis.sentiment.label !== 'unscored');
		expect(rows[0].scored).toBe(scored.length);
		expect(rows[0].s_sum).toBeCloseTo(scored.reduce((s, c) => s + c.analysis!.sentiment.score, 0), 9);
	});

	it('filterToSql selects the same ids as the oracle', () => {
		for (const qs of FILTERS) {
			const f = F(qs);
			const s = filterToSql(f);
			const ids = (fx.db.prepare(`SELECT c.id FROM comments c ${s.joins} WHERE ${s.where} ORDER BY c.id`).raw().all(...s.params) as [number][]).map(([id]) => id);
			expect(ids, qs).toEqual(oracleSelect(fx, f).map((c) => c.id).sort((a, b) => a - b));
		}
	});

	it('the fixture has the edge cases it promises', () => {
		const readers = fx.readers();
		expect(readers.length).toBeGreaterThan(300);
		expect(fx.comments.length - readers.length).toBeGreaterThan(10);
		expect(readers.some((c) => c.record.createdAt === null && c.effectiveAt !== null)).toBe(true);
		expect(readers.some((c) => c.effectiveAt === null)).toBe(true);
		expect(readers.some((c) => c.analysis === null)).toBe(true);
		expect(readers.some((c) => c.depth >= 2)).toBe(true);
		expect(readers.filter((c) => c.clusterId !== null).length).toBe(9);
	});
});

const GROUPINGS: Dim[][] = [
	[], ['day'], ['day', 'flagged'], ['sentiment'], ['stance', 'lang'], ['target'], ['article'], ['article', 'day'], ['lang'], ['flagged'],
	['topic'], ['topic', 'sentiment'], ['topic', 'day'], ['emoji'], ['emoji', 'sentiment'], ['emoji', 'day'], ['emoji', 'topic'], ['emoji', 'topic', 'day'], ['topic', 'article'], ['topic', 'target'], ['article', 'target']
];

const sortRows = (rows: Record<string, unknown>[]) =>
	rows
		.map((r) => ({ ...r, s_sum: Math.round((r.s_sum as number) * 1e6) / 1e6, s_sq: Math.round((r.s_sq as number) * 1e6) / 1e6 }))
		.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

describe('rollups answer exactly what the raw path answers', () => {
	const cases = FILTERS.flatMap((qs) => GROUPINGS.map((g) => [qs, g] as [string, Dim[]]));
	it.each(cases)('"%s" grouped by %j', (qs, groupBy) => {
		const f: Filters = F(qs);
		const env = queryEnv(fx.db);
		const raw = aggregate(env, f, groupBy, { raw: true });
		const auto = aggregate(env, f, groupBy);
		expect(raw.source).toBe('raw');
		expect(sortRows(auto.rows as never)).toEqual(sortRows(raw.rows as never));
	});

	it.each(FILTERS)('comment_facts answer what the comments answer for "%s"', (qs) => {
		const f: Filters = F(qs);
		const env = queryEnv(fx.db);
		expect(env.facts).toBe(true);
		for (const groupBy of GROUPINGS) {
			const facts = aggregate(env, f, groupBy, { raw: true });
			const comments = aggregate(env, f, groupBy, { raw: 'comments' });
			expect(sortRows(facts.rows as never), JSON.stringify(groupBy)).toEqual(sortRows(comments.rows as never));
		}
	});

	it('the planner picks the cheapest covering cube, and the comments when none covers', () => {
		// Row counts shaped like a 1M-comment corpus (the fixture's own are too small to rank cubes).
		const rows: Record<string, number> = {
			roll_tags: 60, roll_emoji: 60, roll_day: 400, roll_target: 400, roll_topic: 1000, roll_emoji_tags: 1800, roll_article: 4000,
			roll_day_tags: 13000, roll_emoji_day_n: 12000, roll_emoji_topic: 20000, roll_day_target: 40000, roll_article_tags: 60000,
			roll_topic_tags: 30000, roll_topic_day_n: 90000, roll_emoji_day: 150000, roll_emoji_topic_day: 200000,
			roll_topic_day: 900000, roll_article_day: 600000, roll_day_article: 40000, roll_topic_article: 60000,
			roll_topic_target: 20000, roll_topic_base: 1200000, roll_emoji_topic_tags: 180000, roll_day_topic: 90000, roll_day_target_n: 6000,
			roll_emoji_base: 250000, roll_emoji_article: 30000, roll_emoji_target: 3000
		};
		const pick = (qs: string, groupBy: Dim[]) => planRollup({ filters: F(qs), groupBy, topicIds: 1, rows })?.table ?? 'raw';
		expect(pick('', [])).toBe('roll_tags');
		expect(pick('', ['day'])).toBe('roll_day');
		expect(pick('flagged=exclude&from=2026-03-01', ['day'])).toBe('roll_day');
		expect(pick('sentiment=negative&lang=en&flagged=exclude&from=2026-03-01', ['day'])).toBe('roll_day_tags');
		expect(pick('article=1', [])).toBe('roll_article');
		expect(pick('article=1', ['day'])).toBe('roll_day_article');
		expect(pick('article=1&lang=en', ['day'])).toBe('roll_article_day');
		expect(pick('article=1', ['target'])).toBe('roll_article_tags');
		expect(pick('', ['target'])).toBe('roll_target');
		expect(pick('target=x', ['day'])).toBe('roll_day_target_n');
		expect(pick('target=x&stance=against', ['day'])).toBe('roll_day_target');
		expect(pick('from=2026-04-01', ['topic'])).toBe('roll_day_topic');
		expect(pick('from=2026-04-01&topic=Ceasefire', ['day'])).toBe('roll_topic_day_n');
		expect(pick('topic=Ceasefire', ['day'])).toBe('roll_topic_day_n');
		expect(pick('topic=Ceasefire&sentiment=negative', ['day'])).toBe('roll_topic_day');
		expect(pick('topic=A&topic=B', ['day'])).toBe('raw');
		expect(pick('topic=A&topic=B', ['topic', 'day'])).toBe('roll_topic_day_n');
		expect(pick('', ['topic'])).toBe('roll_topic');
		expect(pick('topic=Ceasefire', ['article'])).toBe('roll_topic_article');
		expect(pick('topic=Ceasefire', ['target'])).toBe('roll_topic_target');
		expect(pick('topic=Ceasefire&article=1&lang=en', ['day'])).toBe('roll_topic_base');
		expect(pick('from=2026-04-01', ['article'])).toBe('roll_day_article');
		expect(pick('sentiment=negative', ['emoji', 'topic'])).toBe('roll_emoji_topic_tags');
		expect(pick('emoji=👍', ['article'])).toBe('roll_emoji_article');
		expect(pick('emoji=👍', ['target'])).toBe('roll_emoji_target');
		expect(pick('emoji=👍&article=3', ['day'])).toBe('roll_emoji_base');
		expect(pick('', ['emoji'])).toBe('roll_emoji');
		expect(pick('from=2026-04-01', ['emoji'])).toBe('roll_emoji_day_n');
		expect(pick('', ['emoji', 'topic'])).toBe('roll_emoji_topic');
		expect(pick('from=2026-04-01', ['emoji', 'topic'])).toBe('roll_emoji_topic_day');
		expect(pick('q=deal', ['day'])).toBe('raw');
		expect(pick('author=alice', [])).toBe('raw');
		expect(pick('from=2026-03-01T09:00:00Z', ['day'])).toBe('raw');
		expect(pick('', ['hour'])).toBe('raw');
		expect(pick('topic=A&target=x', ['day'])).toBe('roll_topic_base');
		expect(pick('topic=A&topic=B&target=x', ['day'])).toBe('raw');
	});

	it('totals come from a rollup when one covers the filters', () => {
		const env = queryEnv(fx.db);
		expect(totals(env, F('sentiment=negative')).source).toBe('rollup');
		expect(totals(env, F('q=talks')).source).toBe('raw');
	});
});
