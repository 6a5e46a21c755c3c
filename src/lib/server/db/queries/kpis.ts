// The KPI strip: comments, commenters, mean sentiment against the previous period, share against
// the target, share flagged as coordinated.
import type { KpisResponse } from '../../../api-types';
import { lowerInstant, upperInstantExclusive, type Filters } from '../../../filters';
import { rawSource, useFacts } from './rawFilter';
import type { DB } from '../open';
import { aggregate, cubeWhere, plannedCube, sumRows, totals, type AggRow } from './aggregate';
import { MEASURES } from '../rollupCatalog';
import { prepared, queryEnv, type QueryEnv } from './env';
import { estimate, mergeInto, newRegisters } from './hll';
import { accumulate, againstShare, meanOf, newAccumulator, share } from './measures';
import { buildMeta } from './meta';
import { planRollup } from './plan';

const DAY = 86_400_000;

/** The period of equal length just before [from, to]; day bounds stay days. */
export function previousPeriod(f: Filters): { from: string; to: string } | null {
	if (!f.from || !f.to) return null;
	const start = Date.parse(lowerInstant(f.from));
	const end = Date.parse(upperInstantExclusive(f.to));
	const len = end - start;
	if (f.from.length === 10 && f.to.length === 10) {
		const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
		return { from: day(start - len), to: day(start - DAY) };
	}
	const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19) + 'Z';
	return { from: iso(start - len), to: iso(start - 1000) };
}

/**
 * Distinct commenters: merged HyperLogLog sketches of the smallest sketched cube that covers the
 * filters (about 2% off), else an exact count over the selected comments.
 */
export function commenters(env: QueryEnv, f: Filters): { n: number; approx: boolean } {
	const cube = env.rollups && !(env.flagsStale && f.flagged !== 'include') ? planRollup({ filters: f, groupBy: [], rows: env.rollupRows, sketch: true }) : null;
	if (cube) {
		const { where, params } = cubeWhere(cube, f);
		const reg = newRegisters();
		const rows = prepared(env.db, `SELECT hll FROM ${cube.table}_hll${where.length ? ' WHERE ' + where.join(' AND ') : ''}`)
			.raw()
			.all(...params) as [Buffer][];
		for (const [blob] of rows) mergeInto(reg, blob);
		return { n: rows.length ? estimate(reg) : 0, approx: true };
	}
	const src = rawSource(env, f);
	const row = prepared(env.db, `SELECT count(DISTINCT c.author_id) AS n FROM ${src.from} WHERE ${src.where}`).get(...src.params) as { n: number };
	return { n: row.n, approx: false };
}

/**
 * Everything the strip needs from a selection no rollup covers, in one pass over its facts
 * (a broad search selects 80,000 comments: three passes were three times the wait).
 */
function rawFigures(env: QueryEnv, f: Filters) {
	const src = rawSource(env, f, { groupBy: ['flagged'] });
	const row = prepared(
		env.db,
		`SELECT ${MEASURES.map(([m]) => `coalesce(${src.measure[m]}, 0) AS ${m}`).join(', ')},
		   coalesce(sum(c.flagged), 0) AS flagged, count(DISTINCT c.article_id) AS articles, count(DISTINCT c.author_id) AS commenters
		 FROM ${src.from} WHERE ${src.where}`
	).get(...src.params) as AggRow & { flagged: number; articles: number; commenters: number };
	return row;
}

export function kpis(db: DB, f: Filters): KpisResponse {
	const env = queryEnv(db);
	if (!plannedCube(env, f, ['flagged']) && useFacts(env, f, ['flagged'])) {
		const r = rawFigures(env, f);
		return strip(env, f, { rows: [r], source: 'raw' }, r.flagged, r.articles, { source: 'raw' }, { n: r.commenters, approx: false });
	}
	const split = aggregate(env, f, ['flagged']);
	let flagged = 0;
	for (const r of split.rows) if (r.flagged) flagged += r.n;
	const articles = aggregate(env, f, ['article'], { countGroups: true, limit: 1, measures: ['n'] });
	return strip(env, f, split, flagged, articles.rows[0]?.groups ?? 0, articles, commenters(env, f));
}

function strip(
	env: QueryEnv,
	f: Filters,
	split: { rows: AggRow[]; source: 'rollup' | 'raw' },
	flagged: number,
	articleCount: number,
	articles: { source: 'rollup' | 'raw' },
	people: { n: number; approx: boolean }
): KpisResponse {
	const acc = newAccumulator();
	for (const r of split.rows) accumulate(acc, r);
	const sentiment = meanOf(acc);
	const prevPeriod = previousPeriod(f);
	let previous: KpisResponse['previous'] = null;
	const sources = [split.source, articles.source];
	if (prevPeriod) {
		const prev = totals(env, { ...f, ...prevPeriod });
		sources.push(prev.source);
		previous = { ...prevPeriod, comments: prev.row.n, sentiment: meanOf(prev.row) };
	}
	const delta =
		sentiment.mean !== null && previous?.sentiment.mean != null ? Math.round((sentiment.mean - previous.sentiment.mean) * 1e4) / 1e4 : null;
	return {
		meta: buildMeta(env, f, sumRows(split.rows), sources),
		comments: acc.n,
		commenters: people.n,
		commentersApprox: people.approx,
		articles: articleCount,
		sentiment,
		previous,
		sentimentDelta: delta,
		stance: acc.stance,
		againstShare: againstShare(acc.stance),
		flagged,
		flaggedShare: share(flagged, acc.n)
	};
}
