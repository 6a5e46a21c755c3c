// The /api handlers called directly with a URL, against the fixture database read-only, as the
// server runs them: status codes, error bodies naming the parameter, hostile input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FILTER_PARAMS, parseFilters } from '../../src/lib/filters';
import { closeReadDb } from '../../src/lib/server/instance';
import { buildFixtureDb, type Fixture } from '../helpers/fixtureDb';
import { oracleSelect } from './oracle';

type Handler = (e: { url: URL; params: Record<string, string> }) => Response;

const ROUTES = join(__dirname, '../../src/routes/api');
const routeFiles = (dir: string): string[] =>
	readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? routeFiles(join(dir, f)) : f === '+server.ts' ? [join(dir, f)] : []));

const handlers = new Map<string, Handler>();
let fx: Fixture;
const saved = process.env.MURMUR_DB;

beforeAll(async () => {
	fx = buildFixtureDb();
	process.env.MURMUR_DB = fx.path;
	for (const file of routeFiles(ROUTES)) {
		const route = '/api/' + relative(ROUTES, file).replace(/\/?\+server\.ts$/, '');
		handlers.set(route.replace(/\/$/, ''), ((await import(file)) as { GET: Handler }).GET);
	}
});
afterAll(() => {
	closeReadDb();
	fx.close();
	process.env.MURMUR_DB = saved;
});

async function get(route: string, qs = '', params: Record<string, string> = {}) {
	const h = handlers.get(route);
	if (!h) throw new Error(`no handler for ${route}`);
	const res = h({ url: new URL(`http://localhost${route.replace('[id]', params.id ?? '')}?${qs}`), params });
	return { status: res.status, body: await res.json(), headers: res.headers };
}

const story = () => ({ id: String(fx.articles[0].id) });
const ENDPOINTS: [string, () => Record<string, string>][] = [
	['/api/overview/volume', () => ({})], ['/api/overview/stance', () => ({})], ['/api/overview/articles', () => ({})],
	['/api/kpis', () => ({})], ['/api/topics', () => ({})], ['/api/topics/series', () => ({})],
	['/api/articles/[id]', story], ['/api/articles/[id]/reaction', story], ['/api/articles/[id]/splits', story],
	['/api/articles/[id]/emoji', story], ['/api/articles/[id]/threads', story], ['/api/articles/[id]/extremes', story],
	['/api/articles/[id]/flagged', story], ['/api/articles/[id]/compare', story], ['/api/emoji', () => ({})],
	['/api/emoji/time', () => ({})], ['/api/emoji/topics', () => ({})], ['/api/comments', () => ({})], ['/api/facets', () => ({})]
];

describe('every endpoint', () => {
	it('is tested here', () => {
		expect([...handlers.keys()].sort()).toEqual([...ENDPOINTS.map(([r]) => r), '/api/comments/[id]'].sort());
	});

	it.each(ENDPOINTS)('%s answers JSON with meta for the filters', async (route, params) => {
		const qs = 'sentiment=negative&from=2026-03-01';
		const { status, body, headers } = await get(route, qs, params());
		expect(status).toBe(200);
		expect(headers.get('content-type')).toMatch(/application\/json/);
		expect(headers.get('cache-control')).toBe('no-store');
		const expectedFilters = route.includes('[id]') && !route.endsWith('compare') ? `${qs}&article=${params().id}` : qs;
		const f = parseFilters(new URLSearchParams(expectedFilters));
		expect(body.meta.n).toBe(route.endsWith('compare') ? oracleSelect(fx, parseFilters(new URLSearchParams(`article=${params().id}`))).length : oracleSelect(fx, f).length);
		expect(body.meta.description).toMatch(/comments/);
	});

	it.each(ENDPOINTS)('%s answers 400 naming a bad parameter', async (route, params) => {
		const { status, body } = await get(route, 'sentiment=furious', params());
		expect(status).toBe(400);
		expect(body).toEqual({ error: 'sentiment: "furious" is not one of positive, neutral, negative, unscored', parameter: 'sentiment' });
	});
});

describe('endpoint options', () => {
	it.each<[string, string, string]>([
		['/api/overview/volume', 'granularity=fortnight', 'granularity'],
		['/api/topics', 'limit=0', 'limit'],
		['/api/topics', 'limit=abc', 'limit'],
		['/api/comments', 'sort=loudest', 'sort'],
		['/api/comments', 'cursor=garbage', 'cursor'],
		['/api/comments', 'limit=100000', 'limit'],
		['/api/facets', 'facet=password', 'facet'],
		['/api/articles/[id]/reaction', 'hours=49', 'hours']
	])('%s?%s -> 400 naming %s', async (route, qs, parameter) => {
		const { status, body } = await get(route, qs, story());
		expect(status).toBe(400);
		expect(body.parameter).toBe(parameter);
	});

	it('applies granularity, limit and pagination', async () => {
		expect((await get('/api/overview/volume', 'granularity=month')).body.buckets).toHaveLength(3);
		expect((await get('/api/topics', 'limit=2')).body.topics).toHaveLength(2);
		const first = (await get('/api/comments', 'limit=5&sort=oldest')).body;
		const second = (await get('/api/comments', `limit=5&sort=oldest&cursor=${first.nextCursor}`)).body;
		expect(second.rows[0].id).not.toBe(first.rows[4].id);
		expect(second.total).toBe(first.total);
		expect((await get('/api/facets', 'facet=lang&facet=stance')).body.facets.map((f: { name: string }) => f.name)).toEqual(['lang', 'stance']);
	});

	it('answers 404 for a missing article or comment and 400 for a bad id', async () => {
		expect((await get('/api/articles/[id]', '', { id: '424242' })).status).toBe(404);
		expect((await get('/api/comments/[id]', '', { id: '424242' })).status).toBe(404);
		const bad = await get('/api/articles/[id]/splits', '', { id: '1 OR 1=1' });
		expect(bad).toMatchObject({ status: 400, body: { parameter: 'id' } });
		expect((await get('/api/comments/[id]', '', { id: String(fx.readers()[0].id) })).body.comment.id).toBe(fx.readers()[0].id);
	});
});

describe('hostile filter values', () => {
	const HOSTILE = [
		`'; DROP TABLE comments; --`, `" OR 1=1 --`, `1) OR (1=1`, `NEAR(a b)`, `*`, `"unterminated`, `a AND OR NOT b`,
		`talks*`, `^talks`, `col:talks`, `%_%`, `\\`, `🕊️'--`, `<script>alert(1)</script>`, `x`.repeat(150), `Robert'); DROP TABLE comments;--`
	];
	const cases = FILTER_PARAMS.flatMap((p) => HOSTILE.map((h) => [p, h] as [string, string]));
	it.each(cases)('%s=%s is a 400 or a correct answer', async (param, value) => {
		const qs = new URLSearchParams({ [param]: value }).toString();
		const { status, body } = await get('/api/comments', qs);
		if (status === 400) {
			expect(body.parameter).toBe(param);
			return;
		}
		expect(status).toBe(200);
		const f = parseFilters(new URLSearchParams(qs));
		if (param !== 'q') expect(body.total).toBe(oracleSelect(fx, f).length);
		const volume = await get('/api/overview/volume', qs);
		expect(volume.status).toBe(200);
		expect(volume.body.meta.n).toBe(body.total);
	});

	it('the database is intact afterwards', () => {
		expect((fx.db.prepare(`SELECT count(*) AS n FROM comments`).get() as { n: number }).n).toBe(fx.comments.length);
	});

	it('searches quote the user text: syntax characters match literally or not at all', async () => {
		expect((await get('/api/comments', 'q=NEAR(talks people)')).status).toBe(200);
		expect((await get('/api/comments', 'q=talks*')).body.total).toBe(oracleSelect(fx, parseFilters(new URLSearchParams('q=talks'))).length);
		const quoted = (await get('/api/comments', `q=${encodeURIComponent('"Peace matters"')}`)).body.total;
		expect(quoted).toBe(fx.readers().filter((c) => /peace matters/i.test(c.record.text)).length);
		expect((await get('/api/comments', 'q=!!!')).body.total).toBe(fx.readers().filter((c) => c.record.text.includes('!!!')).length);
	});
});

describe('no database', () => {
	it('answers 503 with the command that creates one', async () => {
		process.env.MURMUR_DB = join(fx.path, '..', 'missing.db');
		try {
			const { status, body } = await get('/api/kpis');
			expect(status).toBe(503);
			expect(body.command).toMatch(/^npx murmur --db ".*missing\.db" demo$/);
			expect(body.error).toMatch(/npx murmur ingest FILE/);
		} finally {
			process.env.MURMUR_DB = fx.path;
		}
		expect((await get('/api/kpis')).status).toBe(200);
	});
});
