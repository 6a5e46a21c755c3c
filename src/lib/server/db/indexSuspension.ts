// Building a table's secondary indexes once by sort instead of row by row, for a large first load
// (bulkIndexes.ts: a first ingest; tagIndexes.ts: a first tag). Maintained row by row, indexes
// with scattered keys cost several times the inserts themselves; rebuilt by sort, a fraction.
//
// Crash safety: the indexes' SQL is saved in `meta`, with the loading process's id, in the same
// transaction that drops them. Whoever opens the database for writing next rebuilds the indexes of
// a process that is no longer running, so a killed load leaves a database that is complete, only
// slower, until then. Queries never depend on the indexes for their answers. Unique indexes are
// never dropped: writers' lookups and duplicate detection need them.
import type { DB } from './open';

/** One set of indexes suspended together: a `meta` key and the tables whose indexes it holds. */
export interface IndexSet {
	key: string;
	tables: string[];
	/**
	 * SQLite's helper threads for the rebuild's sorts (PRAGMA threads). Each helper sorts with a
	 * buffer of its own: the ingest, with a 300 MB budget for a whole 2 GB import, uses none.
	 */
	sortThreads: number;
	/**
	 * The page cache during the rebuild, in KiB (default: the connection's). SQLite sorts in runs
	 * as large as the page cache: a run of a few MB stays in the CPU caches and the runs merge
	 * cheaply, where one run of a whole 64 MB cache misses them on every comparison (the tag
	 * indexes of 200k comments: ~35% less CPU with 2 MB).
	 */
	sortCacheKiB?: number;
}

interface Suspension {
	pid: number;
	indexes: { name: string; sql: string }[];
}

function suspension(db: DB, set: IndexSet): Suspension | null {
	const row = db.prepare(`SELECT value FROM meta WHERE key = ?`).get(set.key) as { value: string } | undefined;
	return row ? (JSON.parse(row.value) as Suspension) : null;
}

function running(pid: number): boolean {
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		// EPERM: the process exists but belongs to someone else.
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function secondaryIndexes(db: DB, set: IndexSet): { name: string; sql: string }[] {
	return db
		.prepare(
			`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN (${set.tables.map(() => '?').join(',')})
			   AND sql IS NOT NULL AND upper(sql) NOT LIKE 'CREATE UNIQUE%' ORDER BY name`
		)
		.all(...set.tables) as { name: string; sql: string }[];
}

/**
 * Drops the set's secondary indexes and records how to rebuild them. Returns false (and changes
 * nothing) when another live process holds them suspended. Inside a caller's transaction this is
 * a savepoint, so a rollback undoes it.
 */
export function suspendIndexes(db: DB, set: IndexSet): boolean {
	return db.transaction(() => {
		const held = suspension(db, set);
		if (held && held.pid !== process.pid && running(held.pid)) return false;
		// Indexes a dead loader left suspended stay on the list: they are rebuilt with the others.
		const indexes = [...(held?.indexes ?? [])];
		for (const index of secondaryIndexes(db, set)) {
			if (!indexes.some((i) => i.name === index.name)) indexes.push(index);
			db.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`);
		}
		db.prepare(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(
			set.key,
			JSON.stringify({ pid: process.pid, indexes } satisfies Suspension)
		);
		return true;
	}).immediate();
}

/**
 * Rebuilds the suspended indexes (one sort each) and clears the record: this process's, or with
 * `abandoned` those of a process that is gone. Returns how many indexes were built.
 */
export function restoreIndexes(db: DB, set: IndexSet, { abandoned = false } = {}): number {
	const held = suspension(db, set);
	if (!held || (abandoned ? running(held.pid) : held.pid !== process.pid)) return 0;
	// Outside a transaction SQLite lets the sorts spill to temporary files rather than memory, so a
	// rebuild over millions of rows stays small.
	const spill = !db.inTransaction;
	const tempStore = db.pragma('temp_store', { simple: true }) as number;
	const threads = db.pragma('threads', { simple: true }) as number;
	const cacheSize = db.pragma('cache_size', { simple: true }) as number;
	if (spill) db.pragma('temp_store = FILE');
	db.pragma(`threads = ${set.sortThreads}`);
	if (set.sortCacheKiB) db.pragma(`cache_size = ${-Math.round(set.sortCacheKiB)}`);
	try {
		return db.transaction(() => {
			// Read again under the write lock: another process may have done it meanwhile.
			const now = suspension(db, set);
			if (!now || now.pid !== held.pid) return 0;
			const present = new Set(secondaryIndexes(db, set).map((i) => i.name));
			let built = 0;
			for (const index of now.indexes)
				if (!present.has(index.name)) {
					db.exec(index.sql);
					built++;
				}
			db.prepare(`DELETE FROM meta WHERE key = ?`).run(set.key);
			return built;
		}).immediate();
	} finally {
		if (spill) db.pragma(`temp_store = ${tempStore}`);
		db.pragma(`threads = ${threads}`);
		if (set.sortCacheKiB) db.pragma(`cache_size = ${Number(cacheSize)}`);
	}
}

/** Rebuilds the indexes a killed load left suspended; one lookup when there are none. */
export function restoreAbandonedIndexSet(db: DB, set: IndexSet): number {
	const hasMeta = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'`).get();
	return hasMeta ? restoreIndexes(db, set, { abandoned: true }) : 0;
}
