// The overview: comments over time with their sentiment and stance mix, and publication markers.
import type { ArticleMarkersResponse, Granularity, TimeBucket, VolumeResponse } from '../../../api-types';
import { lowerInstant, upperInstantExclusive, type Filters } from '../../../filters';
import { placeholders, topicIdsSql, READER_COMMENTS } from '../filterSql';
import type { DB } from '../open';
import { aggregate, sumRows, totals, type AggRow, type Measure } from './aggregate';
import { queryEnv, type QueryEnv } from './env';
import { accumulate, foldBy, meanOf, newAccumulator, type Accumulator } from './measures';
import { buildMeta } from './meta';
import { bucketKey, bucketRange, chartPeriod, granularityFor, spanMs } from './time';

export interface SeriesOptions {
	/** Omitted: chosen from the span (hour up to 4 days, day up to 150, week up to 2 years, else month). */
	granularity?: Granularity;
}

/** Rows grouped by time at the granularity the span calls for, and the period they cover. */
export function timeRows(env: QueryEnv, f: Filters, extra: ('topic' | 'emoji')[], granularity?: Granularity, measures?: Measure[]) {
	const sources: ('rollup' | 'raw')[] = [];
	let rows: AggRow[] = [];
	let timeOf = (r: AggRow) => r.day ?? null;
	if (granularity !== 'hour') {
		const byDay = aggregate(env, f, ['day', ...extra], { measures });
		rows = byDay.rows;
		sources.push(byDay.source);
	}
	const extent = (rs: AggRow[], get: (r: AggRow) => string | null) => {
		let first: string | null = null;
		let last: string | null = null;
		for (const r of rs) {
			const t = get(r);
			if (t === null) continue;
			if (first === null || t < first) first = t;
			if (last === null || t > last) last = t;
		}
		return { first, last };
	};
	let { first, last } = extent(rows, timeOf);
	let period = chartPeriod(f, first, last);
	const g = granularity ?? (period ? granularityFor(spanMs(period.first, period.last)) : 'day');
	if (g === 'hour') {
		const byHour = aggregate(env, f, ['hour', ...extra], { measures });
		rows = byHour.rows;
		sources.push(byHour.source);
		timeOf = (r) => r.hour ?? null;
		({ first, last } = extent(rows, timeOf));
		period = chartPeriod(f, first, last);
	}
	const keys = period ? bucketRange(period.first, period.last, g) : [];
	// A series has a few hundred distinct times and thousands of rows: compute each bucket once.
	const buckets = new Map<string, string>();
	const bucketOf = (r: AggRow): string | null => {
		const t = timeOf(r);
		if (t === null) return null;
		let k = buckets.get(t);
		if (k === undefined) buckets.set(t, (k = bucketKey(t, g)));
		return k;
	};
	return { rows, timeOf, bucketOf, keys, granularity: g, autoGranularity: !granularity, sources };
}

function toBucket(t: string, a: Accumulator): TimeBucket {
	return { t, n: a.n, sentiment: a.sentiment, stance: a.stance, untimed: a.untimed, sparse: a.n < 5, ...meanOf(a) };
}

/** Comments per bucket with sentiment counts, mean sentiment and interval, and stance mix. */
export function reactionsOverTime(db: DB, f: Filters, opts: SeriesOptions = {}): VolumeResponse {
	const env = queryEnv(db);
	const s = timeRows(env, f, [], opts.granularity);
	const byBucket = foldBy(s.rows.filter((r) => s.timeOf(r) !== null), (r) => s.bucketOf(r)!, newAccumulator, accumulate);
	const targets = aggregate(env, f, ['target'], { top: true, limit: 21, measures: ['n'] });
	return {
		meta: buildMeta(env, f, sumRows(s.rows), [...s.sources, targets.source]),
		granularity: s.granularity,
		autoGranularity: s.autoGranularity,
		from: s.keys[0] ?? null,
		to: s.keys[s.keys.length - 1] ?? null,
		buckets: s.keys.map((k) => toBucket(k, byBucket.get(k) ?? newAccumulator())),
		targets: targets.rows.filter((r) => r.target != null).slice(0, 20).map((r) => ({ target: r.target!, n: r.n }))
	};
}

/** The same buckets; the stance chart reads `.stance` of each. One query serves both charts. */
export const stanceOverTime = reactionsOverTime;

/**
 * Publication ticks: dated articles published inside the filtered period, narrowed by the article
 * and topic filters (the others select comments, not articles). `n` counts all their reader comments.
 */
export function articleMarkers(db: DB, f: Filters, opts: { limit?: number } = {}): ArticleMarkersResponse {
	const env = queryEnv(db);
	const limit = Math.min(opts.limit ?? 200, 1000);
	const where = ['a.published_at IS NOT NULL'];
	const params: unknown[] = [];
	if (f.from) where.push('a.published_at >= ?'), params.push(lowerInstant(f.from));
	if (f.to) where.push('a.published_at < ?'), params.push(upperInstantExclusive(f.to));
	if (f.article.length) where.push(`a.id IN (${placeholders(f.article.length)})`), params.push(...f.article);
	if (f.topic.length) {
		const t = topicIdsSql(f.topic);
		where.push(`a.id IN (SELECT article_id FROM article_topics WHERE topic_id IN (${t.sql}))`);
		params.push(...t.params);
	}
	const counts = env.rollups
		? `JOIN roll_article_stats s ON s.article_id = a.id`
		: `JOIN (SELECT c.article_id, count(*) AS comments FROM comments c WHERE ${READER_COMMENTS} GROUP BY c.article_id) s ON s.article_id = a.id`;
	const rows = db
		.prepare(
			`SELECT a.id, a.title, a.section, a.published_at AS publishedAt, s.comments AS n FROM articles a ${counts}
			 WHERE ${where.join(' AND ')} ORDER BY s.comments DESC, a.id LIMIT ?`
		)
		.all(...params, limit + 1) as ArticleMarkersResponse['articles'];
	const total = totals(env, f);
	return {
		meta: buildMeta(env, f, total.row, [total.source, env.rollups ? 'rollup' : 'raw']),
		articles: rows.slice(0, limit).sort((a, b) => (a.publishedAt < b.publishedAt ? -1 : a.publishedAt > b.publishedAt ? 1 : a.id - b.id)),
		truncated: rows.length > limit
	};
}
