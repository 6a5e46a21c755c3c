import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { listMigrations, migrate, latestVersion, schemaVersion } from '../../src/lib/server/db/migrate';
import { openForWrite } from '../../src/lib/server/db/open';

describe('migrations', () => {
	it('are numbered without gaps or repeats', () => {
		const versions = listMigrations().map((m) => m.version);
		expect(versions).toEqual(versions.map((_, i) => i + 1));
	});

	it('bring a new database to the latest version once, then do nothing', () => {
		const db = new Database(':memory:');
		expect(migrate(db).length).toBe(latestVersion());
		expect(schemaVersion(db)).toBe(latestVersion());
		expect(migrate(db)).toEqual([]);
	});

	it('roll back a failing migration whole and leave the version where it was', () => {
		const db = new Database(':memory:');
		const bad = [
			{ version: 1, name: 'ok', sql: 'CREATE TABLE a (x);' },
			{ version: 2, name: 'broken', sql: 'CREATE TABLE b (x); CREATE TABLE a (y);' }
		];
		expect(() => migrate(db, bad)).toThrow(/already exists/);
		expect(schemaVersion(db)).toBe(1);
		expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'b'`).get()).toBeUndefined();
	});

	it('opens files in WAL mode with foreign keys on', () => {
		const dir = `/tmp/murmur-schema-${process.pid}`;
		const db = openForWrite(`${dir}/t.db`);
		expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
		expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
		expect(() => db.prepare(`INSERT INTO comments (article_id, external_id, text) VALUES (999, 'x', 'y')`).run()).toThrow(/FOREIGN KEY/);
		db.close();
	});

	it('rejects statuses and types outside the model', () => {
		const db = openForWrite(':memory:');
		db.prepare(`INSERT INTO sources (namespace, path, format, content_hash, imported_at) VALUES ('n','p','json','h','t')`).run();
		db.prepare(`INSERT INTO articles (source_id, namespace, external_id) VALUES (1, 'n', 'a')`).run();
		expect(() => db.prepare(`INSERT INTO comments (article_id, external_id, text, status) VALUES (1, 'c', 't', 'hidden')`).run()).toThrow(/CHECK/);
		expect(() => db.prepare(`INSERT INTO comments (article_id, external_id, text, type) VALUES (1, 'c', 't', 'like')`).run()).toThrow(/CHECK/);
	});
});
