// Short variant of the reliability suite (issue 8), run by `npm test`: SQL-injection payloads in
// every query parameter of every /api endpoint, through the route handlers in-process (no build
// needed). The full suite sends every payload over HTTP to the built server.
import { afterAll, describe, expect, it } from 'vitest';
import { injectEveryParameter, buildSqlCorpus, sqlDbPath } from '../reliability/scenarios/sqlInjection';
import { handlerFetch } from '../reliability/lib/apiFetch';
import { payloads } from '../reliability/lib/hostileDb';
import { tempDir } from '../reliability/lib/crash';

const tmp = tempDir('sql-short');
afterAll(() => tmp.cleanup());

describe('SQL injection in every /api parameter (short)', () => {
	it('answers 400 naming the parameter or the honest empty answer, never a SQL error or extra rows', async () => {
		const db = sqlDbPath(tmp.dir);
		buildSqlCorpus(db);
		// Every 4th payload keeps the short run quick while covering quotes, UNION, comments and wildcards.
		const list = payloads('sqli.txt').filter((_, i) => i % 4 === 0);
		const r = await injectEveryParameter(db, await handlerFetch(db), list);
		expect(r.endpoints).toBeGreaterThanOrEqual(20);
		expect(r.byStatus[500] ?? 0).toBe(0);
		console.log(`sql injection: ${r.requests} requests over ${r.endpoints} endpoints`, r.byStatus);
	});
});
