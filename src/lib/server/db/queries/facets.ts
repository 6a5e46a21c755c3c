// Facets with counts, as in Datasette: for each filterable dimension, the values with most
// comments under every filter except the facet's own (so the alternatives stay visible), the
// chosen values always listed. A facet that fails degrades alone; the others still answer.
import type { Facet, FacetValue, FacetsResponse } from '../../../api-types';
import { withoutFilter, type Filters } from '../../../filters';
import { placeholders } from '../filterSql';
import { rawSource, searchShare, useFacts } from './rawFilter';
import { SHARED_FACETS, sharedFacetCounts, type Counted } from './facetCounts';
import type { DB } from '../open';
import { aggregate, plannedCube, totals, type AggRow } from './aggregate';
import { prepared, queryEnv, type QueryEnv } from './env';
import { articleTitles, buildMeta } from './meta';
import { narrowsOnly, type Dim } from './plan';
import { topicNames } from './topics';

export const FACETS: Facet['name'][] = ['article', 'topic', 'author', 'sentiment', 'stance', 'target', 'lang', 'emoji', 'flagged'];

/** Comments an author facet counts before it answers with partial counts: the latest ones. */
export const AUTHOR_SCAN_CAP = 1_000;


/**
 * Top authors. Unfiltered, from roll_author; otherwise over the latest AUTHOR_SCAN_CAP selected
 * comments (partial when there are more): an exact count would scan every selected comment.
 */
function authorCounts(env: QueryEnv, f: Filters, limit: number): { rows: Counted; groups: number; partial: boolean } {
	if (env.rollups && narrowsOnly(f, ['flagged']) && !(env.flagsStale && f.flagged !== 'include')) {
		const n = f.flagged === 'include' ? 'n' : f.flagged === 'only' ? 'flagged' : 'n - flagged';
		const rows = env.db
			.prepare(`SELECT author_id AS key, ${n} AS n FROM roll_author WHERE ${n} > 0 ORDER BY ${n} DESC, author_id LIMIT ?`)
			.all(limit) as Counted;
		const groups = (env.db.prepare(`SELECT count(*) AS g FROM roll_author WHERE ${n} > 0`).get() as { g: number }).g;
		return { rows, groups, partial: false };
	}
	// A time-ordered walk that stops early: a common word (one comment in 20) is tested per
	// comment rather than every match sorted by time.
	const src = rawSource(env, f, { ordered: true, ftsTest: !!f.q && searchShare(env, f.q) > 0.05 });
	const rows = prepared(
		env.db,
		`SELECT key, n, count(*) OVER () AS groups, sum(n) OVER () AS scanned FROM (
		   SELECT author_id AS key, count(*) AS n FROM (
		     SELECT c.author_id FROM ${src.from} WHERE ${src.where} AND c.author_id IS NOT NULL
		     ORDER BY ${src.col.at} DESC LIMIT ${AUTHOR_SCAN_CAP}
		   ) GROUP BY author_id
		 ) ORDER BY n DESC, key LIMIT ?`
	).all(...src.params, limit) as (Counted[number] & { groups: number; scanned: number })[];
	return { rows, groups: rows[0]?.groups ?? 0, partial: (rows[0]?.scanned ?? 0) >= AUTHOR_SCAN_CAP };
}

function labelsFor(env: QueryEnv, name: Facet['name'], keys: (number | string)[]): Map<number | string, string> {
	if (name === 'article') return new Map(Object.entries(articleTitles(env.db, keys as number[])).map(([k, v]) => [Number(k), v]));
	if (name === 'topic') return new Map([...topicNames(env, keys as number[])].map(([k, v]) => [k, v.name]));
	if (name === 'author' && keys.length) {
		const rows = env.db.prepare(`SELECT id, handle FROM authors WHERE id IN (${placeholders(keys.length)})`).all(...keys) as { id: number; handle: string }[];
		return new Map(rows.map((r) => [r.id, r.handle]));
	}
	if (name === 'flagged') return new Map([[1, 'only'], [0, 'exclude']]);
	return new Map(keys.map((k) => [k, String(k)]));
}

function selectedValues(f: Filters, name: Facet['name']): string[] {
	if (name === 'flagged') return f.flagged === 'include' ? [] : [f.flagged];
	return f[name].map(String);
}

function oneFacet(env: QueryEnv, f: Filters, name: Facet['name'], limit: number, shared?: { rows: Counted; groups: number }): Facet {
	const g = withoutFilter(f, name);
	let counted: Counted;
	let groups: number;
	let partial = false;
	if (shared) ({ rows: counted, groups } = shared);
	else if (name === 'author') {
		const a = authorCounts(env, g, limit);
		({ groups, partial } = a);
		counted = a.rows;
	} else {
		const res = aggregate(env, g, [name as Dim], { top: true, limit, countGroups: true, measures: ['n'] });
		counted = res.rows.filter((r: AggRow) => r[name as Dim] != null).map((r) => ({ key: r[name as Dim] as number | string, n: r.n }));
		groups = res.rows[0]?.groups ?? 0;
	}
	const labels = labelsFor(env, name, counted.map((c) => c.key));
	const values: FacetValue[] = counted.map((c) => {
		const value = name === 'topic' || name === 'author' ? (labels.get(c.key) ?? String(c.key)) : name === 'flagged' ? labels.get(c.key)! : String(c.key);
		return { value, label: labels.get(c.key) ?? value, n: c.n, selected: false };
	});
	const chosen = selectedValues(f, name);
	for (const v of values) v.selected = chosen.some((s) => s.toLowerCase() === v.value.toLowerCase());
	// Chosen values beyond the top are listed too, with their own counts, so they can be removed.
	const missing = chosen.filter((s) => !values.some((v) => v.value.toLowerCase() === s.toLowerCase()));
	if (missing.length) values.push(...chosenCounts(env, g, name, missing));
	return { name, values, more: Math.max(0, groups - counted.length), partial };
}

function chosenCounts(env: QueryEnv, g: Filters, name: Facet['name'], chosen: string[]): FacetValue[] {
	const dim: Dim = name;
	const narrowed: Filters =
		name === 'flagged' ? { ...g, flagged: chosen[0] as Filters['flagged'] } : { ...g, [name]: name === 'article' ? chosen.map(Number) : chosen };
	const rows = name === 'flagged' ? [] : aggregate(env, narrowed, [dim], { measures: ['n'] }).rows;
	const labels = labelsFor(env, name, rows.map((r) => r[dim] as number | string));
	return chosen.map((value) => {
		const hit = rows.find((r) => {
			const key = r[dim] as number | string;
			return String(name === 'topic' || name === 'author' ? labels.get(key) : key).toLowerCase() === value.toLowerCase();
		});
		return { value, label: hit ? (labels.get(hit[dim] as number | string) ?? value) : value, n: hit?.n ?? 0, selected: true };
	});
}

export function facets(db: DB, f: Filters, opts: { limit?: number; only?: Facet['name'][] } = {}): FacetsResponse {
	const env = queryEnv(db);
	const limit = Math.min(Math.max(opts.limit ?? 10, 1), 100);
	const total = totals(env, f);
	const names = opts.only ?? FACETS;
	// Facets whose own filter is unset all count the same selection: when rollups cannot, one pass counts them all.
	const together = useFacts(env, f, ['flagged'])
		? SHARED_FACETS.filter((n) => names.includes(n) && !selectedValues(f, n).length && !plannedCube(env, f, [n as Dim]))
		: [];
	let shared = new Map<Facet['name'], { rows: Counted; groups: number }>();
	if (together.length > 1) {
		try {
			shared = sharedFacetCounts(env, f, together, limit);
		} catch {
			// each facet then tries (and may fail) on its own
		}
	}
	const out = names.map((name): Facet => {
		try {
			return oneFacet(env, f, name, limit, shared.get(name));
		} catch {
			return { name, values: [], more: 0, partial: true };
		}
	});
	return { meta: buildMeta(env, f, total.row, [total.source]), facets: out };
}
