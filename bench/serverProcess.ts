// Starts the built dashboard (adapter-node's build/index.js) as a child process on a free port of
// 127.0.0.1 and waits until it answers. Shared by the load and start-time benchmarks and by the
// reliability suite, so every one of them measures the server a user would run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUILD_ENTRY = fileURLToPath(new URL('../build/index.js', import.meta.url));

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const port = (srv.address() as { port: number }).port;
			srv.close(() => resolve(port));
		});
	});
}

export interface RunningServer {
	url: string;
	proc: ChildProcess;
	/** Everything the server wrote to stderr so far (for failure messages). */
	stderr: () => string;
	stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `url` until `ok(status, body)` holds; throws with the last answer after `timeoutMs`. */
export async function waitForPage(
	url: string,
	ok: (status: number, body: string) => boolean,
	timeoutMs: number,
	alive: () => boolean = () => true
): Promise<{ status: number; body: string; ms: number }> {
	const t0 = performance.now();
	let last = 'no answer';
	while (performance.now() - t0 < timeoutMs) {
		if (!alive()) throw new Error(`server exited before ${url} answered (${last})`);
		try {
			const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
			const body = await res.text();
			if (ok(res.status, body)) return { status: res.status, body, ms: performance.now() - t0 };
			last = `HTTP ${res.status}`;
		} catch (e) {
			last = (e as Error).message;
		}
		await sleep(100);
	}
	throw new Error(`${url} did not answer as expected within ${timeoutMs} ms (${last})`);
}

/** Kills a process group started with `detached: true` and waits for the leader to exit. */
export async function killGroup(proc: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
	if (proc.exitCode !== null || proc.signalCode !== null || !proc.pid) return;
	const exited = new Promise<void>((r) => proc.once('exit', () => r()));
	try {
		process.kill(-proc.pid, signal);
	} catch {
		proc.kill(signal);
	}
	await Promise.race([exited, sleep(5000)]);
	if (proc.exitCode === null && proc.signalCode === null) {
		try {
			process.kill(-proc.pid, 'SIGKILL');
		} catch {
			/* already gone */
		}
		await exited;
	}
}

/** Serves `dbPath` with the built dashboard; resolves once it answers a static file. */
export async function startServer(dbPath: string, opts: { env?: Record<string, string>; timeoutMs?: number; buildDir?: string } = {}): Promise<RunningServer> {
	// A private copy of the build (as the e2e setup makes) may be given; else ./build.
	const entry = opts.buildDir ? join(opts.buildDir, 'index.js') : BUILD_ENTRY;
	if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first`);
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const proc = spawn(process.execPath, [entry], {
		cwd: opts.buildDir ?? ROOT,
		detached: true,
		stdio: ['ignore', 'ignore', 'pipe'],
		env: { ...process.env, MURMUR_DB: dbPath, PORT: String(port), HOST: '127.0.0.1', ORIGIN: url, ...opts.env }
	});
	let err = '';
	proc.stderr!.on('data', (d) => (err = (err + d).slice(-20_000)));
	const alive = () => proc.exitCode === null && proc.signalCode === null;
	try {
		// A static file: the server is up. (A page may take long to render on a big corpus; that is
		// what the benchmarks measure, not a readiness question.)
		await waitForPage(`${url}/favicon.svg`, (s) => s < 500, opts.timeoutMs ?? 60_000, alive);
	} catch (e) {
		await killGroup(proc);
		throw new Error(`${(e as Error).message}\n${err}`);
	}
	return { url, proc, stderr: () => err, stop: () => killGroup(proc) };
}

function newestMtime(path: string): number {
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	let newest = st.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

/** True when build/ is missing or older than its inputs (the same test bin/start.js makes). */
export function buildIsStale(): boolean {
	if (!existsSync(BUILD_ENTRY)) return true;
	const built = statSync(BUILD_ENTRY).mtimeMs;
	return ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json']
		.map((p) => join(ROOT, p))
		.some((p) => existsSync(p) && newestMtime(p) > built);
}

/** Builds the dashboard when stale; returns the seconds it took (0 when the build was fresh). */
export function ensureBuild(): number {
	if (!buildIsStale()) return 0;
	const t0 = performance.now();
	const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
		cwd: ROOT,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status ?? r.signal})`);
	return (performance.now() - t0) / 1000;
}

/**
 * A private copy of build/ in `dir` (other people may rebuild build/ during a long run), with the
 * node_modules and package.json the server bundle resolves its dependencies from.
 */
export function privateBuild(dir: string): string {
	const out = join(dir, 'build');
	rmSync(out, { recursive: true, force: true });
	cpSync(join(ROOT, 'build'), out, { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(out, 'node_modules'), 'dir');
	cpSync(join(ROOT, 'package.json'), join(out, 'package.json'));
	return out;
}
