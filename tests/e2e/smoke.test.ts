// Issue 2's smoke test: the home page shows a real d3 chart of the data, server-rendered as SVG,
// and it survives hydration in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildE2eDb } from './fixture';
import { launchBrowser, screenshot, startDashboard, type Browser, type Dashboard } from './harness';

let fx: ReturnType<typeof buildE2eDb>;
let app: Dashboard;
let browser: Browser;

beforeAll(async () => {
	fx = buildE2eDb(undefined, 300);
	fx.db.close();
	app = await startDashboard(fx.path);
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await app?.stop();
	fx?.close();
});

describe('home page', () => {
	it('is server-rendered with the comments-over-time chart as SVG paths', async () => {
		const html = await (await fetch(app.url + '/')).text();
		expect(html).toContain('Comments over time, by sentiment');
		const svg = html.match(/<svg class="chart area-chart[\s\S]*?<\/svg>/)?.[0] ?? '';
		expect(svg).not.toBe('');
		// Every sentiment layer is an area path with real coordinates in the server's HTML.
		for (const layer of ['positive', 'negative', 'neutral']) {
			const d = svg.match(new RegExp(`class="[^"]*layer-${layer}[^"]*" d="([^"]+)"`))?.[1] ?? '';
			expect(d.length, `${layer} layer path`).toBeGreaterThan(100);
		}
	});

	it('shows the chart with data in Chromium', async () => {
		const { page, errors } = browser;
		await page.goto(app.url + '/', { waitUntil: 'networkidle' });
		const chart = page.locator('svg.area-chart');
		await expect(chart.count()).resolves.toBe(1);
		const d = await chart.locator('path.layer-positive').getAttribute('d');
		expect((d ?? '').split(/[MLCZ]/).length).toBeGreaterThan(10);
		// The y axis counts comments: its top label is a positive number.
		const labels = await chart.locator('.axis.y text').allTextContents();
		expect(labels.some((t) => /^\d+$/.test(t) && Number(t) > 0)).toBe(true);
		expect(await page.locator('.kpi dd.num').first().textContent()).toMatch(/^\s*[\d,]+\s*$/);
		await screenshot(page, 'smoke-home');
		expect(errors).toEqual([]);
	});
});
