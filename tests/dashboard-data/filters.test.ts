import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	FilterError, describeFilters, emptyFilters, filtersToParams, parseFilters, withoutFilter, type Filters
} from '../../src/lib/filters';

const parse = (qs: string) => parseFilters(new URLSearchParams(qs));
const f = (over: Partial<Filters>): Filters => ({ ...emptyFilters(), ...over });

describe('parseFilters: valid input', () => {
	it.each<[string, Partial<Filters>]>([
		['', {}],
		['from=2026-05-01', { from: '2026-05-01' }],
		['to=2026-05-31', { to: '2026-05-31' }],
		['from=2026-05-01T12:00:00Z', { from: '2026-05-01T12:00:00Z' }],
		['from=2026-05-01T12:00Z', { from: '2026-05-01T12:00:00Z' }],
		['from=2026-05-01T12:00:00.250Z', { from: '2026-05-01T12:00:00Z' }],
		['from=2026-05-01T14:00:00%2B02:00', { from: '2026-05-01T12:00:00Z' }],
		['from=2026-05-01T00:30:00-01:00', { from: '2026-05-01T01:30:00Z' }],
		['from=2026-05-01 08:00', { from: '2026-05-01T08:00:00Z' }],
		['from=2026-05-01&to=2026-05-01', { from: '2026-05-01', to: '2026-05-01' }],
		['article=3&article=1&article=3', { article: [1, 3] }],
		['article=3,1', { article: [1, 3] }],
		['topic=Putin&topic=Ceasefire', { topic: ['Ceasefire', 'Putin'] }],
		['topic=Kremlin%2C%20press', { topic: ['Kremlin, press'] }],
		['author=o%27brien', { author: ["o'brien"] }],
		['sentiment=negative&sentiment=POSITIVE', { sentiment: ['positive', 'negative'] }],
		['sentiment=negative,neutral,unscored', { sentiment: ['neutral', 'negative', 'unscored'] }],
		['stance=none,against,favor', { stance: ['favor', 'against', 'none'] }],
		['target=Ceasefire+deal', { target: ['Ceasefire deal'] }],
		['lang=EN&lang=pt-BR', { lang: ['en', 'pt-br'] }],
		['emoji=%F0%9F%95%8A%EF%B8%8F', { emoji: ['🕊️'] }],
		['emoji=1%EF%B8%8F%E2%83%A3', { emoji: ['1️⃣'] }],
		['q=%20ceasefire%20%20talks%20', { q: 'ceasefire talks' }],
		['flagged=EXCLUDE', { flagged: 'exclude' }],
		['flagged=only', { flagged: 'only' }],
		['flagged=include', {}],
		['topic=&sentiment=&q=&from=', {}],
		['granularity=week&sort=newest&cursor=x', {}]
	])('%s', (qs, expected) => {
		expect(parse(qs)).toEqual(f(expected));
	});
});

describe('parseFilters: invalid input names the parameter', () => {
	it.each<[string, string, RegExp]>([
		['from=yesterday', 'from', /not a date/],
		['from=2026-02-30', 'from', /not a calendar date/],
		['from=2026-13-01', 'from', /not a calendar date/],
		['to=2026-05-01T25:00:00Z', 'to', /not a valid time/],
		['from=2026-05-01&from=2026-05-02', 'from', /one value/],
		['from=2026-05-02&to=2026-05-01', 'to', /before/],
		['from=2026-05-01T12:00:00Z&to=2026-05-01T11:59:59Z', 'to', /before/],
		['article=abc', 'article', /not an article id/],
		['article=0', 'article', /not an article id/],
		['article=1;DROP TABLE comments', 'article', /not an article id/],
		['sentiment=angry', 'sentiment', /not one of positive, neutral, negative, unscored/],
		["sentiment=negative' OR 1=1 --", 'sentiment', /not one of/],
		['stance=support', 'stance', /not one of favor, against, neutral, none/],
		['lang=english', 'lang', /language code/],
		['lang=e', 'lang', /language code/],
		['emoji=smile', 'emoji', /not an emoji/],
		['flagged=yes', 'flagged', /include, exclude, only/],
		['q=a&q=b', 'q', /one value/],
		[`q=${'x'.repeat(501)}`, 'q', /longer than 500/],
		[`topic=${'x'.repeat(201)}`, 'topic', /longer than 200/],
		['author=a%00b', 'author', /control characters/],
		[Array.from({ length: 201 }, (_, i) => `topic=t${i}`).join('&'), 'topic', /at most 200 values/]
	])('%s -> %s', (qs, parameter, message) => {
		let err: unknown;
		try {
			parse(qs);
		} catch (e) {
			err = e;
		}
		expect(err).toBeInstanceOf(FilterError);
		expect((err as FilterError).parameter).toBe(parameter);
		expect((err as FilterError).message).toMatch(message);
		expect((err as FilterError).message.startsWith(parameter + ':')).toBe(true);
	});
});

describe('filtersToParams', () => {
	it('writes the canonical order and leaves defaults out', () => {
		const qs = parse('flagged=exclude&q=deal&sentiment=negative&topic=B&topic=A&to=2026-05-31&article=2&from=2026-05-01&emoji=👍&lang=en');
		expect(filtersToParams(qs).toString()).toBe(
			'from=2026-05-01&to=2026-05-31&article=2&topic=A&topic=B&sentiment=negative&lang=en&emoji=%F0%9F%91%8D&q=deal&flagged=exclude'
		);
		expect(filtersToParams(emptyFilters()).toString()).toBe('');
	});

	it('round-trips any valid filters (property)', () => {
		const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== '' && !/[\u0000-\u001f]/.test(s));
		const filters = fc.record({
			article: fc.uniqueArray(fc.integer({ min: 1, max: 99999 }), { maxLength: 4 }),
			topic: fc.uniqueArray(text, { maxLength: 3 }),
			author: fc.uniqueArray(text, { maxLength: 3 }),
			target: fc.uniqueArray(text, { maxLength: 2 }),
			sentiment: fc.subarray(['positive', 'neutral', 'negative', 'unscored'] as const),
			stance: fc.subarray(['favor', 'against', 'neutral', 'none'] as const),
			lang: fc.subarray(['de', 'en', 'fr', 'pt-br']),
			emoji: fc.subarray(['🕊️', '👍', '😡']),
			flagged: fc.constantFrom('include', 'exclude', 'only' as const),
			q: fc.option(text, { nil: undefined }),
			from: fc.option(fc.constantFrom('2026-01-01', '2026-02-03T04:05:06Z'), { nil: undefined })
		});
		fc.assert(
			fc.property(filters, (raw) => {
				const once = parseFilters(filtersToParams({ ...emptyFilters(), ...raw } as Filters));
				const twice = parseFilters(filtersToParams(once));
				expect(twice).toEqual(once);
				expect(filtersToParams(twice).toString()).toBe(filtersToParams(once).toString());
			}),
			{ seed: 7, numRuns: 300 }
		);
	});

	it('withoutFilter resets one parameter and leaves the original alone', () => {
		const g = parse('topic=A&sentiment=negative&flagged=only&q=x&from=2026-01-01');
		expect(withoutFilter(g, 'topic').topic).toEqual([]);
		expect(withoutFilter(g, 'flagged').flagged).toBe('include');
		expect(withoutFilter(g, 'q').q).toBeUndefined();
		expect(withoutFilter(g, 'from').from).toBeUndefined();
		expect(g.topic).toEqual(['A']);
	});
});

describe('describeFilters', () => {
	const titles = { 7: 'Ceasefire talks', 8: 'Budget vote' };
	it.each<[string, { count?: number }, string]>([
		['', {}, 'All comments'],
		['', { count: 0 }, '0 comments'],
		['', { count: 1 }, '1 comment'],
		['article=7&from=2026-05-01&sentiment=negative', { count: 2314 }, "2,314 comments on 'Ceasefire talks' since 1 May 2026, negative sentiment"],
		['article=7&article=8', { count: 12 }, "12 comments on 'Ceasefire talks' or 'Budget vote'"],
		['article=99', { count: 3 }, ' 3 comments on article 99'.trim()],
		['article=1&article=2&article=3&article=4', {}, 'All comments on 4 articles'],
		['topic=Ceasefire&lang=en&from=2026-03-01&to=2026-04-30', { count: 4812 }, '4,812 comments about Ceasefire in English from 1 Mar 2026 to 30 Apr 2026'],
		['to=2026-04-30T18:30:00Z', {}, 'All comments until 30 Apr 2026 18:30 UTC'],
		['author=alice&author=bob&lang=de&lang=xx', {}, 'All comments by alice or bob in German or xx'],
		['stance=against&target=Ceasefire+deal', {}, "All comments, against toward 'Ceasefire deal'"],
		['target=Budget', {}, "All comments, any stance toward 'Budget'"],
		['sentiment=positive&sentiment=negative&emoji=🕊️&q=peace&flagged=exclude', { count: 1234567 }, '1,234,567 comments, positive or negative sentiment, with 🕊️, matching "peace", excluding flagged duplicates'],
		['flagged=only', { count: 9 }, '9 comments, only flagged duplicates']
	])('%s', (qs, ctx, expected) => {
		expect(describeFilters(parse(qs), { ...ctx, articles: titles })).toBe(expected);
	});
});
