// Reliability (issue 8): the built dashboard serves every page and /api endpoint (8 concurrent
// readers) while a large ingest and then a tag run write to its database: no request may fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readsDuringWrites } from './scenarios/concurrency';
import { tempDir } from './lib/crash';
import { ensureBuild, privateBuild } from '../../bench/serverProcess';

const tmp = tempDir('concurrency');
let buildDir = '';
beforeAll(() => {
	ensureBuild();
	buildDir = privateBuild(tmp.dir);
});
afterAll(() => tmp.cleanup());

describe('reads while a large ingest and a tag run write', () => {
	it('answers every request with a 2xx', async () => {
		const r = await readsDuringWrites(tmp.dir, { baseComments: 20_000, addComments: 150_000, readers: 8, seed: 11, buildDir });
		console.log(`concurrency: ${r.requests} requests during ${r.ingestSeconds.toFixed(1)} s ingest + ${r.tagSeconds.toFixed(1)} s tag, max latency ${r.maxLatencyMs.toFixed(0)} ms, comments after: ${r.commentsAfter}`);
		expect(r.failures).toEqual([]);
		expect(r.requests).toBeGreaterThan(100);
	});
});
