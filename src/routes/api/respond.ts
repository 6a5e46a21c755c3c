// What every /api endpoint shares: the read-only database (503 with the command that creates
// one), the filters (400 naming the bad parameter), 404 for a missing id, JSON out.
import { json } from '@sveltejs/kit';
import type { ApiError } from '$lib/api-types';
import { FilterError, parseFilters, type Filters } from '$lib/filters';
import type { DB } from '$lib/server/db/open';
import { schemaTooOld } from '$lib/server/db/queries/env';
import { DEFAULT_DB, databasePath, readDb } from '$lib/server/instance';
import { resolve } from 'node:path';
import { cachedAnswer, keepAnswer } from './responseCache';

const HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

export function apiError(status: number, body: ApiError): Response {
	return json(body, { status, headers: HEADERS });
}

const answer = (text: string) => new Response(text, { headers: { 'content-type': 'application/json', ...HEADERS } });

/** The command that creates data for this server's database path. */
export function createCommand(path = databasePath()): string {
	const db = path === resolve(DEFAULT_DB) ? '' : ` --db ${JSON.stringify(path)}`;
	return `npx murmur${db} demo`;
}

export interface ApiContext {
	db: DB;
	filters: Filters;
	url: URL;
	params: Record<string, string>;
}

/** An integer view option (?limit=20): absent gives undefined, out of range is a 400 naming it. */
export function intParam(url: URL, name: string, min: number, max: number): number | undefined {
	const raw = url.searchParams.get(name);
	if (raw === null || raw === '') return undefined;
	if (!/^\d{1,9}$/.test(raw) || Number(raw) < min || Number(raw) > max)
		throw new FilterError(name, `${name}: "${raw.slice(0, 20)}" is not a whole number from ${min} to ${max}`);
	return Number(raw);
}

/** The numeric id in the path (/api/articles/[id]/...), or a 400 naming it. */
export function idParam(params: Record<string, string>, name = 'id'): number {
	const raw = params[name] ?? '';
	if (!/^\d{1,15}$/.test(raw) || Number(raw) < 1) throw new FilterError(name, `${name}: "${raw.slice(0, 20)}" is not an id`);
	return Number(raw);
}

/**
 * Wraps a query into a GET handler. The query returns its response, or null for "no such
 * article/comment" (404).
 */
export function endpoint(query: (ctx: ApiContext) => unknown) {
	return ({ url, params }: { url: URL; params: Record<string, string> }): Response => {
		const path = databasePath();
		const db = readDb(path);
		if (!db)
			return apiError(503, {
				error: `No database at ${path} yet. Create one with \`${createCommand(path)}\` (generated demo data) or \`npx murmur ingest FILE\` (your export).`,
				command: createCommand(path)
			});
		try {
			if (schemaTooOld(db))
				return apiError(503, {
					error: `The database at ${path} was made by an older murmur. Run \`npx murmur stats\` once to upgrade it.`,
					command: 'npx murmur stats'
				});
			const key = url.pathname + url.search;
			const hit = cachedAnswer(db, key);
			if (hit !== undefined) return answer(hit);
			const t0 = performance.now();
			const filters = parseFilters(url.searchParams);
			const body = query({ db, filters, url, params });
			if (body === null || body === undefined) return apiError(404, { error: `Not found: ${url.pathname}` });
			const text = JSON.stringify(body);
			keepAnswer(db, key, text, performance.now() - t0);
			return answer(text);
		} catch (e) {
			if (e instanceof FilterError) return apiError(400, { error: e.message, parameter: e.parameter });
			console.error(`murmur: ${url.pathname} failed:`, e);
			return apiError(500, { error: `The server could not answer ${url.pathname}: ${e instanceof Error ? e.message : String(e)}` });
		}
	};
}
