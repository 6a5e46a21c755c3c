// Topics side by side, and each topic's volume over time as small multiples.
import type { TopicRow, TopicSeriesResponse, TopicsResponse } from '../../../api-types';
import type { Filters } from '../../../filters';
import { placeholders } from '../filterSql';
import type { DB } from '../open';
import { aggregate, totals, type Measure } from './aggregate';
import { queryEnv, type QueryEnv } from './env';
import { accumulate, meanOf, newAccumulator, share } from './measures';
import { buildMeta } from './meta';
import { timeRows, type SeriesOptions } from './overview';

export function topicNames(env: QueryEnv, ids: number[]): Map<number, { name: string; kind: string | null }> {
	if (!ids.length) return new Map();
	const rows = env.db
		.prepare(`SELECT id, name, kind FROM topics WHERE id IN (${placeholders(ids.length)})`)
		.all(...ids) as { id: number; name: string; kind: string | null }[];
	return new Map(rows.map((r) => [r.id, { name: r.name, kind: r.kind }]));
}

/** The busiest topics under the filters, by comment count. */
export function topTopics(env: QueryEnv, f: Filters, limit: number, measures?: Measure[]) {
	const res = aggregate(env, f, ['topic'], { top: true, limit, countGroups: true, measures });
	return { ids: res.rows.map((r) => r.topic!), rows: res.rows, groups: res.rows[0]?.groups ?? 0, source: res.source };
}

/** One row per topic: volume, share, sentiment distribution and mean, stance split. */
export function topicsSummary(db: DB, f: Filters, opts: { limit?: number } = {}): TopicsResponse {
	const env = queryEnv(db);
	const limit = Math.min(opts.limit ?? 30, 200);
	const top = topTopics(env, f, limit);
	const total = totals(env, f);
	if (!top.ids.length) return { meta: buildMeta(env, f, total.row, [top.source, total.source]), topics: [], more: 0 };
	const names = topicNames(env, top.ids);
	const topics: TopicRow[] = top.rows.map((r) => {
		const a = newAccumulator();
		accumulate(a, r);
		const t = names.get(r.topic!)!;
		return { topic: t.name, kind: t.kind, n: a.n, share: share(a.n, total.row.n) ?? 0, sentiment: a.sentiment, stance: a.stance, ...meanOf(a) };
	});
	return {
		meta: buildMeta(env, f, total.row, [top.source, total.source]),
		topics,
		more: Math.max(0, top.groups - topics.length)
	};
}

/** Volume per bucket for the busiest topics (or the given ones), on one shared x and y. */
export function topicSeries(db: DB, f: Filters, opts: SeriesOptions & { limit?: number; topics?: string[] } = {}): TopicSeriesResponse {
	const env = queryEnv(db);
	const limit = Math.min(opts.limit ?? 12, 50);
	const total = totals(env, f);
	const chosen = opts.topics?.length ? opts.topics : (() => {
		const top = topTopics(env, f, limit, ['n']);
		const names = topicNames(env, top.ids);
		return top.ids.map((id) => names.get(id)!.name);
	})();
	if (!chosen.length)
		return { meta: buildMeta(env, f, total.row, [total.source]), granularity: opts.granularity ?? 'day', autoGranularity: !opts.granularity, buckets: [], series: [], max: 0 };
	const s = timeRows(env, { ...f, topic: chosen }, ['topic'], opts.granularity, ['n', 'scored', 's_sum']);
	const ids = [...new Set(s.rows.map((r) => r.topic!))];
	const names = topicNames(env, ids);
	const index = new Map(s.keys.map((k, i) => [k, i]));
	const series = new Map<string, { topic: string; n: number; counts: number[]; sums: number[]; scored: number[] }>();
	for (const name of chosen) series.set(name.toLowerCase(), { topic: name, n: 0, counts: s.keys.map(() => 0), sums: s.keys.map(() => 0), scored: s.keys.map(() => 0) });
	for (const r of s.rows) {
		const name = names.get(r.topic!)?.name;
		const row = name === undefined ? undefined : series.get(name.toLowerCase());
		if (!row) continue;
		row.topic = name!;
		row.n += r.n;
		const k = s.bucketOf(r);
		const i = k === null ? undefined : index.get(k);
		if (i === undefined) continue;
		row.counts[i] += r.n;
		row.sums[i] += r.s_sum;
		row.scored[i] += r.scored;
	}
	const out = [...series.values()].sort((a, b) => b.n - a.n || (a.topic < b.topic ? -1 : 1));
	return {
		meta: buildMeta(env, f, total.row, [total.source, ...s.sources]),
		granularity: s.granularity,
		autoGranularity: s.autoGranularity,
		buckets: s.keys,
		series: out.map((r) => ({
			topic: r.topic,
			n: r.n,
			counts: r.counts,
			means: r.counts.map((_, i) => (r.scored[i] ? Math.round((r.sums[i] / r.scored[i]) * 1e4) / 1e4 : null))
		})),
		max: out.reduce((m, r) => r.counts.reduce((mm, x) => (x > mm ? x : mm), m), 0)
	};
}
