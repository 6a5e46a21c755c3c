import type { ResponseMeta } from '../../../api-types';
import { describeFilters, filtersToParams, type Filters } from '../../../filters';
import { placeholders } from '../filterSql';
import type { DB } from '../open';
import type { AggRow } from './aggregate';
import type { QueryEnv } from './env';

/** Titles of the filtered articles, for the description sentence. */
export function articleTitles(db: DB, ids: number[]): Record<number, string> {
	if (!ids.length) return {};
	const rows = db
		.prepare(`SELECT id, coalesce(title, external_id) AS title FROM articles WHERE id IN (${placeholders(ids.length)})`)
		.all(...ids) as { id: number; title: string }[];
	return Object.fromEntries(rows.map((r) => [r.id, r.title]));
}

/** The meta block of a response: `sources` are the paths of every aggregate it ran. */
export function buildMeta(env: QueryEnv, f: Filters, total: Pick<AggRow, 'n' | 'untimed' | 'undated'>, sources: ('rollup' | 'raw')[]): ResponseMeta {
	return {
		query: filtersToParams(f).toString(),
		description: describeFilters(f, { count: total.n, articles: articleTitles(env.db, f.article) }),
		n: total.n,
		untimed: total.untimed,
		undated: total.undated,
		source: sources.every((s) => s === 'rollup') ? 'rollup' : 'raw',
		rollupsAt: env.rollupsAt,
		stale: env.stale
	};
}
