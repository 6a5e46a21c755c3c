// The only module that reads the environment for the database location.
import { resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { openReadOnly, type DB } from './db/open';

export const DEFAULT_DB = 'data/murmur.db';

/** --db flag, else MURMUR_DB, else data/murmur.db relative to the working directory. */
export function databasePath(flag?: string | null): string {
	return resolve(flag || process.env.MURMUR_DB || DEFAULT_DB);
}

// --- The dashboard's read-only connection (issue 5) ---

let cached: { db: DB; path: string; ino: number } | null = null;

/**
 * The dashboard's database, opened read-only once and shared by every request. Returns null while
 * there is no database file; opens it as soon as one appears, and reopens it when the file was
 * replaced (a fresh `murmur demo`). Read-only over WAL, so an ingest can write beside it.
 */
export function readDb(path = databasePath()): DB | null {
	if (!existsSync(path)) {
		closeReadDb();
		return null;
	}
	const ino = statSync(path).ino;
	if (cached && (cached.path !== path || cached.ino !== ino)) closeReadDb();
	if (!cached) {
		const db = openReadOnly(path);
		if (!db) return null;
		cached = { db, path, ino };
	}
	return cached.db;
}

export function closeReadDb(): void {
	if (cached?.db.open) cached.db.close();
	cached = null;
}
