// The story view's figures: headline facts, the first 48 hours against the section's median story,
// sentiment and stance splits, top emoji.
import type { ArticleInfo, StoryEmojiResponse, StoryReactionResponse, StorySplitsResponse, StorySummaryResponse } from '../../../api-types';
import type { Filters } from '../../../filters';
import { rawSource } from './rawFilter';
import type { DB } from '../open';
import { aggregate, sumRows, totals } from './aggregate';
import { prepared, queryEnv, type QueryEnv } from './env';
import { accumulate, foldBy, meanOf, newAccumulator } from './measures';
import { buildMeta } from './meta';
import { emojiNames } from './emoji';

/** The filters of a story view: the article from the path replaces any article filter. */
export const storyFilters = (f: Filters, articleId: number): Filters => ({ ...f, article: [articleId] });

export function articleInfo(db: DB, id: number): (ArticleInfo & { sectionKey: string }) | null {
	const row = db
		.prepare(`SELECT id, title, url, section, author, published_at AS publishedAt, coalesce(section, '') AS sectionKey FROM articles WHERE id = ?`)
		.get(id) as (ArticleInfo & { sectionKey: string }) | undefined;
	return row ?? null;
}

/**
 * Which precomputed median curve matches the filters: the median honours sentiment (one label)
 * and the flagged mode; any other filter means the reference is the section's whole comment flow.
 */
export function medianVariant(f: Filters): { sentiment: string; flagged: string; filtered: boolean } {
	const other = f.from || f.to || f.topic.length || f.author.length || f.stance.length || f.target.length || f.lang.length || f.emoji.length || f.q;
	if (other || f.sentiment.length > 1) return { sentiment: '*', flagged: 'include', filtered: false };
	return { sentiment: f.sentiment[0] ?? '*', flagged: f.flagged, filtered: true };
}

function sectionCurve(env: QueryEnv, sectionKey: string, f: Filters) {
	if (!env.rollups) return { points: [], articles: 0, filtered: false };
	const v = medianVariant(f);
	const points = env.db
		.prepare(
			`SELECT age_hour AS h, median_n AS n, median_cumulative AS cumulative, articles FROM roll_section_age
			 WHERE section = ? AND sentiment = ? AND flagged = ? ORDER BY age_hour`
		)
		.all(sectionKey, v.sentiment, v.flagged) as { h: number; n: number; cumulative: number; articles: number }[];
	return { points: points.map(({ h, n, cumulative }) => ({ h, n, cumulative })), articles: points[0]?.articles ?? 0, filtered: v.filtered };
}

/**
 * Hours since publication: whole hours of elapsed seconds, -1 before it (comment_facts stores
 * the same as age_h).
 */
const AGE_H = `CASE WHEN c.effective_at < ? THEN -1 ELSE (unixepoch(c.effective_at) - unixepoch(?)) / 3600 END`;

/**
 * Selected comments per hour since publication (hour -1 = before it). Grouped by the hour alone
 * (the splits are conditional counts), so over the facts' (article, hour) index no sort is needed.
 */
function hourlyRows(env: QueryEnv, f: Filters, publishedAt: string) {
	const src = rawSource(env, f);
	const [age, ageParams] = src.facts ? ['c.age_h', []] : [AGE_H, [publishedAt, publishedAt]];
	const label = (l: string) => `count(CASE WHEN ${src.col.sentiment} = '${l}' THEN 1 END)`;
	return prepared(
		env.db,
		`SELECT ${age} AS h, count(*) AS n, ${label('negative')} AS negative, ${label('positive')} AS positive,
		   total(${src.col.score}) AS s_sum, count(${src.col.score}) AS scored
		 FROM ${src.from} WHERE ${src.where} AND ${src.col.at} IS NOT NULL GROUP BY ${src.facts ? 'c.age_h' : '1'}`
	).all(...ageParams, ...src.params) as { h: number; n: number; negative: number; positive: number; s_sum: number; scored: number }[];
}

/** Distinct commenters and comments in the first 24 hours of the selection, in one pass. */
function storyCounts(env: QueryEnv, f: Filters, publishedAt: string | null): { commenters: number; first24h: number | null } {
	const src = rawSource(env, f);
	const [age, ageParams] = src.facts || !publishedAt ? ['c.age_h', []] : [AGE_H, [publishedAt, publishedAt]];
	const first = publishedAt ? `count(CASE WHEN ${age} BETWEEN 0 AND 23 THEN 1 END)` : 'NULL';
	return prepared(env.db, `SELECT count(DISTINCT c.author_id) AS commenters, ${first} AS first24h FROM ${src.from} WHERE ${src.where}`).get(
		...ageParams,
		...src.params
	) as { commenters: number; first24h: number | null };
}

export function storySummary(db: DB, articleId: number, filters: Filters): StorySummaryResponse | null {
	const env = queryEnv(db);
	const article = articleInfo(db, articleId);
	if (!article) return null;
	const f = storyFilters(filters, articleId);
	const total = totals(env, f);
	const curve = sectionCurve(env, article.sectionKey, f);
	const { commenters, first24h } = storyCounts(env, f, article.publishedAt);
	const { sectionKey: _k, ...info } = article;
	return {
		meta: buildMeta(env, f, total.row, [total.source, 'raw']),
		article: info,
		first24h,
		sectionMedian24h: curve.points[23]?.cumulative ?? null,
		sectionArticles: curve.articles,
		commenters
	};
}

/** The first `hours` after publication, hour by hour, with the section's median story. */
export function storyReaction(db: DB, articleId: number, filters: Filters, opts: { hours?: number } = {}): StoryReactionResponse | null {
	const env = queryEnv(db);
	const article = articleInfo(db, articleId);
	if (!article) return null;
	const hours = Math.min(Math.max(opts.hours ?? 48, 1), 48);
	const f = storyFilters(filters, articleId);
	const total = totals(env, f);
	const points = Array.from({ length: hours }, (_, h) => ({ h, n: 0, cumulative: 0, mean: null as number | null, negative: 0, positive: 0 }));
	let before = 0;
	let after = 0;
	if (article.publishedAt) {
		const sums = points.map(() => ({ s: 0, k: 0 }));
		for (const r of hourlyRows(env, f, article.publishedAt)) {
			if (r.h < 0) before += r.n;
			else if (r.h >= hours) after += r.n;
			else {
				const p = points[r.h];
				p.n += r.n;
				p.negative += r.negative;
				p.positive += r.positive;
				sums[r.h].s += r.s_sum;
				sums[r.h].k += r.scored;
			}
		}
		let run = 0;
		points.forEach((p, i) => {
			p.cumulative = run += p.n;
			p.mean = sums[i].k ? Math.round((sums[i].s / sums[i].k) * 1e4) / 1e4 : null;
		});
	}
	const curve = article.publishedAt ? sectionCurve(env, article.sectionKey, f) : { points: [], articles: 0, filtered: false };
	return {
		meta: buildMeta(env, f, total.row, [total.source, 'raw']),
		publishedAt: article.publishedAt,
		hours,
		points,
		sectionMedian: curve.points.slice(0, hours),
		medianFiltered: curve.filtered,
		sectionArticles: curve.articles,
		before,
		after
	};
}

export function storySplits(db: DB, articleId: number, filters: Filters): StorySplitsResponse | null {
	const env = queryEnv(db);
	if (!articleInfo(db, articleId)) return null;
	const f = storyFilters(filters, articleId);
	const split = aggregate(env, f, ['target']);
	const langs = aggregate(env, f, ['lang'], { top: true, measures: ['n'] });
	const all = newAccumulator();
	for (const r of split.rows) accumulate(all, r);
	const byTarget = foldBy(split.rows.filter((r) => r.target != null), (r) => r.target!, newAccumulator, accumulate);
	return {
		meta: buildMeta(env, f, sumRows(split.rows), [split.source, langs.source]),
		sentiment: all.sentiment,
		stance: all.stance,
		targets: [...byTarget].map(([target, a]) => ({ target, n: a.n, stance: a.stance })).sort((a, b) => b.n - a.n),
		languages: langs.rows.map((r) => ({ lang: r.lang ?? 'untagged', n: r.n })),
		...meanOf(all)
	};
}

export function storyTopEmoji(db: DB, articleId: number, filters: Filters, opts: { limit?: number } = {}): StoryEmojiResponse | null {
	const env = queryEnv(db);
	if (!articleInfo(db, articleId)) return null;
	const f = storyFilters(filters, articleId);
	const res = aggregate(env, f, ['emoji'], { top: true, limit: Math.min(opts.limit ?? 12, 100) });
	const total = totals(env, f);
	const names = emojiNames(env, res.rows.map((r) => r.emoji!));
	return {
		meta: buildMeta(env, f, total.row, [res.source, total.source]),
		emoji: res.rows.map((r) => ({ emoji: r.emoji!, name: names.get(r.emoji!) ?? null, uses: r.uses ?? r.n, comments: r.n }))
	};
}
