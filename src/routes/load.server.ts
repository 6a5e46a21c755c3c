// What every view's load function shares: the database (or the "no database yet" screen),
// the filters (or a 400 naming the parameter), and panels that fail on their own.
import { error } from '@sveltejs/kit';
import { parseFilters, FilterError, type Filters } from '$lib/filters';
import { readDb, databasePath } from '$lib/server/instance';
import type { DB } from '$lib/server/db/open';

/** One panel's data, or why it could not be computed; the rest of the page still renders. */
export type Panel<T> = { ok: true; data: T } | { ok: false; error: string };

export interface NoDb {
	noDb: true;
	dbPath: string;
}

export function filtersOr400(url: URL): Filters {
	try {
		return parseFilters(url.searchParams);
	} catch (e) {
		if (e instanceof FilterError) error(400, { message: e.message, parameter: e.parameter });
		throw e;
	}
}

/** A bad view option (?granularity=fortnight) is the reader's mistake too: answer 400 naming it. */
export function option<T extends string>(url: URL, name: string, allowed: readonly T[]): T | undefined {
	const v = url.searchParams.get(name);
	if (v == null || v === '') return undefined;
	if (!(allowed as readonly string[]).includes(v))
		error(400, { message: `${name}: "${v.slice(0, 40)}" is not one of ${allowed.join(', ')}`, parameter: name });
	return v as T;
}

export function panel<T>(name: string, fn: () => T): Panel<T> {
	try {
		return { ok: true, data: fn() };
	} catch (e) {
		if (e instanceof FilterError) error(400, { message: e.message, parameter: e.parameter });
		console.error(`murmur: the ${name} panel failed:`, e);
		return { ok: false, error: `The ${name} panel could not be computed (${e instanceof Error ? e.message : String(e)}). The rest of the page is unaffected; reload to try again.` };
	}
}

/** The database, or the marker the page uses to show how to create one. */
export function dbOrNone(): { db: DB } | NoDb {
	const db = readDb();
	return db ? { db } : { noDb: true, dbPath: databasePath() };
}
