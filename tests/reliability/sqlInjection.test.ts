// Reliability (issue 8): every SQL-injection payload in every query parameter of every /api
// endpoint, over HTTP against the built server: a 400 naming the parameter or the honest empty
// answer, never a 500, a SQL error text or extra rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSqlCorpus, injectEveryParameter, sqlDbPath } from './scenarios/sqlInjection';
import { httpFetch } from './lib/apiFetch';
import { payloads } from './lib/hostileDb';
import { tempDir } from './lib/crash';
import { ensureBuild, privateBuild, startServer, type RunningServer } from '../../bench/serverProcess';

const tmp = tempDir('sql');
let server: RunningServer | null = null;
beforeAll(async () => {
	ensureBuild();
	buildSqlCorpus(sqlDbPath(tmp.dir));
	server = await startServer(sqlDbPath(tmp.dir), { buildDir: privateBuild(tmp.dir) });
});
afterAll(async () => {
	await server?.stop();
	tmp.cleanup();
});

describe('SQL injection in every /api parameter', () => {
	it('never a 500, a SQL error or extra rows', async () => {
		const list = payloads('sqli.txt');
		const r = await injectEveryParameter(sqlDbPath(tmp.dir), httpFetch(server!.url), list);
		console.log(`sql injection: ${r.requests} requests over ${r.endpoints} endpoints, ${list.length} payloads`, r.byStatus);
		expect(r.endpoints).toBeGreaterThanOrEqual(20);
		expect(server!.stderr()).not.toMatch(/SqliteError|SQLITE_/);
	});
});
