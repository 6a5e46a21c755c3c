// Reliability (issue 8): autocannon against the built server on 127.0.0.1 over a 1,000,000-comment
// database, 100 connections for 20 s cycling through every /api endpoint with typical filters:
// 0 errors, 0 timeouts, 0 non-2xx; p99 reported. The database is MURMUR_LOAD_DB when given (e.g.
// the one `npm run bench -- --comments 1000000 --keep` left), else a synthetic tagged corpus built
// once with bench/apiCorpus.ts and kept in the temp folder for later runs.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runLoad } from '../../bench/load';
import { buildApiCorpus } from '../../bench/apiCorpus';
import { mkdtempSync } from 'node:fs';
import { ensureBuild, privateBuild } from '../../bench/serverProcess';

const COMMENTS = Number(process.env.MURMUR_LOAD_COMMENTS ?? 1_000_000);
const db = process.env.MURMUR_LOAD_DB ?? join(tmpdir(), `murmur-load-${COMMENTS}.db`);

let buildDir = '';
beforeAll(() => {
	ensureBuild();
	buildDir = privateBuild(mkdtempSync(join(tmpdir(), 'murmur-load-build-')));
	if (!existsSync(db)) buildApiCorpus(db, { comments: COMMENTS });
});

describe(`load: 100 connections x 20 s`, () => {
	it('0 errors, 0 timeouts, 0 non-2xx', async () => {
		const r = await runLoad(db, { connections: 100, seconds: 20, buildDir });
		console.log(
			`load on ${db}: ${r.requests} requests (${Math.round(r.requestsPerSecond)}/s) over ${r.paths.length} paths; latency p50 ${r.latencyMs.p50} ms, p90 ${r.latencyMs.p90} ms, p99 ${r.latencyMs.p99} ms, max ${r.latencyMs.max} ms`
		);
		expect({ errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx }).toEqual({ errors: 0, timeouts: 0, non2xx: 0 });
		expect(r.requests).toBeGreaterThan(100);
	});
});
