// Every view in Chromium: charts have data marks, filters change through the UI, the URL and the
// chart follow, Back undoes, downloads work, and hostile text stays text.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildE2eDb, XSS_IMG, XSS_SCRIPT, XSS_TITLE } from './fixture';
import { launchBrowser, screenshot, startDashboard, type Browser, type Dashboard } from './harness';

let fx: ReturnType<typeof buildE2eDb>;
let app: Dashboard;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	fx = buildE2eDb(undefined, 600);
	fx.db.close();
	app = await startDashboard(fx.path);
	browser = await launchBrowser();
	page = browser.page;
});

afterAll(async () => {
	await browser?.close();
	await app?.stop();
	fx?.close();
});

const go = (path: string) => page.goto(app.url + path, { waitUntil: 'networkidle' });
const search = () => new URL(page.url()).searchParams;
const sentence = () => page.locator('h1.sentence').textContent();
const bucketsOf = async () => Number((await page.locator('svg.area-chart').getAttribute('aria-label'))?.match(/(\d+) buckets/)?.[1]);

describe('overview', () => {
	it('draws the sentiment area, mean line, stance bars and KPIs', async () => {
		await go('/');
		expect(await page.locator('svg.area-chart path.layer-positive').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+C/);
		expect(await page.locator('svg.area-chart line.pub').count()).toBeGreaterThan(3);
		expect(await page.locator('path.mean').getAttribute('d')).toBeTruthy();
		expect(await page.locator('g.bar rect').count()).toBeGreaterThan(10);
		expect(await page.locator('.kpi').count()).toBe(5);
		expect(await sentence()).toMatch(/^[\d,]+ comments$/);
		await screenshot(page, 'overview');
	});

	it('switches granularity through the URL, and Back undoes it', async () => {
		await go('/');
		const daily = await bucketsOf();
		await page.locator('a[data-granularity="week"]').click();
		await page.waitForURL(/granularity=week/);
		const weekly = await bucketsOf();
		expect(weekly).toBeLessThan(daily);
		expect(await page.locator('svg.area-chart').getAttribute('aria-label')).toContain('per week');
		await page.goBack();
		await page.waitForURL((u) => !u.search.includes('granularity'));
		await expect.poll(bucketsOf).toBe(daily);
	});

	it('filters to a brushed period', async () => {
		await go('/');
		const before = await sentence();
		const box = (await page.locator('svg.area-chart').boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2, { steps: 5 });
		await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 });
		await page.mouse.up();
		await page.waitForURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
		await page.waitForLoadState('networkidle');
		expect(search().get('from')! < search().get('to')!).toBe(true);
		const after = await sentence();
		expect(after).toMatch(/ from \d+ \w+ 2026 to \d+ \w+ 2026$/);
		expect(after).not.toBe(before);
		expect(await page.locator('a.filter-chip').first().textContent()).toMatch(/2026 – /);
		await screenshot(page, 'overview-brushed');
		await page.goBack();
		await page.waitForURL((u) => !u.search.includes('from='));
	});

	it('reads buckets with the keyboard and filters with Enter', async () => {
		await go('/');
		await page.locator('svg.area-chart').focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		const tip = page.locator('.tooltip:not(.hidden)').first();
		expect(await tip.textContent()).toMatch(/\d+ comments/);
		await page.keyboard.press('Enter');
		await page.waitForURL(/from=.*to=/);
		expect(search().get('from')).toBe(search().get('to'));
	});

	it('adds a filter from "+ add filter" and removes it with its chip', async () => {
		await go('/');
		const total = await sentence();
		await page.locator('summary.add-btn').click();
		await page.locator('input[name="sentiment"][value="negative"]').check();
		await page.locator('form.panel button[type="submit"]').click();
		await page.waitForURL(/sentiment=negative/);
		await page.waitForLoadState('networkidle');
		expect(await sentence()).toMatch(/negative sentiment$/);
		expect(await sentence()).not.toBe(total);
		// Only negative comments remain: the positive layer is flat on the zero line.
		const pos = (await page.locator('svg.area-chart path.layer-positive').getAttribute('d')) ?? '';
		const ys = [...pos.matchAll(/-?[\d.]+/g)].map((m) => Math.round(Number(m[0]))).filter((_, i) => i % 2 === 1);
		expect(new Set(ys).size).toBe(1);
		await screenshot(page, 'overview-negative');
		await page.locator('a.filter-chip', { hasText: 'sentiment: negative' }).click();
		await page.waitForURL((u) => !u.search.includes('sentiment'));
		expect(await sentence()).toBe(total);
	});

	it('rejects a bad filter with a 400 naming the parameter', async () => {
		const res = await fetch(app.url + '/?sentiment=bogus');
		expect(res.status).toBe(400);
		await go('/?sentiment=bogus&topic=Budget');
		expect(await page.locator('main').textContent()).toContain('sentiment: "bogus" is not one of');
		await page.locator('a', { hasText: 'Drop the sentiment filter' }).click();
		await page.waitForURL((u) => u.search === '?topic=Budget');
	});
});

describe('chart menu', () => {
	it('downloads data as CSV, the chart as SVG and PNG, and shows the table', async () => {
		await go('/');
		const frame = page.locator('figure.chart-frame').first();
		const download = async (label: string) => {
			await frame.locator('summary[aria-label^="Chart menu"]').click();
			const [d] = await Promise.all([page.waitForEvent('download'), frame.locator('button', { hasText: label }).click()]);
			return readFileSync((await d.path())!);
		};
		const csv = (await download('Download data (CSV)')).toString('utf8');
		expect(csv.replace(/^\ufeff/, '').split('\r\n')[0]).toBe('bucket_start,comments,negative,neutral,positive,unscored,untagged,mean_sentiment,sparse');
		const svg = (await download('Download SVG')).toString('utf8');
		expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		expect(svg).toMatch(/fill:\s*rgb\(94, 60, 153\)/); // the positive colour, baked in
		const png = await download('Download PNG');
		expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
		expect(await frame.locator('.table-wrap').getAttribute('class')).toContain('visually-hidden');
		await frame.locator('summary[aria-label^="Chart menu"]').click();
		await frame.locator('button', { hasText: 'Show as table' }).click();
		expect(await frame.locator('.table-wrap').getAttribute('class')).not.toContain('visually-hidden');
		expect(await frame.locator('.table-wrap tbody tr').count()).toBeGreaterThan(10);
	});

	it('links the Export menu to the same query', async () => {
		await go('/?lang=en&sentiment=negative');
		expect(await page.locator('details.export a', { hasText: 'CSV' }).first().getAttribute('href')).toBe('/export.csv?sentiment=negative&lang=en');
	});
});

describe('topics', () => {
	it('shows a row per topic and small multiples; clicking a topic filters by it', async () => {
		await go('/topics');
		const rows = page.locator('a.row-link');
		expect(await rows.count()).toBeGreaterThan(5);
		expect(await page.locator('svg.multiples path.area').count()).toBeGreaterThan(5);
		expect(await page.locator('circle.dot').count()).toBeGreaterThan(5);
		await screenshot(page, 'topics');
		const name = (await rows.first().locator('text.name').textContent())!.trim();
		await rows.first().click();
		await page.waitForURL(/topic=/);
		expect(search().getAll('topic')).toEqual([name]);
		await page.waitForLoadState('networkidle');
		expect(await sentence()).toContain(`about ${name}`);
	});
});

describe('story', () => {
	it("answers an editor's questions about one article", async () => {
		const a1 = fx.articles[0];
		await go(`/articles/${a1.id}`);
		expect(await page.locator('h2.title').textContent()).toBe(a1.record.title);
		expect(await page.locator('path.story').getAttribute('d')).toMatch(/^M/);
		expect(await page.locator('path.median').count()).toBe(1);
		expect(await page.locator('mark.hit').count()).toBeGreaterThan(0);
		expect(await page.locator('section.coord').count()).toBe(1);
		expect(await page.locator('li.node').count()).toBeGreaterThan(3);
		await screenshot(page, 'story');
		await page.locator('a[aria-label^="Sentiment: Negative"]').click();
		await page.waitForURL(/sentiment=negative/);
		expect(new URL(page.url()).pathname).toBe(`/articles/${a1.id}`);
	});

	it('answers 404 for an unknown article', async () => {
		expect((await fetch(app.url + '/articles/999999')).status).toBe(404);
	});
});

describe('emoji', () => {
	it('ranks emoji, draws heat strips and the topic matrix; clicking one filters by it', async () => {
		await go('/emoji');
		const links = page.locator('figure.chart-frame').first().locator('svg a');
		expect(await links.count()).toBeGreaterThan(3);
		expect(await page.locator('rect.cell').count()).toBeGreaterThan(10);
		expect(await page.locator('circle.dot').count()).toBeGreaterThan(5);
		await screenshot(page, 'emoji');
		await links.first().click();
		await page.waitForURL(/emoji=/);
		expect(search().getAll('emoji')).toHaveLength(1);
	});
});

describe('comments', () => {
	it('pages with a cursor, narrows with facets, and expands a row', async () => {
		await go('/comments');
		expect(await page.locator('tr.row').count()).toBe(50);
		const first = await page.locator('tr.row').first().getAttribute('data-comment-id');
		await page.locator('a.next').click();
		await page.waitForURL(/cursor=/);
		await page.waitForLoadState('networkidle');
		expect(await page.locator('tr.row').first().getAttribute('data-comment-id')).not.toBe(first);

		await go('/comments');
		const heading = await page.locator('#ct-title').textContent();
		await page.locator('nav.facets a', { hasText: 'negative' }).first().click();
		await page.waitForURL(/sentiment=negative/);
		await page.waitForLoadState('networkidle');
		expect(await page.locator('#ct-title').textContent()).not.toBe(heading);
		await page.locator('button.expand').first().click();
		await page.locator('.details h3', { hasText: 'Sentiment evidence' }).waitFor();
		await screenshot(page, 'comments');
	});

	it("shows the server's UTC times first, then the reader's own zone once hydrated", async () => {
		const tokyo = await launchBrowser({ timezoneId: 'Asia/Tokyo' });
		try {
			const res = await fetch(app.url + '/comments');
			const html = await res.text();
			expect(html).toMatch(/<td class="time small[^"]*">[^<]*UTC/);
			await tokyo.page.goto(app.url + '/comments', { waitUntil: 'networkidle' });
			await tokyo.page.locator('td.time', { hasText: 'GMT+9' }).first().waitFor();
			expect(await tokyo.page.locator('td.time', { hasText: 'UTC' }).count()).toBe(0);
			expect(await tokyo.page.locator('footer').textContent()).toContain('Asia/Tokyo');
			expect(tokyo.errors).toEqual([]);
		} finally {
			await tokyo.close();
		}
	});

	it('searches from the header box', async () => {
		await go('/');
		await page.locator('#site-search').fill('Putin');
		await page.locator('#site-search').press('Enter');
		await page.waitForURL(/\/comments\?q=Putin/);
		await page.waitForLoadState('networkidle');
		expect(await sentence()).toContain('matching "Putin"');
	});
});

describe('theme', () => {
	it('toggles dark mode and remembers it', async () => {
		await go('/');
		const colours = () => page.locator('.app').evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
		const light = await colours();
		await page.locator('button.toggle').click();
		expect(await page.locator('.app').getAttribute('data-theme')).toBe('dark');
		// app.css: --bg and --text are light-dark() pairs picked by the chosen colour scheme.
		expect(light).toEqual(['rgb(251, 250, 248)', 'rgb(29, 28, 26)']);
		expect(await colours()).toEqual(['rgb(22, 22, 24)', 'rgb(236, 235, 232)']);
		await go('/');
		expect(await page.locator('.app').getAttribute('data-theme')).toBe('dark');
		await screenshot(page, 'overview-dark');
		await page.locator('button.toggle').click();
		expect(await page.locator('.app').getAttribute('data-theme')).toBe('light');
	});
});

describe('hostile text', () => {
	const probes = async () =>
		page.evaluate(() => ({
			xss: (window as unknown as { __xss?: unknown }).__xss,
			imgs: document.querySelectorAll('img[src="x"]').length
		}));

	it('shows titles, authors and comments literally and runs none of them', async () => {
		await go('/');
		expect(await page.locator('section[aria-labelledby="busiest-title"]').textContent()).toContain(XSS_TITLE);
		await go(`/articles/${fx.hostileArticleId}`);
		expect(await page.locator('h2.title').textContent()).toBe(XSS_TITLE);
		const body = await page.locator('main').textContent();
		expect(body).toContain(XSS_IMG);
		expect(body).toContain(XSS_SCRIPT);
		// The scored words are highlighted around, not inside, the markup.
		expect(await page.locator('mark.hit').allTextContents()).toEqual(expect.arrayContaining(['terrible']));
		expect(await probes()).toEqual({ xss: undefined, imgs: 0 });
		await go('/comments?q=formatting');
		expect(await page.locator('tr.row').first().textContent()).toContain(XSS_IMG);
		await page.locator('button.expand').first().click();
		await page.locator('.details h3', { hasText: 'Sentiment evidence' }).waitFor();
		expect(await probes()).toEqual({ xss: undefined, imgs: 0 });
		expect(browser.errors).toEqual([]);
	});
});

describe('no database', () => {
	it('tells the user the command to run', async () => {
		const empty = await startDashboard('/nonexistent/murmur-e2e.db');
		try {
			const html = await (await fetch(empty.url + '/')).text();
			expect(html).toContain('npx murmur demo');
			expect(html).toContain('npx murmur ingest FILE');
			expect(await (await fetch(empty.url + '/topics')).text()).toContain('No data yet');
		} finally {
			await empty.stop();
		}
	});
});
