// Reliability (issue 8): kill -9 during `murmur ingest` and during `murmur tag`, 26 times each at
// seeded random points (half anywhere, half aimed after the first commit), each cycle ending with
// a rerun that must produce exactly what an uninterrupted run does.
import { afterAll, describe, expect, it } from 'vitest';
import { crashDuringIngest, crashDuringTag, type CrashReport } from './scenarios/crashes';
import { tempDir } from './lib/crash';

const ingestDir = tempDir('crash-ingest');
const tagDir = tempDir('crash-tag');
afterAll(() => {
	ingestDir.cleanup();
	tagDir.cleanup();
});

const summary = (r: CrashReport) => `${r.kills.length} kills (${r.partial} mid-write) over ${r.comments.toLocaleString('en-US')} comments; uninterrupted run ${r.referenceSeconds.toFixed(1)} s`;

describe('kill -9 and rerun', () => {
	it('ingest: 26 kills, every rerun exact, no duplicates, integrity ok', async () => {
		const r = await crashDuringIngest(ingestDir.dir, { comments: 50_000, kills: 26, seed: 2026, batch: 2000 });
		console.log(`ingest: ${summary(r)}\n${r.kills.map((k) => `  ${k.aimed ? 'first commit + ' : ''}${k.afterMs} ms -> ${k.state}`).join('\n')}`);
		expect(r.kills.filter((k) => k.killed)).toHaveLength(26);
		expect(r.partial).toBeGreaterThanOrEqual(8);
	});
	it('tag: 26 kills, every rerun equal to an uninterrupted tag run, integrity ok', async () => {
		// 24,000 comments: above the 20,000 from which a first tag sets the tag tables' indexes aside and
		// builds them at the end (tagIndexes.ts), so kills land while they are missing too.
		const r = await crashDuringTag(tagDir.dir, { comments: 24_000, kills: 26, seed: 2027, batch: 500 });
		console.log(`tag: ${summary(r)}\n${r.kills.map((k) => `  ${k.aimed ? 'first commit + ' : ''}${k.afterMs} ms -> ${k.state}`).join('\n')}`);
		expect(r.kills.filter((k) => k.killed)).toHaveLength(26);
		expect(r.partial).toBeGreaterThanOrEqual(8);
	});
});
