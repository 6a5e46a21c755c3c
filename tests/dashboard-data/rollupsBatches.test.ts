// The refresh folds the cubes with an article dimension batch by batch (bounded memory) and the
// others once from the corpus level: however the stories are batched, every rollup table holds
// the same rows in the same order as a refresh in one batch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../src/lib/server/db/open';
import { refreshRollups } from '../../src/lib/server/db/rollups';
import { CUBES } from '../../src/lib/server/db/rollupCatalog';
import { Histogram, median } from '../../src/lib/server/db/sectionMedians';
import { mulberry32 } from '../../src/lib/mulberry32';
import { buildFixtureDb, type Fixture } from '../helpers/fixtureDb';

let fx: Fixture;
beforeAll(() => (fx = buildFixtureDb()));
afterAll(() => fx.close());

const TABLES = [
	...CUBES.flatMap((c) => [c.table, ...(c.sketch ? [`${c.table}_hll`] : [])]),
	'roll_author',
	'roll_article_age',
	'roll_section_age',
	'roll_article_stats'
];
/** Every rollup table's rows in stored order. */
const dump = (db: DB) => Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t}`).raw().all()]));

describe('rollups refreshed in batches of stories', () => {
	it('match a refresh in one batch, row for row and in the same order', () => {
		const one = refreshRollups(fx.db, { batchComments: 1e9, batchArticles: 1e9 });
		expect(one.batches).toBe(1);
		const whole = dump(fx.db);
		for (const t of ['roll_article_day', 'roll_topic_base', 'roll_emoji_topic_article', 'roll_day_article', 'roll_article_hll', 'roll_article_age'])
			expect(whole[t].length, t).toBeGreaterThan(0);
		for (const [batchComments, batchArticles] of [
			[1, 1e9],
			[1e9, 2],
			[150, 3]
		]) {
			const r = refreshRollups(fx.db, { batchComments, batchArticles });
			expect(r.batches, `${batchComments}/${batchArticles}`).toBeGreaterThan(1);
			expect(dump(fx.db), `${batchComments}/${batchArticles}`).toEqual(whole);
			expect(r.rows).toEqual(one.rows);
		}
	});

	it('one story per batch when every story is over the budget', () => {
		const stories = (fx.db.prepare(`SELECT count(DISTINCT article_id) AS n FROM comment_facts`).get() as { n: number }).n;
		const steps: string[] = [];
		expect(refreshRollups(fx.db, { batchComments: 1, onStep: (s) => steps.push(s) }).batches).toBe(stories);
		expect(steps.filter((s) => s.startsWith('stories')).at(-1)).toBe(`stories ${stories} of ${stories}`);
		expect(steps.slice(0, 1).concat(steps.slice(-4))).toEqual(['comment_facts', 'story cubes in order', 'corpus cubes, sketches, authors', 'indexes', 'section medians']);
	});
});

describe('Histogram (section medians without every story in memory)', () => {
	it('gives median() of the values it counted', () => {
		const rnd = mulberry32(11);
		expect(new Histogram().median()).toBe(null);
		for (let trial = 0; trial < 300; trial++) {
			const n = 1 + Math.floor(rnd() * 40);
			const span = 1 + Math.floor(rnd() * 12);
			const xs = Array.from({ length: n }, () => Math.floor(rnd() * span));
			const h = new Histogram();
			for (const x of xs) h.add(x);
			expect(h.median(), xs.join(',')).toBe(median(xs));
		}
		const h = new Histogram();
		for (const x of [0, 0, 3, 8]) h.add(x);
		expect(h.median()).toBe(1.5);
	});
});
