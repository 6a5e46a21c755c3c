// The /api answer cache: repeated requests are answered from memory until another connection
// commits (an ingest, a tag run, a refresh) or the database file is another one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReadOnly, type DB } from '../../src/lib/server/db/open';
import { cachedAnswer, keepAnswer } from '../../src/routes/api/responseCache';
import { buildFixtureDb, type Fixture } from '../helpers/fixtureDb';

let fx: Fixture;
let reader: DB;
let other: DB;
beforeAll(() => {
	fx = buildFixtureDb();
	reader = openReadOnly(fx.path)!;
	other = openReadOnly(fx.path)!;
});
afterAll(() => {
	reader.close();
	other.close();
	fx.close();
});

describe('response cache', () => {
	it('keeps slow answers only, until the database changes', () => {
		keepAnswer(reader, '/api/kpis?q=a', '{"a":1}', 25);
		keepAnswer(reader, '/api/kpis', '{"fast":1}', 2);
		expect(cachedAnswer(reader, '/api/kpis?q=a')).toBe('{"a":1}');
		expect(cachedAnswer(reader, '/api/kpis')).toBeUndefined();

		fx.db.prepare(`INSERT INTO meta (key, value) VALUES ('cache-test', '1')`).run();
		expect(cachedAnswer(reader, '/api/kpis?q=a')).toBeUndefined();

		keepAnswer(reader, '/api/kpis?q=b', '{"b":1}', 25);
		expect(cachedAnswer(reader, '/api/kpis?q=b')).toBe('{"b":1}');
		// Another connection (the file was replaced and reopened) starts empty.
		expect(cachedAnswer(other, '/api/kpis?q=b')).toBeUndefined();
	});

	it('evicts the least recently used beyond its budget', () => {
		for (let i = 0; i < 600; i++) keepAnswer(reader, `/api/x?i=${i}`, `{"i":${i}}`, 20);
		expect(cachedAnswer(reader, '/api/x?i=0')).toBeUndefined();
		expect(cachedAnswer(reader, '/api/x?i=599')).toBe('{"i":599}');
	});
});
