// The article-level export: per article, aggregates of the comments the filters select,
// checked against sums over the fixture's own table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFilters } from '../../src/lib/filters';
import { ARTICLES, COMMENTS, buildHostileDb, type HostileDb } from './hostileDb';
import { selectedIds } from './oracle';
import { exportBytes } from './run';
import { readJson, readParquet } from './readBack';

let h: HostileDb;
beforeAll(() => {
	h = buildHostileDb();
});
afterAll(() => h.close());

function expectedArticles(q: string) {
	const ids = new Set(selectedIds(h.db, parseFilters(new URLSearchParams(q))));
	const chosen = COMMENTS.filter((c) => ids.has(h.commentId.get(c.key)!));
	const scored = (c: (typeof COMMENTS)[number]) => c.tags && c.tags.label !== 'unscored';
	return ARTICLES.filter((a) => chosen.some((c) => c.article === a.key))
		.sort((x, y) => (x.publishedAt ?? '').localeCompare(y.publishedAt ?? '') || h.articleId.get(x.key)! - h.articleId.get(y.key)!)
		.map((a) => {
			const cs = chosen.filter((c) => c.article === a.key);
			const times = cs.map((c) => c.createdAt).filter((t): t is string => !!t).sort();
			const sc = cs.filter(scored);
			const emoji = new Map<string, number>();
			for (const c of cs) for (const [e, n] of c.tags?.emoji ?? []) emoji.set(e, (emoji.get(e) ?? 0) + n);
			const label = (l: string) => cs.filter((c) => c.tags?.label === l).length;
			const stance = (l: string) => cs.filter((c) => (c.tags?.stance ?? 'none') === l).length;
			return {
				article_id: h.articleId.get(a.key),
				article_url: a.url,
				article_title: a.title,
				article_published_at: a.publishedAt,
				article_section: a.section,
				comments: cs.length,
				commenters: new Set(cs.map((c) => c.author).filter((x) => x !== null)).size,
				first_comment_at: times[0] ?? null,
				last_comment_at: times.at(-1) ?? null,
				sentiment_mean: sc.length ? sc.reduce((s, c) => s + c.tags!.score!, 0) / sc.length : null,
				sentiment_positive: label('positive'),
				sentiment_neutral: label('neutral'),
				sentiment_negative: label('negative'),
				sentiment_unscored: cs.filter((c) => !scored(c)).length,
				stance_favor: stance('favor'),
				stance_against: stance('against'),
				stance_neutral: stance('neutral'),
				stance_none: stance('none'),
				flagged: cs.filter((c) => c.cluster !== undefined).length,
				top_emoji: [...emoji].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 5).map(([e]) => e)
			};
		});
}

describe('article-level export', () => {
	it.each(['', 'sentiment=negative', 'flagged=exclude', 'q=campaign', 'lang=ar'])('aggregates the comments selected by "%s"', async (q) => {
		const rows = readJson((await exportBytes(h.path, `level=articles&${q}`, 'json')).bytes);
		const want = expectedArticles(q);
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.map((r) => ({ ...r, sentiment_mean: r.sentiment_mean === null ? null : Number((r.sentiment_mean as number).toFixed(12)) }))).toEqual(
			want.map((r) => ({ ...r, sentiment_mean: r.sentiment_mean === null ? null : Number(r.sentiment_mean.toFixed(12)) }))
		);
	});

	it('lists the top emoji most used first', async () => {
		const rows = readJson((await exportBytes(h.path, 'level=articles&columns=article_id,top_emoji,comments&article=1', 'json')).bytes);
		expect(rows).toEqual([{ article_id: 1, top_emoji: ['🇺🇦', '1️⃣', '👍', '👍🏽', '👩‍👩‍👧'], comments: 17 }]);
	});

	it('states the analyser versions of the comments behind the rows', async () => {
		expect((await exportBytes(h.path, 'level=articles', 'csv')).provenance.nlp_versions).toEqual(['test-1', 'test-2']);
		expect((await exportBytes(h.path, 'level=articles&article=1', 'csv')).provenance.nlp_versions).toEqual(['test-1']);
	});

	it('writes Parquet with typed columns', async () => {
		const { rows } = await readParquet((await exportBytes(h.path, 'level=articles&columns=article_id,comments,sentiment_mean,top_emoji,first_comment_at&article=1', 'parquet')).bytes);
		expect(rows).toEqual([
			{ article_id: 1n, comments: 17, sentiment_mean: expect.any(Number), top_emoji: ['🇺🇦', '1️⃣', '👍', '👍🏽', '👩‍👩‍👧'], first_comment_at: new Date('2026-03-01T09:00:00Z') }
		]);
	});
});
