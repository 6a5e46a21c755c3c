// `murmur refresh`: rebuilds comment_facts and the rollups of a database made by an older version
// (no comment_facts, no rollups) to what ingest, tag and coordination would have left.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { openForWrite, type DB } from '../../src/lib/server/db/open';
import { CUBES } from '../../src/lib/server/db/rollupCatalog';
import { queryEnv } from '../../src/lib/server/db/queries/env';
import { buildFixtureDb, type Fixture } from '../helpers/fixtureDb';

const run = runCli;

const TABLES = ['comment_facts', ...CUBES.flatMap((c) => [c.table, ...(c.sketch ? [`${c.table}_hll`] : [])]), 'roll_author', 'roll_article_age', 'roll_section_age', 'roll_article_stats'];
const dump = (db: DB) => Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t}`).raw().all()]));
const hasTable = (db: DB, name: string) => !!db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name);

let fresh: Fixture;
let old: Fixture;
beforeAll(() => {
	fresh = buildFixtureDb();
	old = buildFixtureDb({ rollups: false });
	old.db.close();
});
afterAll(() => {
	fresh.close();
	old.close();
});

describe('murmur refresh', () => {
	it('gives a database without comment_facts and rollups the same tables a refreshing command leaves', async () => {
		let db = openForWrite(old.path);
		expect(hasTable(db, 'comment_facts')).toBe(false);
		expect(queryEnv(db).rollups).toBe(false);
		db.close();

		const r = await run(['--db', old.path, 'refresh']);
		expect(r.code).toBe(0);
		const readers = fresh.readers().length;
		expect(r.out).toMatch(new RegExp(`^refreshed rollups of ${readers} reader comments: [\\d,]+ rollup rows in [\\d.]+ s\\n$`));
		// Progress: one line per step when the error stream is not a terminal.
		const steps = r.err.trim().split('\n').map((l) => l.replace(/ \([\d.]+ s\)$/, ''));
		expect(steps[0]).toBe('refresh: comment_facts');
		expect(steps).toContain('refresh: stories 8 of 8');
		expect(steps.at(-1)).toBe('refresh: section medians');

		db = openForWrite(old.path);
		try {
			expect(queryEnv(db).rollups).toBe(true);
			expect(queryEnv(db).stale).toBe(false);
			expect(dump(db)).toEqual(dump(fresh.db));
		} finally {
			db.close();
		}
	});

	it('is quiet with --quiet and fails with a reason without a database', async () => {
		const r = await run(['--db', old.path, 'refresh', '--quiet']);
		expect(r).toMatchObject({ code: 0, err: '' });
		const missing = await run(['--db', `${old.path}.missing`, 'refresh']);
		expect(missing.code).toBe(1);
		expect(missing.err).toContain('no database at');
	});
});
