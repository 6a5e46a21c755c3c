// Short variant of the reliability suite (issue 8), run by `npm test`: the built dashboard serves
// every page and /api endpoint while `murmur ingest` and then `murmur tag` write to its database.
// The full suite does the same with a large ingest.
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { readsDuringWrites } from '../reliability/scenarios/concurrency';
import { tempDir } from '../reliability/lib/crash';
import { BUILD_ENTRY } from '../../bench/serverProcess';

const tmp = tempDir('concurrency-short');
afterAll(() => tmp.cleanup());

function buildDir(): string | undefined {
	try {
		return (inject as (k: string) => string)('dashboardDir') || undefined;
	} catch {
		return undefined;
	}
}

describe('reads while ingest and tag write (short)', () => {
	it('answers every request with a 2xx while the database is written', async () => {
		const dir = buildDir();
		expect(dir || existsSync(BUILD_ENTRY), 'the dashboard must be built (the e2e global setup builds it)').toBeTruthy();
		const r = await readsDuringWrites(tmp.dir, { baseComments: 1_000, addComments: 6_000, readers: 4, seed: 3, buildDir: dir });
		expect(r.failures).toEqual([]);
		expect(r.requests).toBeGreaterThan(20);
		console.log(`concurrency: ${r.requests} requests during ${r.ingestSeconds.toFixed(1)} s ingest + ${r.tagSeconds.toFixed(1)} s tag, max latency ${r.maxLatencyMs.toFixed(0)} ms`);
	}, 300_000);
});
