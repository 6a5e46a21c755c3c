import Database from 'better-sqlite3';
import { mkdirSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrate';
import { restoreAbandonedIndexes } from './bulkIndexes';
import { restoreAbandonedTagIndexes } from './tagIndexes';

export type DB = Database.Database;

function tune(db: DB) {
	db.pragma('foreign_keys = ON');
	db.pragma('busy_timeout = 5000');
	// Reads of large aggregates benefit from a bigger page cache and memory-mapped I/O.
	db.pragma('cache_size = -65536');
	db.pragma('mmap_size = 268435456');
	db.pragma('temp_store = MEMORY');
}

/** Opens (creating if needed) the database for writing and brings its schema up to date. */
export function openForWrite(path: string): DB {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const db = new Database(path);
	if (path !== ':memory:') db.pragma('journal_mode = WAL');
	// NORMAL is durable at every WAL checkpoint and safe against corruption on a crash;
	// a committed batch survives a killed process (only an OS crash could lose the last one).
	db.pragma('synchronous = NORMAL');
	tune(db);
	// A bulk ingest that was killed left the comments' indexes suspended (bulkIndexes.ts).
	restoreAbandonedIndexes(db);
	// ...and a killed first `murmur tag` the tag tables' indexes (tagIndexes.ts).
	restoreAbandonedTagIndexes(db);
	migrate(db);
	return db;
}

/**
 * Opens the database read-only for the dashboard. In WAL mode readers never block on a writer,
 * so an ingest can run beside the server. Returns null when there is no database yet.
 */
export function openReadOnly(path: string): DB | null {
	if (!existsSync(path)) return null;
	const db = new Database(path, { readonly: true, fileMustExist: true });
	tune(db);
	return db;
}
