// Short variant of the reliability suite (issue 8), run by `npm test`: kill -9 during ingest and
// during tag, 3 times each, on small corpora with small batches (many commit points). The full
// suite (tests/reliability/crashes.test.ts) runs 26 kills of each on larger corpora.
import { afterAll, describe, expect, it } from 'vitest';
import { crashDuringIngest, crashDuringTag, type CrashReport } from '../reliability/scenarios/crashes';
import { tempDir } from '../reliability/lib/crash';

const ingestDir = tempDir('crash-ingest');
const tagDir = tempDir('crash-tag');
afterAll(() => {
	ingestDir.cleanup();
	tagDir.cleanup();
});

const describeKills = (r: CrashReport) => r.kills.map((k) => `${k.aimed ? 'first commit + ' : ''}${k.afterMs} ms -> ${k.state}`).join('; ');

describe('kill -9 and rerun (short)', () => {
	it('ingest: each rerun ends with the exact corpus, no duplicates, integrity ok', async () => {
		const r = await crashDuringIngest(ingestDir.dir, { comments: 20_000, kills: 3, seed: 8, batch: 500 });
		console.log(`ingest kills: ${describeKills(r)}`);
		expect(r.kills.filter((k) => k.killed)).toHaveLength(3);
		// The kill aimed after the first commit must have caught the ingest half-way.
		expect(r.partial).toBeGreaterThanOrEqual(1);
	}, 300_000);

	it('tag: each rerun ends with exactly the tags of an uninterrupted run, integrity ok', async () => {
		const r = await crashDuringTag(tagDir.dir, { comments: 12_000, kills: 3, seed: 9, batch: 100 });
		console.log(`tag kills: ${describeKills(r)}`);
		expect(r.kills.filter((k) => k.killed)).toHaveLength(3);
		expect(r.partial).toBeGreaterThanOrEqual(1);
	}, 300_000);
});
