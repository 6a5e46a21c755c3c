// Bulk loading: a large import into a small comments table drops the table's secondary indexes,
// appends the rows, and rebuilds each index once by sorting. Maintained row by row, seven indexes
// with scattered keys cost several times the inserts themselves; rebuilt by sort they cost a
// fraction (bench/ingest.ts prints both).
//
// Crash safety: the indexes' SQL is saved in `meta` in the same transaction that drops them, with
// the process id of the loader. Whoever opens the database for writing (openForWrite, ingest)
// rebuilds the indexes of a loader that is no longer running, so a killed load leaves a database
// that is complete, only slower, until the next writer opens it. Queries never depend on them.
import type { DB } from './open';

const KEY = 'suspended_comment_indexes';

interface Suspension {
	pid: number;
	indexes: { name: string; sql: string }[];
}

function suspension(db: DB): Suspension | null {
	const row = db.prepare(`SELECT value FROM meta WHERE key = ?`).get(KEY) as { value: string } | undefined;
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

/**
 * The comments table's secondary indexes: not the UNIQUE key, which the writer's lookups and
 * duplicate detection need, nor any other unique index (a database that ran an experimental
 * migration has the key as a named one).
 */
function secondaryIndexes(db: DB): { name: string; sql: string }[] {
	return db
		.prepare(
			`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'comments' AND sql IS NOT NULL
			   AND upper(sql) NOT LIKE 'CREATE UNIQUE%' ORDER BY name`
		)
		.all() as { name: string; sql: string }[];
}

/**
 * Drops the comments table's secondary indexes for a bulk load and records how to rebuild them.
 * Returns false (and changes nothing) when another live process holds them suspended already.
 * Inside a caller's transaction this is a savepoint, so a rollback undoes it.
 */
export function suspendCommentIndexes(db: DB): boolean {
	return db.transaction(() => {
		const held = suspension(db);
		if (held && held.pid !== process.pid && running(held.pid)) return false;
		// Indexes a dead loader left suspended stay on the list: they are rebuilt with the others.
		const indexes = [...(held?.indexes ?? [])];
		for (const index of secondaryIndexes(db)) {
			if (!indexes.some((i) => i.name === index.name)) indexes.push(index);
			db.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`);
		}
		db.prepare(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(
			KEY,
			JSON.stringify({ pid: process.pid, indexes } satisfies Suspension)
		);
		return true;
	}).immediate();
}

/**
 * Rebuilds suspended indexes (each by one sort of the table) and clears the record. Only those of
 * this process unless `abandoned` is set, which rebuilds those of a loader that is gone. Called
 * outside a transaction, sorting spills to temporary files rather than memory, so a rebuild on
 * millions of rows stays small.
 * Returns how many indexes were built.
 */
export function restoreCommentIndexes(db: DB, { abandoned = false } = {}): number {
	const held = suspension(db);
	if (!held || (abandoned ? running(held.pid) : held.pid !== process.pid)) return 0;
	const tempStore = db.pragma('temp_store', { simple: true }) as number;
	// SQLite allows this only outside a transaction; inside one, the sort stays in memory.
	const spill = !db.inTransaction;
	if (spill) db.pragma('temp_store = FILE');
	try {
		return db.transaction(() => {
			// Read again under the write lock: another process may have finished the job meanwhile.
			const now = suspension(db);
			if (!now || now.pid !== held.pid) return 0;
			const present = new Set(secondaryIndexes(db).map((i) => i.name));
			let built = 0;
			for (const index of now.indexes)
				if (!present.has(index.name)) {
					db.exec(index.sql);
					built++;
				}
			db.prepare(`DELETE FROM meta WHERE key = ?`).run(KEY);
			return built;
		}).immediate();
	} finally {
		if (spill) db.pragma(`temp_store = ${tempStore}`);
	}
}

/** Rebuilds the indexes a killed bulk load left suspended; cheap (one lookup) when there are none. */
export function restoreAbandonedIndexes(db: DB): number {
	const hasMeta = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'`).get();
	return hasMeta ? restoreCommentIndexes(db, { abandoned: true }) : 0;
}

/** Whether this process holds the comments' indexes suspended (a bulk load in progress). */
export function indexesSuspendedHere(db: DB): boolean {
	return suspension(db)?.pid === process.pid;
}

/** Fewer new rows than this are cheaper to index as they come. */
const BULK_MIN_ROWS = 20_000;

/**
 * Whether loading about `newRows` comments is worth suspending the indexes: only into an empty
 * comments table (a first import), and only for a large load. Into a corpus a dashboard may be
 * serving, a load without indexes would make its queries scan: measured with 20,000 comments
 * served while 150,000 were added, reads stalled for 14 s (none over 3 s with the indexes kept).
 */
export function worthBulkLoading(db: DB, newRows: number): boolean {
	if (newRows < BULK_MIN_ROWS) return false;
	return !db.prepare(`SELECT 1 FROM comments LIMIT 1`).get();
}
