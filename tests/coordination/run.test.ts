import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openForWrite, type DB } from '../../src/lib/server/db/open';
import { CorpusWriter } from '../../src/lib/server/db/write';
import { runCoordination } from '../../src/lib/coordination/run';
import { storyCoordination, coordinatedStories, largestClusters, lastCoordinationRun, flaggedCommentKeys, plantedCampaignScore } from '../../src/lib/server/db/coordination';
import { main } from '../../src/cli/main';
import { fixtureItems, CAMPAIGN_IDS } from './corpusFixture';

function load(db: DB = openForWrite(':memory:')): DB {
	const w = new CorpusWriter(db, { namespace: 'test', path: 'fixture', format: 'json', contentHash: 'h' });
	w.writeBatch(fixtureItems());
	w.finish();
	return db;
}

const idOf = (db: DB, external: string) => (db.prepare(`SELECT id FROM comments WHERE external_id = ?`).get(external) as { id: number }).id;
const articleId = (db: DB, external: string) => (db.prepare(`SELECT id FROM articles WHERE external_id = ?`).get(external) as { id: number }).id;

describe('runCoordination on a database', () => {
	it('stores clusters, flags, story summaries and the run', async () => {
		const db = load();
		const progress: [number, number][] = [];
		const summary = await runCoordination(db, { onProgress: (d, t) => progress.push([d, t]) });
		expect(summary).toMatchObject({ clusters: 2, flagged: 9, bursts: 0, comments: 45 });
		expect(progress[0]).toEqual([0, 90]);
		expect(progress[progress.length - 1]).toEqual([90, 90]);

		const clusters = db.prepare(`SELECT method, size, authors, stories, part, threshold, shared_phrase AS phrase FROM dup_clusters ORDER BY size DESC`).all();
		expect(clusters).toEqual([
			{ method: 'near-duplicate', size: 7, authors: 7, stories: 2, part: null, threshold: 0.5, phrase: expect.stringContaining('i can tell you the carbon tax is') },
			{ method: 'template', size: 2, authors: 2, stories: 1, part: 'opening', threshold: null, phrase: "this situation feels so … and it's hard to see" }
		]);
		expect([...flaggedCommentKeys(db)].sort()).toEqual([...CAMPAIGN_IDS.map((id) => `a${id < 20 ? 1 : 2}/${id}`), 'a3/1015', 'a3/1016'].sort());
		expect(lastCoordinationRun(db)).toMatchObject({ threshold: 0.5, clusters: 2, flagged: 9 });
		expect(coordinatedStories(db).map((s) => [s.title, s.flagged, s.comments])).toEqual([
			['Story 1', 5, 23],
			['Story 2', 2, 6],
			['Story 3', 2, 16]
		]);
		expect(largestClusters(db, 1)[0]).toMatchObject({ method: 'near-duplicate', size: 7, exemplarId: idOf(db, '13') });
		expect(plantedCampaignScore(db)).toEqual({ planted: 0, flagged: 9, hits: 0 }); // no demo truth loaded
	});

	it('gives the story view its clusters with their comments on that story', async () => {
		const db = load();
		await runCoordination(db);
		const story = storyCoordination(db, articleId(db, 'a2'))!;
		expect(story).toMatchObject({ comments: 6, flagged: 2, bursts: [] });
		expect(story.clusters).toHaveLength(1);
		expect(story.clusters[0]).toMatchObject({ method: 'near-duplicate', size: 7, inStory: 2, stories: 2 });
		expect(story.clusters[0].members.map((m) => m.author)).toEqual(['u205', 'u206']);
		expect(storyCoordination(db, 999)).toBeNull();
	});

	it('replaces the previous run instead of adding to it', async () => {
		const db = load();
		await runCoordination(db);
		await runCoordination(db);
		expect(db.prepare(`SELECT count(*) AS n FROM comment_flags`).get()).toEqual({ n: 9 });
		expect(db.prepare(`SELECT count(*) AS n FROM dup_clusters`).get()).toEqual({ n: 2 });
		const strict = await runCoordination(db, { threshold: 1 });
		expect(strict.flagged).toBeLessThan(9);
		expect(lastCoordinationRun(db)?.threshold).toBe(1);
	});

	it('gives the same evidence with worker threads as inline', async () => {
		const dump = (db: DB) => [
			db.prepare(`SELECT * FROM comment_flags ORDER BY comment_id`).all(),
			db.prepare(`SELECT method, size, authors, shared_phrase, exemplar_id, stories, part FROM dup_clusters ORDER BY id`).all(),
			db.prepare(`SELECT * FROM coordination_stories ORDER BY article_id`).all()
		];
		const inline = load();
		const threaded = load();
		expect((await runCoordination(inline, { workers: 0 })).workers).toBe(0);
		expect((await runCoordination(threaded, { workers: 2 })).workers).toBe(2);
		expect(dump(threaded)).toEqual(dump(inline));
	});

	it('rejects a threshold outside (0, 1]', async () => {
		await expect(runCoordination(load(), { threshold: 0 })).rejects.toThrow('coordination threshold must be in (0, 1], got 0');
	});

	it('runs on an empty database', async () => {
		expect(await runCoordination(openForWrite(':memory:'))).toMatchObject({ clusters: 0, flagged: 0, bursts: 0, comments: 0 });
	});
});

describe('murmur coordination', () => {
	const run = async (args: string[], dbPath: string) => {
		let out = '',
			err = '';
		const code = await main(args, { dbPath, out: { write: (s: string) => ((out += s), true) } as never, err: { write: (s: string) => ((err += s), true) } as never });
		return { code, out, err };
	};

	it('prints a summary and the evidence as JSON', async () => {
		const path = join(mkdtempSync(join(tmpdir(), 'murmur-coord-')), 'm.db');
		load(openForWrite(path)).close();
		const r = await run(['coordination', '--json'], path);
		expect(r.code).toBe(0);
		const json = JSON.parse(r.out);
		expect(json).toMatchObject({ comments: 45, clusters: 2, flagged: 9, bursts: 0 });
		expect(json.largestClusters.map((c: { size: number }) => c.size)).toEqual([7, 2]);
		expect(json.mostFlaggedStories).toHaveLength(3);
		const text = await run(['coordination'], path);
		expect(text.out).toContain('45 comments in');
		expect(text.out).toContain('2 clusters, 9 comments flagged, 0 bursts');
	});

	it('explains a bad threshold and a missing database', async () => {
		const bad = await run(['coordination', '--threshold', 'high'], join(tmpdir(), 'x.db'));
		expect(bad.code).toBe(2);
		expect(bad.err).toContain('--threshold must be a number in (0, 1], got "high"');
		const missing = await run(['coordination'], join(mkdtempSync(join(tmpdir(), 'murmur-coord-')), 'none.db'));
		expect(missing.code).toBe(1);
		expect(missing.err).toContain('no database at');
	});
});
