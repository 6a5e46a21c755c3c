// Issue 5: initial JavaScript of any page at most 150 KB gzipped.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, inject } from 'vitest';
import { buildE2eDb } from './fixture';
import { startDashboard, type Dashboard } from './harness';
import { formatSizes, initialJs, modulePreloads, type JsSize } from './jsSize';

let fx: ReturnType<typeof buildE2eDb>;
let app: Dashboard;

beforeAll(async () => {
	fx = buildE2eDb(undefined, 200);
	fx.db.close();
	app = await startDashboard(fx.path);
});

afterAll(async () => {
	await app?.stop();
	fx?.close();
});

it('reads modulepreload entries from a Link header', () => {
	expect(
		modulePreloads('<./_app/a.css>; rel="preload"; as="style", <./_app/immutable/entry/start.js>; rel="modulepreload"; nopush, <./_app/x.js>; rel="modulepreload"', 'http://h/articles/3')
	).toEqual(['/articles/_app/immutable/entry/start.js', '/articles/_app/x.js']);
});

it('keeps every page under 150 KB of gzipped JavaScript', async () => {
	const clientDir = join(inject('dashboardDir'), 'client');
	const rows: JsSize[] = [];
	for (const path of ['/', '/topics', `/articles/${fx.articles[0].id}`, '/emoji', '/comments']) rows.push(await initialJs(app.url, path, clientDir));
	console.log(formatSizes(rows));
	for (const r of rows) {
		expect(r.files, r.path).toBeGreaterThan(3);
		expect(r.gzip, r.path).toBeLessThanOrEqual(150 * 1024);
	}
});
