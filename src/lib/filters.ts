// The one filter of every dashboard view, export and /api endpoint: a URL query string in, a
// validated Filters object out, and back again. Browser-safe: no Node imports.
//
// Semantics: values of one parameter are alternatives (OR); different parameters all apply (AND).
// Dates compare against a comment's effective time (created_at, else its article's published_at).
import type { SentimentLabel, StanceLabel } from './types';

export type FlaggedMode = 'include' | 'exclude' | 'only';

export interface Filters {
	/** Inclusive lower bound: "YYYY-MM-DD" (start of that UTC day) or "YYYY-MM-DDTHH:MM:SSZ". */
	from?: string;
	/** Upper bound: "YYYY-MM-DD" includes that whole UTC day; a full time is inclusive to the second. */
	to?: string;
	article: number[];
	topic: string[];
	author: string[];
	sentiment: SentimentLabel[];
	stance: StanceLabel[];
	target: string[];
	lang: string[];
	emoji: string[];
	/** Full-text search (FTS5); matched as plain words and "quoted phrases", never as FTS syntax. */
	q?: string;
	flagged: FlaggedMode;
}

export const SENTIMENTS: readonly SentimentLabel[] = ['positive', 'neutral', 'negative', 'unscored'];
export const STANCES: readonly StanceLabel[] = ['favor', 'against', 'neutral', 'none'];
export const FLAGGED_MODES: readonly FlaggedMode[] = ['include', 'exclude', 'only'];

/** Every filter parameter, in the canonical order of filtersToParams. */
export const FILTER_PARAMS = [
	'from', 'to', 'article', 'topic', 'author', 'sentiment', 'stance', 'target', 'lang', 'emoji', 'q', 'flagged'
] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/** A bad filter value. `parameter` names the query-string parameter at fault. */
export class FilterError extends Error {
	constructor(
		readonly parameter: string,
		message: string
	) {
		super(message);
		this.name = 'FilterError';
	}
}

export function emptyFilters(): Filters {
	return { article: [], topic: [], author: [], sentiment: [], stance: [], target: [], lang: [], emoji: [], flagged: 'include' };
}

const MAX_VALUES = 200;
const MAX_TEXT = 200;
const MAX_Q = 500;

/** Values of a repeatable parameter, empty strings dropped (HTML forms send them). */
function values(params: URLSearchParams, name: string, commaSeparated: boolean): string[] {
	let all = params.getAll(name).map((v) => v.trim());
	if (commaSeparated) all = all.flatMap((v) => v.split(',').map((s) => s.trim()));
	all = all.filter((v) => v !== '');
	if (all.length > MAX_VALUES) throw new FilterError(name, `${name}: at most ${MAX_VALUES} values, got ${all.length}`);
	return all;
}

function single(params: URLSearchParams, name: string): string | undefined {
	const all = params.getAll(name).map((v) => v.trim()).filter((v) => v !== '');
	if (all.length > 1) throw new FilterError(name, `${name}: give one value, got ${all.length}`);
	return all[0];
}

const uniqueSorted = <T>(xs: T[], cmp: (a: T, b: T) => number): T[] => [...new Set(xs)].sort(cmp);
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function enumValues<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] {
	const vs = values(params, name, true).map((v) => v.toLowerCase());
	for (const v of vs)
		if (!(allowed as readonly string[]).includes(v))
			throw new FilterError(name, `${name}: "${clip(v)}" is not one of ${allowed.join(', ')}`);
	return uniqueSorted(vs as T[], (a, b) => allowed.indexOf(a) - allowed.indexOf(b));
}

function textValues(params: URLSearchParams, name: string): string[] {
	const vs = values(params, name, false);
	for (const v of vs) {
		if (v.length > MAX_TEXT) throw new FilterError(name, `${name}: a value is longer than ${MAX_TEXT} characters`);
		if (/[\u0000-\u001f]/.test(v)) throw new FilterError(name, `${name}: control characters are not allowed`);
	}
	return uniqueSorted(vs.map((v) => v.normalize('NFC')), byCodePoint);
}

const clip = (s: string) => (s.length > 40 ? s.slice(0, 40) + '…' : s);

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** "YYYY-MM-DD" stays a day; a full time becomes "YYYY-MM-DDTHH:MM:SSZ" in UTC. */
export function parseFilterDate(raw: string, name: string): string {
	const d = DATE.exec(raw);
	if (d) {
		const t = Date.UTC(+d[1], +d[2] - 1, +d[3]);
		if (new Date(t).toISOString().slice(0, 10) !== raw) throw new FilterError(name, `${name}: "${clip(raw)}" is not a calendar date`);
		return raw;
	}
	const m = DATETIME.exec(raw);
	if (m) {
		const [, y, mo, da, h, mi, s = '00', zone = 'Z'] = m;
		const base = Date.UTC(+y, +mo - 1, +da, +h, +mi, +s);
		const check = new Date(base).toISOString();
		if (check.slice(0, 10) !== `${y}-${mo}-${da}` || +h > 23 || +mi > 59 || +s > 59)
			throw new FilterError(name, `${name}: "${clip(raw)}" is not a valid time`);
		let offsetMin = 0;
		if (zone.toUpperCase() !== 'Z') {
			const z = zone.replace(':', '');
			offsetMin = (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5)));
		}
		return new Date(base - offsetMin * 60_000).toISOString().slice(0, 19) + 'Z';
	}
	throw new FilterError(name, `${name}: "${clip(raw)}" is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ`);
}

/** The first instant a bound covers, as the 20-char UTC form stored in the database. */
export function lowerInstant(from: string): string {
	return from.length === 10 ? `${from}T00:00:00Z` : from;
}

/** The first instant after an upper bound: a day bound covers its whole day. */
export function upperInstantExclusive(to: string): string {
	if (to.length === 10) return new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 19) + 'Z';
	return new Date(Date.parse(to) + 1000).toISOString().slice(0, 19) + 'Z';
}

/** Validates a query string into Filters. Unknown parameters are ignored (views add their own). */
export function parseFilters(params: URLSearchParams): Filters {
	const f = emptyFilters();
	const from = single(params, 'from');
	const to = single(params, 'to');
	if (from !== undefined) f.from = parseFilterDate(from, 'from');
	if (to !== undefined) f.to = parseFilterDate(to, 'to');
	if (f.from && f.to && lowerInstant(f.from) >= upperInstantExclusive(f.to))
		throw new FilterError('to', `to: ${f.to} is before from: ${f.from}`);

	f.article = uniqueSorted(
		values(params, 'article', true).map((v) => {
			if (!/^\d{1,15}$/.test(v) || Number(v) < 1) throw new FilterError('article', `article: "${clip(v)}" is not an article id`);
			return Number(v);
		}),
		(a, b) => a - b
	);
	f.topic = textValues(params, 'topic');
	f.author = textValues(params, 'author');
	f.sentiment = enumValues(params, 'sentiment', SENTIMENTS);
	f.stance = enumValues(params, 'stance', STANCES);
	f.target = textValues(params, 'target');
	f.lang = uniqueSorted(
		values(params, 'lang', true).map((v) => {
			const l = v.toLowerCase();
			if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/.test(l)) throw new FilterError('lang', `lang: "${clip(v)}" is not a language code like en or pt-br`);
			return l;
		}),
		byCodePoint
	);
	f.emoji = textValues(params, 'emoji');
	for (const e of f.emoji)
		if (e.length > 32 || !/[^\u0000-\u007f]/.test(e)) throw new FilterError('emoji', `emoji: "${clip(e)}" is not an emoji`);

	const q = single(params, 'q');
	if (q !== undefined) {
		if (q.length > MAX_Q) throw new FilterError('q', `q: the search is longer than ${MAX_Q} characters`);
		f.q = q.replace(/\s+/g, ' ');
	}
	const flagged = single(params, 'flagged');
	if (flagged !== undefined) {
		const v = flagged.toLowerCase();
		if (!(FLAGGED_MODES as readonly string[]).includes(v))
			throw new FilterError('flagged', `flagged: "${clip(flagged)}" is not one of include, exclude, only`);
		f.flagged = v as FlaggedMode;
	}
	return f;
}

/** The canonical query string: fixed parameter order, sorted unique values, defaults left out. */
export function filtersToParams(f: Filters): URLSearchParams {
	const p = new URLSearchParams();
	if (f.from) p.append('from', f.from);
	if (f.to) p.append('to', f.to);
	for (const a of f.article) p.append('article', String(a));
	for (const name of ['topic', 'author', 'sentiment', 'stance', 'target', 'lang', 'emoji'] as const)
		for (const v of f[name]) p.append(name, v);
	if (f.q) p.append('q', f.q);
	if (f.flagged !== 'include') p.append('flagged', f.flagged);
	return p;
}

/** True when no filter narrows anything. */
export function isUnfiltered(f: Filters): boolean {
	return filtersToParams(f).toString() === '';
}

/** Filters with one parameter reset, e.g. for a facet that shows the alternatives to its own choice. */
export function withoutFilter(f: Filters, name: FilterParam): Filters {
	const g: Filters = { ...f, ...Object.fromEntries(Object.entries(f).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v])) };
	if (name === 'from' || name === 'to' || name === 'q') delete g[name];
	else if (name === 'flagged') g.flagged = 'include';
	else g[name] = [];
	return g;
}

export { describeFilters } from './filterDescription';
