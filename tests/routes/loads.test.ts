// The views' load functions against the fixture database: what each page is server-rendered with,
// the 400s that name a bad parameter, the 404 of an unknown story, and the no-database screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureDb, type Fixture } from '../helpers/fixtureDb';
import { closeReadDb } from '../../src/lib/server/instance';
import { load as overview } from '../../src/routes/+page.server';
import { load as topics } from '../../src/routes/topics/+page.server';
import { load as story } from '../../src/routes/articles/[id]/+page.server';
import { load as emoji } from '../../src/routes/emoji/+page.server';
import { load as comments } from '../../src/routes/comments/+page.server';
import { load as layout } from '../../src/routes/+layout.server';

let fx: Fixture;
const saved = process.env.MURMUR_DB;

beforeAll(() => {
	fx = buildFixtureDb({ comments: 400 });
	process.env.MURMUR_DB = fx.path;
});

afterAll(() => {
	closeReadDb();
	if (saved === undefined) delete process.env.MURMUR_DB;
	else process.env.MURMUR_DB = saved;
	fx.close();
});

// The load functions read only what they use of the event.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const event = (path: string, params: Record<string, string> = {}): any => ({ url: new URL(`http://x${path}`), params });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const run = (fn: any, path: string, params?: Record<string, string>): any => fn(event(path, params));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function rejects(fn: () => unknown): { status: number; body: any } {
	try {
		fn();
	} catch (e) {
		return e as { status: number; body: unknown };
	}
	throw new Error('expected the load function to throw');
}

const readersWithTime = () => fx.readers().filter((c) => c.effectiveAt !== null);

describe('overview', () => {
	it('renders every panel with the filtered data, daily up to a year', () => {
		const d = run(overview, '/');
		expect(d.volume.ok && d.kpis.ok && d.markers.ok).toBe(true);
		expect(d.volume.data.granularity).toBe('day');
		expect(d.volume.data.buckets.reduce((s: number, b: { n: number }) => s + b.n, 0)).toBe(readersWithTime().length);
		expect(d.kpis.data.comments).toBe(fx.readers().length);
		expect(d.meta.description).toBe(`${fx.readers().length.toLocaleString('en')} comments`);
		expect(d.granularity).toBe('auto');
	});

	it('honours a chosen granularity and the filters', () => {
		const d = run(overview, '/?granularity=week&sentiment=negative');
		expect(d.volume.data.granularity).toBe('week');
		const negatives = readersWithTime().filter((c) => c.analysis?.sentiment.label === 'negative').length;
		expect(d.volume.data.buckets.reduce((s: number, b: { n: number }) => s + b.n, 0)).toBe(negatives);
		expect(d.meta.description).toMatch(/, negative sentiment$/);
	});

	it.each([
		['/?sentiment=bogus', 'sentiment'],
		['/?from=2026-13-01', 'from'],
		['/?granularity=fortnight', 'granularity']
	])('answers 400 for %s, naming %s', (path, parameter) => {
		const e = rejects(() => run(overview, path));
		expect(e.status).toBe(400);
		expect(e.body.parameter).toBe(parameter);
		expect(e.body.message).toContain(`${parameter}:`);
	});
});

describe('other views', () => {
	it('topics: rows, small multiples and the sort option', () => {
		const d = run(topics, '/topics?sort=name');
		expect(d.sort).toBe('name');
		const names = d.summary.data.topics.map((t: { topic: string }) => t.topic);
		expect(names).toEqual(expect.arrayContaining(['Ceasefire', 'Budget']));
		expect(d.series.data.series.length).toBeGreaterThan(3);
		expect(rejects(() => run(topics, '/topics?sort=loudest')).body.parameter).toBe('sort');
	});

	it('story: every panel of one article, or 404', () => {
		const a = fx.articles[0];
		const d = run(story, `/articles/${a.id}`, { id: String(a.id) });
		const mine = fx.readers().filter((c) => c.articleId === a.id);
		expect(d.summary.article.title).toBe(a.record.title);
		expect(d.summary.meta.n).toBe(mine.length);
		for (const k of ['reaction', 'splits', 'emoji', 'extremes', 'threads', 'flagged', 'compare']) expect(d[k].ok, k).toBe(true);
		expect(d.reaction.data.points).toHaveLength(48);
		expect(d.flagged.data.flagged).toBeGreaterThan(0);
		expect(d.articleTitles).toEqual({ [a.id]: a.record.title });
		expect(rejects(() => run(story, '/articles/99999', { id: '99999' })).status).toBe(404);
		expect(rejects(() => run(story, '/articles/abc', { id: 'abc' })).status).toBe(404);
	});

	it('emoji: ranking, time strips and the topic matrix', () => {
		const d = run(emoji, '/emoji');
		expect(d.ranking.data.emoji.length).toBeGreaterThan(3);
		const top = d.ranking.data.emoji.slice(0, 12).map((e: { emoji: string }) => e.emoji).sort();
		expect(d.overTime.data.rows.map((r: { emoji: string }) => r.emoji).sort()).toEqual(top);
		expect(d.byTopic.data.cells.length).toBeGreaterThan(3);
	});

	it('comments: an exact total, a page of 50 with a cursor, and facets', () => {
		const d = run(comments, '/comments');
		expect(d.table.data.total).toBe(fx.readers().length);
		expect(d.table.data.rows).toHaveLength(50);
		expect(d.table.data.nextCursor).toBeTruthy();
		const next = run(comments, `/comments?cursor=${d.table.data.nextCursor}`);
		expect(next.table.data.rows[0].id).not.toBe(d.table.data.rows[0].id);
		expect(d.facets.data.facets.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(['sentiment', 'topic', 'lang']));
		expect(rejects(() => run(comments, '/comments?sort=loudest')).body.parameter).toBe('sort');
	});

	it('reads the theme cookie', () => {
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		const cookies = (v?: string): any => ({ cookies: { get: () => v } });
		expect(layout(cookies('dark'))).toEqual({ theme: 'dark' });
		expect(layout(cookies('purple'))).toEqual({ theme: null });
		expect(layout(cookies())).toEqual({ theme: null });
	});
});

describe('without a database', () => {
	it('every view returns the no-database marker with the path', () => {
		closeReadDb();
		process.env.MURMUR_DB = '/nonexistent/dir/murmur.db';
		try {
			for (const [fn, path, params] of [
				[overview, '/', {}],
				[topics, '/topics', {}],
				[emoji, '/emoji', {}],
				[comments, '/comments', {}],
				[story, '/articles/1', { id: '1' }]
			] as const)
				expect(run(fn, path, params)).toEqual({ noDb: true, dbPath: '/nonexistent/dir/murmur.db' });
		} finally {
			process.env.MURMUR_DB = fx.path;
		}
	});
});
