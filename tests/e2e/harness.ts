// Starts the built dashboard on a free port against a given database, and a headless Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results');

const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync'
];

function freePort(): Promise<number> {
	return new Promise((ok, fail) => {
		const s = createServer();
		s.once('error', fail);
		s.listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => ok(port));
		});
	});
}

export interface Dashboard {
	url: string;
	stop(): Promise<void>;
	log(): string;
}

export async function startDashboard(dbPath: string): Promise<Dashboard> {
	const dir = inject('dashboardDir');
	if (!dir) throw new Error('the dashboard was not built: run the e2e tests through vitest with tests/e2e/globalSetup.ts');
	const port = await freePort();
	let out = '';
	const child: ChildProcess = spawn(process.execPath, ['index.js'], {
		cwd: dir,
		env: { ...process.env, MURMUR_DB: dbPath, PORT: String(port), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${port}` },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout!.on('data', (d) => (out += d));
	child.stderr!.on('data', (d) => (out += d));
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 20_000;
	for (;;) {
		try {
			const res = await fetch(url + '/favicon.svg');
			if (res.ok) break;
		} catch {
			// not listening yet
		}
		if (child.exitCode !== null) throw new Error(`the dashboard exited (${child.exitCode}):\n${out}`);
		if (Date.now() > deadline) throw new Error(`the dashboard did not start within 20 s:\n${out}`);
		await new Promise((r) => setTimeout(r, 100));
	}
	return {
		url,
		log: () => out,
		stop: () =>
			new Promise<void>((ok) => {
				if (child.exitCode !== null) return ok();
				child.once('exit', () => ok());
				child.kill('SIGTERM');
			})
	};
}

export interface Browser {
	context: BrowserContext;
	page: Page;
	/** Errors thrown in the page, which every test expects to stay empty. */
	errors: string[];
	close(): Promise<void>;
}

export async function launchBrowser(
	opts: { width?: number; height?: number; colorScheme?: 'light' | 'dark'; timezoneId?: string } = {}
): Promise<Browser> {
	const profile = mkdtempSync(join(tmpdir(), 'murmur-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: '/usr/bin/chromium',
		args: CHROMIUM_ARGS,
		viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
		colorScheme: opts.colorScheme ?? 'light',
		timezoneId: opts.timezoneId,
		acceptDownloads: true
	});
	const page = context.pages()[0] ?? (await context.newPage());
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	return {
		context,
		page,
		errors,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	};
}

export async function screenshot(page: Page, name: string): Promise<void> {
	mkdirSync(SCREENSHOTS, { recursive: true });
	await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Waits for client-side navigation to settle after a click that changes the URL. */
export async function settle(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle');
}
