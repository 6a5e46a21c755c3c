// XSS: the OWASP filter-evasion corpus (tests/fixtures/reliability/xss.txt) in comment text,
// usernames, titles, URLs, sections, topics, stance targets, evidence and cluster phrases; then
// every view opened in Chromium against the built server. No payload may run (window.__xss stays
// unset, no dialog, no CSP violation), none may become markup, and the text shows literally.
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { collectFindings, launchChromium, XSS_PROBE, type DomFindings } from '../lib/browser';
import { buildHostileDb, payloads, type HostileCorpus } from '../lib/hostileDb';
import { startServer, type RunningServer } from '../../../bench/serverProcess';

export interface XssReport {
	payloads: number;
	pages: number;
	literalChecks: number;
}

/** Hovers, focuses and expands what a reader would, so tooltips and expanders render too. */
async function exercise(page: Page): Promise<void> {
	await page.evaluate(() => {
		const marks = Array.from(document.querySelectorAll('svg rect, svg circle, svg path, svg [tabindex], [data-tooltip]')).slice(0, 150);
		for (const el of marks)
			for (const type of ['pointerenter', 'pointerover', 'pointermove', 'mouseover', 'mouseenter', 'mousemove'])
				el.dispatchEvent(new (type.startsWith('pointer') ? PointerEvent : MouseEvent)(type, { bubbles: true, clientX: 10, clientY: 10 }));
		for (const el of Array.from(document.querySelectorAll<HTMLElement>('[aria-expanded="false"], details:not([open]) > summary')).slice(0, 30)) el.click();
	});
	await page.waitForTimeout(300);
}

async function visit(page: Page, url: string): Promise<{ findings: DomFindings; text: string; status: number }> {
	const res = await page.goto(url, { waitUntil: 'networkidle' });
	await exercise(page);
	const findings = await page.evaluate(collectFindings);
	// The rendered text only: the page's own <script> data (SvelteKit's hydration payload) holds the
	// payloads too, escaped, and must not count as "shown".
	const text = await page.evaluate(() => {
		const body = document.body.cloneNode(true) as HTMLElement;
		body.querySelectorAll('script, style, template, noscript').forEach((el) => el.remove());
		return body.textContent ?? '';
	});
	return { findings, text, status: res?.status() ?? 0 };
}

function expectClean(url: string, f: DomFindings) {
	expect(f.xss, `${url}: window.__xss was set`).toBeUndefined();
	expect(f.dialogs, `${url}: dialogs`).toEqual([]);
	expect(f.cspViolations, `${url}: CSP violations (hostile markup reached the DOM)`).toEqual([]);
	expect(f.inlineHandlers, `${url}: inline event handlers`).toEqual([]);
	expect(f.scriptUrls, `${url}: script URLs`).toEqual([]);
	expect(f.injectedElements, `${url}: injected elements`).toEqual([]);
}

/** Text as the browser's textContent shows it (the DOM normalises \r\n and lone \r to \n). */
const shown = (s: string) => s.replace(/\r\n?/g, '\n');

export interface XssOptions {
	/** Story pages to open (each with its explorer view); default all. */
	articlePages?: number;
	/** Payloads to try as filter values on five views; default all. */
	filterPayloads?: number;
	/** A private copy of the build (the e2e global setup's), else ./build. */
	buildDir?: string;
}

/** `n` items spread evenly over the list (all when n is not given). */
function spread<T>(xs: T[], n?: number): T[] {
	if (n === undefined || n >= xs.length) return xs;
	const step = xs.length / n;
	return Array.from({ length: n }, (_, i) => xs[Math.floor(i * step)]);
}

export async function xssEveryView(dir: string, opts: XssOptions = {}): Promise<XssReport> {
	const list = payloads('xss.txt');
	const corpus: HostileCorpus = buildHostileDb(`${dir}/xss.db`, list);
	let server: RunningServer | null = null;
	let browser: Browser | null = null;
	let pages = 0;
	let literalChecks = 0;
	try {
		server = await startServer(`${dir}/xss.db`, { buildDir: opts.buildDir });
		browser = await launchChromium();
		const context = await browser.newContext();
		await context.addInitScript(XSS_PROBE);
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		const base = server.url;

		const open = async (path: string, mustShow: string[] = []) => {
			const { findings, text, status } = await visit(page, base + path);
			pages++;
			expect(status, `${path}: HTTP status`).toBeLessThan(500);
			expectClean(path, findings);
			for (const p of mustShow) {
				expect(text.includes(shown(p)), `${path}: payload not shown literally: ${p}`).toBe(true);
				literalChecks++;
			}
		};

		// The list views: everything at once.
		for (const path of ['/', '/topics', '/emoji', '/comments', '/comments?sort=oldest']) await open(path);
		// The story view of each hostile article: its title, the payload comment and its author.
		const articles = spread(corpus.articles, opts.articlePages);
		for (const a of articles) {
			const author = corpus.comments.find((c) => c.articleExternalId === a.externalId && c.externalId.endsWith('-author'))!;
			await open(`/articles/${a.id}`, [a.payload]);
			// The explorer filtered to this article: comment text and author name shown as text.
			await open(`/comments?article=${a.id}`, [a.payload, author.payload]);
		}
		// Payloads in filter values: echoed in the filter sentence, chips or an error message.
		for (const p of spread(list, opts.filterPayloads)) {
			const q = encodeURIComponent(p);
			for (const path of [`/?topic=${q}`, `/comments?author=${q}`, `/comments?q=${q}`, `/?from=${q}`, `/topics?target=${q}`]) await open(path);
		}
		expect(errors, 'uncaught page errors').toEqual([]);
		// The detectors themselves: a page without the app's CSP that does render a payload as markup.
		await page.goto('about:blank');
		await page.setContent(`<p>${list[0]}</p><div><img src=x onerror="window.__xss=1"><a href="javascript:void 0">x</a></div>`);
		await page.waitForFunction(() => (window as unknown as { __xss?: number }).__xss === 1);
		const probe = await page.evaluate(collectFindings);
		expect(probe.xss).toBe(1);
		expect(probe.inlineHandlers.length).toBeGreaterThan(0);
		expect(probe.scriptUrls.length).toBeGreaterThan(0);
		expect(probe.injectedElements.length).toBeGreaterThan(0);
		return { payloads: list.length, pages, literalChecks };
	} finally {
		await browser?.close();
		await server?.stop();
	}
}
