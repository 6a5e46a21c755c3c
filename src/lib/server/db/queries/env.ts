// What a connection can answer from: whether rollups exist and how fresh they are. Checked once
// per change of the database (PRAGMA data_version moves when any other connection commits), so
// a request costs one pragma, not a scan.
import type { Statement } from 'better-sqlite3';
import type { DB } from '../open';
import { schemaVersion } from '../migrate';
import { corpusSignature, type CorpusSignature } from '../rollupState';

export interface QueryEnv {
	db: DB;
	/** Rollup tables exist and were filled at least once. */
	rollups: boolean;
	rollupsAt: string | null;
	/** Rows per rollup cube, for the planner. */
	rollupRows: Record<string, number>;
	/** comment_facts was built with the rollups (raw queries read it while the rollups are fresh). */
	facts: boolean;
	/** Comments or tags arrived after the last refresh (an ingest or tag is running, or was interrupted). */
	stale: boolean;
	/** Duplicate flags changed after the last refresh: rollups cannot answer flag filters or counts. */
	flagsStale: boolean;
}

/** Schema version the dashboard needs: rollups (004) and duplicate flags (005). */
export const REQUIRED_SCHEMA = 5;

const cache = new WeakMap<DB, { version: number; env: QueryEnv }>();

export function queryEnv(db: DB): QueryEnv {
	const version = db.pragma('data_version', { simple: true }) as number;
	const hit = cache.get(db);
	if (hit && hit.version === version) return hit.env;
	const env = inspect(db);
	cache.set(db, { version, env });
	return env;
}

function inspect(db: DB): QueryEnv {
	if (schemaVersion(db) < 4) return { db, rollups: false, rollupsAt: null, rollupRows: {}, facts: false, stale: false, flagsStale: false };
	const meta = new Map(
		(db.prepare(`SELECT key, value FROM meta WHERE key IN ('rollups_at', 'rollups_signature', 'rollup_rows')`).all() as { key: string; value: string }[]).map(
			(r) => [r.key, r.value]
		)
	);
	const rollupsAt = meta.get('rollups_at') ?? null;
	const built = JSON.parse(meta.get('rollups_signature') ?? '{}') as Partial<CorpusSignature>;
	const now = rollupsAt !== null ? corpusSignature(db) : null;
	const rollupRows = JSON.parse(meta.get('rollup_rows') ?? '{}') as Record<string, number>;
	return {
		db,
		rollups: rollupsAt !== null,
		rollupsAt,
		rollupRows,
		facts: rollupsAt !== null && rollupRows.comment_facts !== undefined,
		stale: now !== null && (now.comments !== built.comments || now.tags !== built.tags),
		flagsStale: now !== null && now.flags !== built.flags
	};
}

const statements = new WeakMap<DB, Map<string, Statement>>();
const MAX_STATEMENTS = 500;

/**
 * A prepared statement for this SQL, reused across requests: preparing the dashboard's longer
 * queries costs about as much as running them on a rollup.
 */
export function prepared(db: DB, sql: string): Statement {
	let cache = statements.get(db);
	if (!cache) statements.set(db, (cache = new Map()));
	let st = cache.get(sql);
	if (st) {
		cache.delete(sql);
		cache.set(sql, st); // most recently used last
		return st;
	}
	st = db.prepare(sql);
	cache.set(sql, st);
	if (cache.size > MAX_STATEMENTS) cache.delete(cache.keys().next().value!);
	return st;
}

/** A schema too old to read (the server opens read-only and cannot migrate it). */
export function schemaTooOld(db: DB): boolean {
	return schemaVersion(db) < REQUIRED_SCHEMA;
}
