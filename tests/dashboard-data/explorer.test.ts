// The comment explorer (table, detail, facets) and the emoji view, against the oracle.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FilterError, parseFilters, withoutFilter, type FilterParam } from '../../src/lib/filters';
import { commentDetail, commentsPage, emojiByTopic, emojiOverTime, emojiRanking, facets, parseSort } from '../../src/lib/server/db/queries';
import { decodeCursor, encodeCursor } from '../../src/lib/server/db/queries/comments';
import type { CommentSort } from '../../src/lib/api-types';
import { buildFixtureDb, type Fixture } from '../helpers/fixtureDb';
import { oracleSelect } from './oracle';

let fx: Fixture;
beforeAll(() => {
	fx = buildFixtureDb();
});
afterAll(() => fx.close());

const F = (qs: string) => parseFilters(new URLSearchParams(qs));

describe('commentsPage', () => {
	const walk = (qs: string, sort: CommentSort, limit: number) => {
		const seen: ReturnType<typeof commentsPage>['rows'] = [];
		let cursor: string | null = null;
		let pages = 0;
		do {
			const page = commentsPage(fx.db, F(qs), { sort, cursor, limit });
			expect(page.rows.length).toBeLessThanOrEqual(limit);
			expect(page.total).toBe(oracleSelect(fx, F(qs)).length);
			seen.push(...page.rows);
			cursor = page.nextCursor;
		} while (cursor && ++pages < 1000);
		return seen;
	};

	it.each<[string, CommentSort]>([
		['', 'newest'], ['', 'oldest'], ['', 'positive'], ['', 'negative'], ['sentiment=negative&topic=Ceasefire', 'newest'],
		['article=8', 'oldest'], ['q=talks', 'relevance'], ['flagged=only', 'newest']
	])('"%s" sorted %s: every comment once, in order', (qs, sort) => {
		const rows = walk(qs, sort, 7);
		const expected = oracleSelect(fx, F(qs));
		expect(rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(expected.map((c) => c.id).sort((a, b) => a - b));
		const keyed = rows.filter((r) => (sort === 'positive' || sort === 'negative' ? r.sentiment.score !== null : r.effectiveAt !== null));
		const key = (r: (typeof rows)[number]) => (sort === 'positive' || sort === 'negative' ? r.sentiment.score! : r.effectiveAt!);
		for (let i = 1; i < keyed.length && sort !== 'relevance'; i++) {
			const [a, b] = [key(keyed[i - 1]), key(keyed[i])];
			if (sort === 'newest' || sort === 'positive') expect(a >= b).toBe(true);
			else expect(a <= b).toBe(true);
		}
		// Rows without the sort key come last.
		const firstUnkeyed = rows.findIndex((r) => !keyed.includes(r));
		if (firstUnkeyed >= 0 && sort !== 'relevance') expect(rows.slice(firstUnkeyed).every((r) => !keyed.includes(r))).toBe(true);
	});

	it('rows carry the article title, reply count and tags', () => {
		const page = commentsPage(fx.db, F('article=1'), { sort: 'oldest', limit: 200 });
		for (const r of page.rows) {
			const c = fx.comments.find((x) => x.id === r.id)!;
			expect(r.articleTitle).toBe('Ceasefire talks resume in Geneva');
			expect(r.text).toBe(c.record.text);
			expect(r.author).toBe(c.record.authorHandle ?? null);
			expect(r.replies).toBe(fx.readers().filter((x) => x.parentId === r.id).length);
			expect(r.emoji.sort()).toEqual((c.analysis?.emoji ?? []).map((e) => e.emoji).sort());
			expect(r.clusterId).toBe(c.clusterId);
		}
	});

	it('validates sort and cursor, naming the parameter', () => {
		expect(parseSort(null, F(''))).toBe('newest');
		expect(parseSort(null, F('q=talks'))).toBe('relevance');
		expect(() => parseSort('random', F(''))).toThrow(FilterError);
		expect(() => parseSort('relevance', F(''))).toThrow(/needs a search/);
		expect(decodeCursor(encodeCursor([0, '2026-03-02T08:00:00Z', 5]))).toEqual([0, '2026-03-02T08:00:00Z', 5]);
		for (const bad of ['nope', encodeCursor([2, 'x', 1] as never), Buffer.from('{"a":1}').toString('base64url'), Buffer.from(`[0,"x","1; DROP"]`).toString('base64url')]) {
			try {
				commentsPage(fx.db, F(''), { cursor: bad });
				expect.unreachable();
			} catch (e) {
				expect((e as FilterError).parameter).toBe('cursor');
			}
		}
	});
});

describe('commentDetail', () => {
	it('gives the thread context, topics, evidence and cluster', () => {
		const deep = fx.readers().find((c) => c.depth >= 2 && c.analysis?.sentiment.evidence.length)!;
		const d = commentDetail(fx.db, deep.id)!;
		expect(d.ancestors.map((a) => a.depth)).toEqual(Array.from({ length: deep.depth }, (_, i) => i));
		expect(d.ancestors.at(-1)!.id).toBe(deep.parentId);
		expect(d.topics).toEqual([...new Set(deep.analysis!.topics)].sort());
		expect(d.nlpVersion).toBe('fixture-1');
		for (const e of d.sentimentEvidence) expect(deep.record.text.slice(e.start, e.end)).toBe(e.token);
		const flagged = fx.readers().find((c) => c.clusterId !== null)!;
		expect(commentDetail(fx.db, flagged.id)!.cluster).toMatchObject({ id: flagged.clusterId, method: 'near-duplicate' });
		expect(commentDetail(fx.db, 999999)).toBeNull();
	});
});

describe('facets', () => {
	it.each(['', 'sentiment=negative', 'topic=Ceasefire&lang=en', 'author=alice', 'q=talks', 'flagged=only'])('counts under every other filter for "%s"', (qs) => {
		const f = F(qs);
		const res = facets(fx.db, f, { limit: 100 });
		for (const facet of res.facets) {
			if (facet.name === 'flagged') continue;
			const g = withoutFilter(f, facet.name as FilterParam);
			const sel = oracleSelect(fx, g);
			for (const v of facet.values) {
				const n = sel.filter((c) => {
					const a = c.analysis;
					switch (facet.name) {
						case 'article': return String(c.articleId) === v.value;
						case 'topic': return a?.topics.some((t) => t.toLowerCase() === v.value.toLowerCase());
						case 'author': return c.record.authorHandle === v.value;
						case 'sentiment': return a?.sentiment.label === v.value;
						case 'stance': return a?.stance.label === v.value;
						case 'target': return a?.stance.target === v.value;
						case 'lang': return a?.lang === v.value;
						case 'emoji': return a?.emoji.some((e) => e.emoji === v.value);
					}
				}).length;
				expect(v.n, `${facet.name}=${v.value}`).toBe(n);
			}
			expect(facet.partial).toBe(false);
		}
	});

	it('marks chosen values, listing them even beyond the top', () => {
		const res = facets(fx.db, F('sentiment=negative&author=zoe&flagged=exclude'), { limit: 1 });
		const by = Object.fromEntries(res.facets.map((x) => [x.name, x]));
		expect(by.sentiment.values.find((v) => v.value === 'negative')!.selected).toBe(true);
		expect(by.author.values.find((v) => v.value === 'zoe')).toMatchObject({ selected: true, n: oracleSelect(fx, F('sentiment=negative&author=zoe&flagged=exclude')).length });
		expect(by.flagged.values.find((v) => v.value === 'exclude')!.selected).toBe(true);
		expect(by.article.values[0].label).toMatch(/\w/);
		const articles = new Set(oracleSelect(fx, F('sentiment=negative&author=zoe&flagged=exclude')).map((c) => c.articleId));
		expect(by.article.more).toBe(articles.size - 1);
	});
});

describe('emoji', () => {
	it('ranks emoji by the comments using them, with their sentiment', () => {
		const r = emojiRanking(fx.db, F(''));
		for (const row of r.emoji) {
			const using = fx.readers().filter((c) => c.analysis?.emoji.some((e) => e.emoji === row.emoji));
			expect(row.comments).toBe(using.length);
			expect(row.uses).toBe(using.reduce((s, c) => s + c.analysis!.emoji.find((e) => e.emoji === row.emoji)!.count, 0));
			expect(row.sentiment.negative).toBe(using.filter((c) => c.analysis!.sentiment.label === 'negative').length);
		}
		expect(r.emoji.map((e) => e.emoji)).toContain('🕊️');
	});

	it('series and the emoji x topic matrix add up', () => {
		const t = emojiOverTime(fx.db, F(''), { granularity: 'month' });
		expect(t.buckets).toEqual(['2026-03-01', '2026-04-01', '2026-05-01']);
		for (const row of t.rows) {
			const dated = fx.readers().filter((c) => c.effectiveAt && c.analysis?.emoji.some((e) => e.emoji === row.emoji));
			expect(row.counts.reduce((a, b) => a + b, 0)).toBe(dated.length);
		}
		const m = emojiByTopic(fx.db, F(''));
		for (const cell of m.cells) {
			const n = fx.readers().filter((c) => c.analysis?.emoji.some((e) => e.emoji === cell.emoji) && c.analysis.topics.includes(cell.topic)).length;
			expect(cell.n).toBe(n);
		}
		expect(m.max).toBe(Math.max(...m.cells.map((c) => c.n)));
	});
});
