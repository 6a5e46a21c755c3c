// On the shared seeded fixture (400 comments, every edge case of the dashboard's tests): the
// export holds exactly the comments the dashboard's filters select, for every filter parameter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureDb, type Fixture, type FixtureComment } from '../helpers/fixtureDb';
import { parseFilters } from '../../src/lib/filters';
import { openReadOnly } from '../../src/lib/server/db/open';
import { parseExportRequest } from '../../src/lib/export/request';
import { exportMeta } from '../../src/lib/export/run.server';
import { selectedIds } from './oracle';
import { exportBytes } from './run';
import { readNdjson } from './readBack';

let fx: Fixture;
beforeAll(() => {
	fx = buildFixtureDb();
});
afterAll(() => fx.close());

const FILTERS = [
	'',
	'topic=Ceasefire',
	'sentiment=negative&lang=en',
	'sentiment=unscored',
	'stance=against&target=Ceasefire deal',
	'flagged=only',
	'flagged=exclude',
	'from=2026-03-10&to=2026-03-20',
	'emoji=🕊',
	'q=terrible',
	'author=alice&author=مريم',
	'article=1,4'
];

const ids = async (q: string) =>
	readNdjson((await exportBytes(fx.path, `columns=comment_id&${q}`, 'ndjson')).bytes).map((r) => r.comment_id as number);

describe('exports of the shared fixture', () => {
	it.each(FILTERS)('"%s": the rows the dashboard filter selects in SQL, in id order', async (q) => {
		const want = selectedIds(fx.db, parseFilters(new URLSearchParams(q)));
		expect(want.length).toBeGreaterThan(0);
		expect(await ids(q)).toEqual(want);
	});

	it.each([
		['', (_c: FixtureComment) => true],
		['sentiment=negative', (c: FixtureComment) => c.analysis?.sentiment.label === 'negative'],
		['flagged=only', (c: FixtureComment) => c.clusterId !== null],
		['lang=de', (c: FixtureComment) => c.analysis?.lang === 'de'],
		['topic=Putin', (c: FixtureComment) => !!c.analysis?.topics.includes('Putin')]
	])('"%s": the fixture\'s own reader comments', async (q, keep) => {
		const want = fx.readers().filter(keep).map((c) => c.id).sort((a, b) => a - b);
		expect((await ids(q)).sort((a, b) => a - b)).toEqual(want);
	});

	it.each(FILTERS)('"%s": the article level sums to the same comments, and the sidecar counts them', async (q) => {
		const rows = readNdjson((await exportBytes(fx.path, `level=articles&columns=article_id,comments&${q}`, 'ndjson')).bytes);
		const want = selectedIds(fx.db, parseFilters(new URLSearchParams(q)));
		expect(rows.reduce((s, r) => s + (r.comments as number), 0)).toBe(want.length);
		const db = openReadOnly(fx.path)!;
		try {
			expect(exportMeta(db, parseExportRequest(new URLSearchParams(q), 'csv')).row_count).toBe(want.length);
			expect(exportMeta(db, parseExportRequest(new URLSearchParams(`level=articles&${q}`), 'csv')).row_count).toBe(rows.length);
		} finally {
			db.close();
		}
	});
});
