// One aggregate, two ways to answer it: from a rollup table when the plan allows, otherwise from
// the comments with the filter's SQL. Both return the same rows, which the tests check.
import type { Filters } from '../../../filters';
import { lowerInstant, upperInstantExclusive } from '../../../filters';
import { emojiVariants, topicIdsSql, placeholders } from '../filterSql';
import { drivenScan, rawSource, useFacts } from './rawFilter';
import { foldTopics } from './topicFold';
import { prepared, type QueryEnv } from './env';
import { MEASURES } from '../rollupCatalog';
import { cubeColumn, planRollup, type Cube, type Dim } from './plan';

/** Grouped counts. Dimension values: day "YYYY-MM-DD", hour "YYYY-MM-DDTHH", article/topic/author ids, flagged 0/1. */
export interface AggRow {
	day?: string | null;
	hour?: string | null;
	article?: number;
	sentiment?: string | null;
	stance?: string | null;
	target?: string | null;
	lang?: string | null;
	flagged?: number;
	topic?: number;
	emoji?: string;
	author?: number | null;
	n: number;
	untimed: number;
	undated: number;
	scored: number;
	s_sum: number;
	s_sq: number;
	/** Label counts; untagged = n minus their sum. */
	sen_pos: number;
	sen_neu: number;
	sen_neg: number;
	sen_uns: number;
	st_favor: number;
	st_against: number;
	st_neutral: number;
	st_none: number;
	/** Emoji occurrences; only when grouping by emoji. */
	uses?: number;
	/** Number of groups before the limit, when asked for. */
	groups?: number;
}

export interface AggregateOptions {
	/** Order groups by comment count, largest first (ties by key). */
	top?: boolean;
	limit?: number;
	/** Also return the number of groups before the limit (on each row as `groups`). */
	countGroups?: boolean;
	/** Force the raw path (tests compare the paths): from the facts when fresh, or 'comments' from the comments themselves. */
	raw?: boolean | 'comments';
	/** Only these measures (others come back 0): a long series needs only n. Default: all. */
	measures?: Measure[];
}

export type Measure = (typeof MEASURES)[number][0];

export interface AggregateResult {
	rows: AggRow[];
	source: 'rollup' | 'raw';
}

function topicIdCount(env: QueryEnv, f: Filters): number {
	if (!f.topic.length) return 0;
	const t = topicIdsSql(f.topic);
	return (env.db.prepare(`SELECT count(*) AS n FROM (${t.sql})`).get(...t.params) as { n: number }).n;
}

/** The cube aggregate() would read for these filters and groups, or null for the raw path. */
export function plannedCube(env: QueryEnv, f: Filters, groupBy: Dim[], opts: Pick<AggregateOptions, 'raw'> = {}): Cube | null {
	// Flags rewritten since the refresh: only the comments know which are flagged now.
	const flagsOff = env.flagsStale && (f.flagged !== 'include' || groupBy.includes('flagged'));
	if (!env.rollups || opts.raw || flagsOff) return null;
	const needUses = groupBy.includes('emoji');
	return planRollup({ filters: f, groupBy, needUses, topicIds: f.topic.length === 1 ? topicIdCount(env, f) : undefined, rows: env.rollupRows });
}

export function aggregate(env: QueryEnv, f: Filters, groupBy: Dim[], opts: AggregateOptions = {}): AggregateResult {
	const plan = plannedCube(env, f, groupBy, opts);
	if (!plan && groupBy.includes('topic') && opts.raw !== 'comments' && useFacts(env, f, [...groupBy, 'flagged']))
		return { rows: foldTopics(env, f, groupBy, opts), source: 'raw' };
	const { sql, params } = plan ? rollupSql(plan, f, groupBy, opts) : rawSql(env, f, groupBy, opts);
	const rows = prepared(env.db, sql).all(...params) as AggRow[];
	// Measures left out of the SELECT (fewer columns is most of the cost of a long series) read as 0.
	if (opts.measures) for (const r of rows) for (const [m] of MEASURES) (r as unknown as Record<string, number>)[m] ??= 0;
	return { rows, source: plan ? 'rollup' : 'raw' };
}

const wanted = (opts: AggregateOptions, m: string) => !opts.measures || opts.measures.includes(m as Measure);

function tail(groupBy: Dim[], opts: AggregateOptions, inner: string): string {
	const keys = groupBy.join(', ');
	let sql = inner + (groupBy.length ? ` GROUP BY ${keys}` : '');
	if (opts.countGroups) sql = `SELECT *, count(*) OVER () AS groups FROM (${sql})`;
	if (opts.top) sql += ` ORDER BY n DESC${groupBy.length ? ', ' + keys : ''}`;
	if (opts.limit !== undefined) sql += ` LIMIT ${Math.max(0, Math.floor(opts.limit))}`;
	return sql;
}

function rawSql(env: QueryEnv, f: Filters, groupBy: Dim[], opts: AggregateOptions): { sql: string; params: unknown[] } {
	// A grouped topic (emoji) joins only the chosen topics (emoji), which already requires a match:
	// the filter's own test for it would repeat the work.
	const src = rawSource(
		opts.raw === 'comments' ? { ...env, facts: false } : env,
		{ ...f, topic: groupBy.includes('topic') ? [] : f.topic, emoji: groupBy.includes('emoji') ? [] : f.emoji },
		{ groupBy: [...groupBy, ...(f.flagged !== 'include' ? (['flagged'] as Dim[]) : [])] }
	);
	const joinParams: unknown[] = [];
	let joins = '';
	// When an article, author, search or short period selects few comments, they drive the scan: CROSS JOIN
	// keeps SQLite from starting at the (large) topic or emoji index instead.
	const driven = drivenScan(f);
	const join = driven ? 'CROSS JOIN' : 'JOIN';
	// ...and then read each comment's few topics (emoji) and filter them, rather than probe the index once per chosen value.
	const plus = driven ? '+' : '';
	// Grouping by a multi-valued dimension joins its rows; a filter on the same dimension
	// restricts the groups to the chosen values, as the rollups do.
	if (groupBy.includes('topic')) {
		joins += ` ${join} comment_topics ctg ON ctg.comment_id = c.id`;
		if (f.topic.length) {
			const t = topicIdsSql(f.topic);
			joins += ` AND ${plus}ctg.topic_id IN (${t.sql})`;
			joinParams.push(...t.params);
		}
	}
	if (groupBy.includes('emoji')) {
		joins += ` ${join} comment_emoji ceg ON ceg.comment_id = c.id`;
		if (f.emoji.length) {
			const forms = f.emoji.flatMap(emojiVariants);
			joins += ` AND ${plus}ceg.emoji IN (${placeholders(forms.length)})`;
			joinParams.push(...forms);
		}
	}
	const dims = groupBy.map((d) => `${src.dim[d]} AS ${d}`);
	const measures = MEASURES.filter(([name]) => wanted(opts, name)).map(([name]) => `coalesce(${src.measure[name]}, 0) AS ${name}`);
	if (groupBy.includes('emoji')) measures.push(`sum(ceg.count) AS uses`);
	const inner = `SELECT ${[...dims, ...measures].join(', ')} FROM ${src.from}${joins} WHERE ${src.where}`;
	return { sql: tail(groupBy, opts, inner), params: [...joinParams, ...src.params] };
}

/** The WHERE conditions that apply the filters to a cube (which must cover them). */
export function cubeWhere(r: Cube, f: Filters): { where: string[]; params: unknown[] } {
	const col = (d: Dim) => cubeColumn(r, d)!;
	const where: string[] = [];
	const params: unknown[] = [];
	const inList = (d: Dim, values: unknown[], collate = '') => {
		where.push(`${col(d)}${collate} IN (${placeholders(values.length)})`);
		params.push(...values);
	};
	if (f.from) where.push(`${col('day')} >= ?`), params.push(lowerInstant(f.from).slice(0, 10));
	if (f.to) where.push(`${col('day')} < ?`), params.push(upperInstantExclusive(f.to).slice(0, 10));
	if (f.article.length) inList('article', f.article);
	if (f.topic.length) {
		const t = topicIdsSql(f.topic);
		where.push(`${col('topic')} IN (${t.sql})`);
		params.push(...t.params);
	}
	if (f.sentiment.length) inList('sentiment', f.sentiment);
	if (f.stance.length) inList('stance', f.stance);
	if (f.target.length) inList('target', f.target, ' COLLATE NOCASE');
	if (f.lang.length) inList('lang', f.lang);
	if (f.emoji.length) inList('emoji', f.emoji.flatMap(emojiVariants));
	if (f.flagged !== 'include') where.push(`${col('flagged')} = ${f.flagged === 'only' ? 1 : 0}`);
	return { where, params };
}

function rollupSql(r: Cube, f: Filters, groupBy: Dim[], opts: AggregateOptions): { sql: string; params: unknown[] } {
	const col = (d: Dim) => cubeColumn(r, d)!;
	const { where, params } = cubeWhere(r, f);
	const dims = groupBy.map((d) => `${col(d)} AS ${d}`);
	const measures = MEASURES.filter(([m]) => wanted(opts, m)).map(([m]) =>
		m === 's_sum' || m === 's_sq' ? `total(${m}) AS ${m}` : `coalesce(sum(${m}), 0) AS ${m}`
	);
	if (r.uses && groupBy.includes('emoji')) measures.push(`sum(uses) AS uses`);
	const inner = `SELECT ${[...dims, ...measures].join(', ')} FROM ${r.table}${where.length ? ' WHERE ' + where.join(' AND ') : ''}`;
	return { sql: tail(groupBy, opts, inner), params };
}

/** Sums rows over every dimension (valid when no multi-valued dimension was grouped). */
export function sumRows(rows: AggRow[]): AggRow {
	const t = emptyRow();
	for (const r of rows) for (const [m] of MEASURES) (t as unknown as Record<string, number>)[m] += (r as unknown as Record<string, number>)[m];
	return t;
}

export function emptyRow(): AggRow {
	return Object.fromEntries(MEASURES.map(([m]) => [m, 0])) as unknown as AggRow;
}

/** The whole selection as one row. */
export function totals(env: QueryEnv, f: Filters): { row: AggRow; source: 'rollup' | 'raw' } {
	const { rows, source } = aggregate(env, f, []);
	return { row: rows[0] ?? emptyRow(), source };
}
