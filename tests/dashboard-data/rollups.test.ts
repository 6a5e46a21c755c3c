// Rollup maintenance: rebuilds are idempotent, the read-only dashboard connection notices new
// comments (stale) and refreshed rollups, and a database without rollups answers the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFilters } from '../../src/lib/filters';
import { openReadOnly, type DB } from '../../src/lib/server/db/open';
import { CorpusWriter } from '../../src/lib/server/db/write';
import { refreshRollups } from '../../src/lib/server/db/rollups';
import { insertFlagClusters } from '../../src/lib/server/db/directTags';
import { CUBES, dimColumns } from '../../src/lib/server/db/rollupCatalog';
import {
	kpis, reactionsOverTime, topicsSummary, emojiRanking, facets, commentsPage,
	storySummary, storyReaction, storySplits, storyTopEmoji, storyThreads, storyExtremes, storyFlagged
} from '../../src/lib/server/db/queries';
import { queryEnv } from '../../src/lib/server/db/queries/env';
import { buildFixtureDb, type Fixture } from '../helpers/fixtureDb';

let fx: Fixture;
let bare: Fixture;
let reader: DB;
beforeAll(() => {
	fx = buildFixtureDb();
	bare = buildFixtureDb({ rollups: false });
	reader = openReadOnly(fx.path)!;
});
afterAll(() => {
	reader.close();
	fx.close();
	bare.close();
});

const F = (qs: string) => parseFilters(new URLSearchParams(qs));
const dump = (db: DB) => Object.fromEntries(CUBES.map((c) => [c.table, db.prepare(`SELECT * FROM ${c.table}`).all()]));

describe('rollups', () => {
	it('rebuild to the same contents', () => {
		const before = dump(fx.db);
		refreshRollups(fx.db);
		expect(dump(fx.db)).toEqual(before);
	});

	it('stores every cube and sketch in the order of its dimensions, as SQLite sorts them', () => {
		for (const c of CUBES) {
			const cols = dimColumns(c).join(', ');
			for (const table of [c.table, ...(c.sketch ? [`${c.table}_hll`] : [])]) {
				const stored = fx.db.prepare(`SELECT ${cols} FROM ${table} ORDER BY rowid`).raw().all();
				expect(stored, table).toEqual(fx.db.prepare(`SELECT ${cols} FROM ${table} ORDER BY ${cols}`).raw().all());
				expect(stored.length, table).toBeGreaterThan(0);
			}
		}
	});

	it('a database without rollups answers the same, from the comments', () => {
		expect(queryEnv(bare.db).rollups).toBe(false);
		// The last three no rollup covers: the other reads them from comment_facts.
		for (const qs of ['', 'sentiment=negative', 'topic=Ceasefire&from=2026-03-01', 'q=talks', 'author=alice&lang=en', 'from=2026-03-02T09:00:00Z&topic=Budget']) {
			const strip = <T extends { meta: object }>(x: T) => ({ ...x, meta: { ...x.meta, source: null, rollupsAt: null } });
			expect(strip(reactionsOverTime(bare.db, F(qs)))).toEqual(strip(reactionsOverTime(fx.db, F(qs))));
			expect(strip(topicsSummary(bare.db, F(qs)))).toEqual(strip(topicsSummary(fx.db, F(qs))));
			expect(strip(emojiRanking(bare.db, F(qs)))).toEqual(strip(emojiRanking(fx.db, F(qs))));
			expect(strip(facets(bare.db, F(qs)))).toEqual(strip(facets(fx.db, F(qs))));
			const [a, b] = [kpis(bare.db, F(qs)), kpis(fx.db, F(qs))];
			expect({ ...strip(a), commenters: 0, commentersApprox: false }).toEqual({ ...strip(b), commenters: 0, commentersApprox: false });
		}
	});

	it('the story view and the explorer read the same from comment_facts as from the comments', () => {
		// The section's median story exists only with rollups.
		const only = ['source', 'rollupsAt', 'sectionArticles', 'sectionMedian24h', 'sectionMedian', 'medianFiltered'];
		const strip = <T,>(x: T) => JSON.parse(JSON.stringify(x, (k, v) => (only.includes(k) ? null : v)));
		const story = fx.articles[0].id;
		for (const qs of ['', 'sentiment=negative', 'topic=Ceasefire', 'emoji=🕊️', 'q=talks', 'author=alice', 'flagged=only', 'from=2026-03-02T09:00:00Z']) {
			const f = F(qs);
			for (const fn of [storySummary, storyReaction, storySplits, storyTopEmoji, storyThreads, storyExtremes, storyFlagged])
				expect(strip(fn(fx.db, story, f)), `${fn.name} ${qs}`).toEqual(strip(fn(bare.db, story, f)));
			for (const sort of ['newest', 'oldest', 'positive'] as const) {
				const [a, b] = [commentsPage(fx.db, f, { sort, limit: 7 }), commentsPage(bare.db, f, { sort, limit: 7 })];
				expect(strip(a), `comments ${sort} ${qs}`).toEqual(strip(b));
				if (a.nextCursor) expect(strip(commentsPage(fx.db, f, { sort, limit: 7, cursor: a.nextCursor }))).toEqual(strip(commentsPage(bare.db, f, { sort, limit: 7, cursor: b.nextCursor })));
			}
		}
	});

	it('the read-only connection sees new comments as stale, then the refreshed rollups', () => {
		const env = queryEnv(reader);
		expect(env.rollups).toBe(true);
		expect(env.stale).toBe(false);
		const n0 = kpis(reader, F('')).comments;

		const w = new CorpusWriter(fx.db, { namespace: 'fixture', path: 'late', format: 'fixture', contentHash: 'late' });
		w.writeBatch([{ kind: 'comment', comment: { articleExternalId: 'a1', externalId: 'late-1', text: 'arrived late', createdAt: '2026-03-02T09:00:00Z' }, at: 'late:1' }]);
		w.finish();
		expect(queryEnv(reader).stale).toBe(true);
		// Rollup answers lag until the refresh; searches read the comments and see it at once.
		expect(kpis(reader, F('')).comments).toBe(n0);
		expect(kpis(reader, F('q=arrived')).comments).toBe(1);

		refreshRollups(fx.db);
		expect(queryEnv(reader).stale).toBe(false);
		expect(kpis(reader, F('')).comments).toBe(n0 + 1);
		expect(reactionsOverTime(reader, F('')).meta.stale).toBe(false);
	});

	it('flags rewritten after the refresh are read from the comments, not the rollups', () => {
		const flaggedBefore = kpis(reader, F('')).flagged;
		const extra = fx.readers().filter((c) => c.clusterId === null).slice(0, 4).map((c) => c.id);
		insertFlagClusters(fx.db, [{ method: 'template', commentIds: extra, sharedPhrase: 'late campaign' }]);
		const env = queryEnv(reader);
		expect(env.flagsStale).toBe(true);
		expect(env.stale).toBe(false);
		expect(kpis(reader, F('')).flagged).toBe(flaggedBefore + 4);
		expect(reactionsOverTime(reader, F('flagged=only')).meta).toMatchObject({ n: flaggedBefore + 4, source: 'raw' });
		expect(reactionsOverTime(reader, F('sentiment=negative')).meta.source).toBe('rollup');
		refreshRollups(fx.db);
		expect(queryEnv(reader).flagsStale).toBe(false);
		expect(reactionsOverTime(reader, F('flagged=only')).meta).toMatchObject({ n: flaggedBefore + 4, source: 'rollup' });
	});
});

describe('a database that passed schema 4 while it was a placeholder', () => {
	it('gets the side tables and indexes on its first refresh', () => {
		const old = buildFixtureDb({ rollups: false });
		try {
			for (const t of ['roll_author', 'roll_article_age', 'roll_section_age', 'roll_article_stats']) old.db.exec(`DROP TABLE ${t}`);
			old.db.exec(`DROP INDEX comment_tags_score`);
			refreshRollups(old.db);
			expect(queryEnv(old.db).rollups).toBe(true);
			expect(facets(old.db, F(''), { only: ['author'] }).facets[0].values.length).toBeGreaterThan(0);
			expect(old.db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'comment_tags_score'`).get()).toBeTruthy();
		} finally {
			old.close();
		}
	});
});
