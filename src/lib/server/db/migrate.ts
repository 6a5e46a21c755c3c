import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Migration {
	version: number;
	name: string;
	sql: string;
}

/** Numbered `NNN_name.sql` files, in order. Each runs once, tracked by PRAGMA user_version. */
export function listMigrations(dir = migrationsDir): Migration[] {
	return readdirSync(dir)
		.filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f))
		.sort()
		.map((f) => ({
			version: Number(f.slice(0, 3)),
			name: f.slice(4, -4),
			sql: readFileSync(dir + f, 'utf8')
		}));
}

export function schemaVersion(db: Database.Database): number {
	return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every migration newer than the database, each in its own transaction. Returns those applied. */
export function migrate(db: Database.Database, migrations = listMigrations()): Migration[] {
	const current = schemaVersion(db);
	const pending = migrations.filter((m) => m.version > current);
	for (const m of pending) {
		db.transaction(() => {
			db.exec(m.sql);
			db.pragma(`user_version = ${m.version}`);
		})();
	}
	return pending;
}

export function latestVersion(migrations = listMigrations()): number {
	return migrations.reduce((v, m) => Math.max(v, m.version), 0);
}
