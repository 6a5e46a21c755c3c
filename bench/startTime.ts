// `npm start` from an empty machine state: no database yet (the build is made first and not
// counted; a fresh clone pays for it once). Times bin/start.js until GET / answers 200 with the
// overview chart drawn, and splits the time into the phases start.js reports.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, ensureBuild, freePort, killGroup, waitForPage } from './serverProcess';

export interface StartTime {
	/** Seconds from spawning `node bin/start.js` to the first 200 of / with a chart in it. */
	firstPageSeconds: number;
	/** The phases start.js printed ("creating the demo corpus": 12.3, "tagging it": 4.5). */
	phases: Record<string, number>;
	/** Seconds spent building beforehand because build/ was stale (not part of the figure). */
	buildSeconds: number;
}

/** A server-rendered overview with its chart: an <svg> in a 200 answer. */
export const hasChart = (status: number, body: string) => status === 200 && /<svg[\s>]/.test(body);

export async function measureStartTime(opts: { timeoutMs?: number } = {}): Promise<StartTime> {
	const buildSeconds = ensureBuild();
	const dir = mkdtempSync(join(tmpdir(), 'murmur-start-'));
	const dbPath = join(dir, 'murmur.db');
	rmSync(dbPath, { force: true });
	const port = await freePort();
	const t0 = performance.now();
	const proc = spawn(process.execPath, [join(ROOT, 'bin', 'start.js')], {
		cwd: ROOT,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, MURMUR_DB: dbPath, PORT: String(port), HOST: '127.0.0.1' }
	});
	let log = '';
	proc.stdout!.on('data', (d) => (log += d));
	proc.stderr!.on('data', (d) => (log += d));
	const alive = () => proc.exitCode === null && proc.signalCode === null;
	try {
		await waitForPage(`http://127.0.0.1:${port}/`, hasChart, opts.timeoutMs ?? 600_000, alive);
		const firstPageSeconds = (performance.now() - t0) / 1000;
		const phases: Record<string, number> = {};
		for (const m of log.matchAll(/^murmur: (.+) done in ([\d.]+) s$/gm)) phases[m[1].replace(/ in \/.*$/, '')] = Number(m[2]);
		return { firstPageSeconds, phases, buildSeconds };
	} catch (e) {
		throw new Error(`${(e as Error).message}\nstart.js said:\n${log.slice(-4000)}`);
	} finally {
		await killGroup(proc);
		rmSync(dir, { recursive: true, force: true });
	}
}

export async function runStartTimeBench(): Promise<Record<string, unknown>> {
	const r = await measureStartTime();
	const figures: Record<string, unknown> = { 'npm start to first page with chart (s)': round(r.firstPageSeconds) };
	for (const [phase, s] of Object.entries(r.phases)) figures[`  of which ${phase} (s)`] = round(s);
	if (r.buildSeconds) figures['build beforehand, not counted (s)'] = round(r.buildSeconds);
	return figures;
}

const round = (n: number) => Math.round(n * 100) / 100;
