// Short variant of the reliability suite (issue 8), run by `npm test`: kill -9 during ingest and
// during tag, 3 times each, on a small corpus. tests/reliability/crashes.test.ts runs 25+ kills
// on a larger one.
import { afterAll, describe, expect, it } from 'vitest';
import { crashDuringIngest, crashDuringTag } from '../reliability/scenarios/crashes';
import { tempDir } from '../reliability/lib/crash';

const tmp = tempDir('crash-short');
afterAll(() => tmp.cleanup());

describe('kill -9 and rerun (short)', () => {
	it('ingest: each rerun ends with the exact corpus, no duplicates, integrity ok', async () => {
		const r = await crashDuringIngest(tmp.dir, { comments: 20_000, kills: 3, seed: 8 });
		expect(r.kills.filter((k) => k.killed)).toHaveLength(3);
		console.log(`ingest kills: ${r.kills.map((k) => `${k.afterMs} ms -> ${k.state}`).join('; ')}`);
	});
});
