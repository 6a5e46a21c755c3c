// Every filter lives in the URL: these build the links that add, remove or replace one value,
// keeping the rest of the query string (view options like ?g= or ?sort=) intact.
import { FILTER_PARAMS, filtersToParams, parseFilters, type Filters } from '../filters';

/** Parameters that belong to one view (granularity, sort, page) and reset when filters change. */
export const PAGING_PARAMS = ['cursor'];

/** Just the filters of a URL, canonical, for carrying across views. Invalid filters are dropped. */
export function filterQuery(params: URLSearchParams): string {
	try {
		return filtersToParams(parseFilters(params)).toString();
	} catch {
		const p = new URLSearchParams();
		for (const name of FILTER_PARAMS) for (const v of params.getAll(name)) p.append(name, v);
		return p.toString();
	}
}

function rebuild(params: URLSearchParams, f: Filters): string {
	const out = filtersToParams(f);
	for (const [k, v] of params) {
		if ((FILTER_PARAMS as readonly string[]).includes(k) || PAGING_PARAMS.includes(k)) continue;
		out.append(k, v);
	}
	const s = out.toString();
	return s ? `?${s}` : '?';
}

type ListParam = 'article' | 'topic' | 'author' | 'sentiment' | 'stance' | 'target' | 'lang' | 'emoji';
const LIST: readonly string[] = ['article', 'topic', 'author', 'sentiment', 'stance', 'target', 'lang', 'emoji'];

function current(params: URLSearchParams): Filters {
	return parseFilters(params);
}

/** The query string with one filter value removed (or the whole parameter when value is omitted). */
export function withoutValue(params: URLSearchParams, name: string, value?: string): string {
	const f = current(params);
	if (LIST.includes(name)) {
		const key = name as ListParam;
		const list = f[key] as (string | number)[];
		(f as unknown as Record<string, unknown>)[key] = value === undefined ? [] : list.filter((v) => String(v) !== value);
	} else if (name === 'flagged') f.flagged = 'include';
	else if (name === 'from' || name === 'to' || name === 'q') delete f[name];
	return rebuild(params, f);
}

/** The query string with a value added to a repeatable filter, or a single filter set. */
export function withValue(params: URLSearchParams, name: string, value: string, replace = false): string {
	const p = new URLSearchParams(params);
	if (replace || !LIST.includes(name)) p.delete(name);
	p.append(name, value);
	return rebuild(params, current(p));
}

/** Sets several single-valued filters at once (a brushed from/to range). */
export function withValues(params: URLSearchParams, values: Record<string, string | null>): string {
	const p = new URLSearchParams(params);
	for (const [k, v] of Object.entries(values)) {
		p.delete(k);
		if (v != null) p.append(k, v);
	}
	return rebuild(params, current(p));
}

/** Toggles a view option (not a filter) such as ?g=week; null removes it. */
export function withOption(params: URLSearchParams, name: string, value: string | null): string {
	const p = new URLSearchParams(params);
	p.delete(name);
	for (const k of PAGING_PARAMS) p.delete(k);
	if (value != null) p.set(name, value);
	const s = p.toString();
	return s ? `?${s}` : '?';
}

/** A link to another view that keeps the current filters. */
export function viewHref(path: string, params: URLSearchParams): string {
	const q = filterQuery(params);
	return q ? `${path}?${q}` : path;
}
