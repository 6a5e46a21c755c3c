// Runs the real CLI (bin/murmur.js) as a child process: crash tests must kill a real process,
// and memory bounds must be measured on one. Peak RSS comes from GNU time (%M, kilobytes),
// which counts the whole process including its worker threads.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const MURMUR = fileURLToPath(new URL('../../../bin/murmur.js', import.meta.url));
const GNU_TIME = '/usr/bin/time';

export interface CliResult {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
	/** Peak resident memory in MB, when GNU time is available. */
	peakRssMB: number | null;
	seconds: number;
}

const RSS_MARK = '@@maxrss=';

function spawnCli(db: string, args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}): ChildProcess {
	const node = [process.execPath, MURMUR, '--db', db, ...args];
	const withTime = existsSync(GNU_TIME) ? [GNU_TIME, '-f', `${RSS_MARK}%M`, ...node] : node;
	return spawn(withTime[0], withTime.slice(1), {
		cwd: ROOT,
		detached: true, // its own process group, so kill -9 reaches every process of the run
		stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
		env: { ...process.env, TZ: 'UTC', FORCE_COLOR: '0', ...opts.env }
	});
}

function collect(proc: ChildProcess, t0: number): Promise<CliResult> {
	let stdout = '';
	let stderr = '';
	proc.stdout!.setEncoding('utf8').on('data', (d) => (stdout += d));
	proc.stderr!.setEncoding('utf8').on('data', (d) => (stderr += d));
	return new Promise((resolve) => {
		proc.on('close', (code, signal) => {
			const m = stderr.match(new RegExp(`${RSS_MARK}(\\d+)\\s*$`));
			if (m) stderr = stderr.slice(0, m.index);
			// GNU time reports a signalled child as "Command terminated by signal 9".
			stderr = stderr.replace(/^Command (terminated by signal|exited with non-zero status) \d+\n?/m, '');
			resolve({ code, signal, stdout, stderr, peakRssMB: m ? Number(m[1]) / 1024 : null, seconds: (performance.now() - t0) / 1000 });
		});
	});
}

/** Runs `murmur --db DB ...args` to completion, or kills it (SIGKILL) after `timeoutMs`. */
export async function runMurmur(db: string, args: string[], opts: { input?: string | Buffer; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<CliResult> {
	const t0 = performance.now();
	const proc = spawnCli(db, args, opts);
	const done = collect(proc, t0);
	if (opts.input !== undefined) proc.stdin!.end(opts.input);
	const timer = opts.timeoutMs
		? setTimeout(() => {
				try {
					process.kill(-proc.pid!, 'SIGKILL');
				} catch {
					/* already gone */
				}
			}, opts.timeoutMs)
		: undefined;
	const r = await done;
	clearTimeout(timer);
	return r;
}

/**
 * Starts `murmur ...args` and kills its process group with SIGKILL: `afterMs` after the start, or,
 * when `once` is given, `afterMs` after `once()` first holds (polled every 20 ms; e.g. "the first
 * batch is committed"), so a kill can be aimed into the middle of the writing.
 */
export async function runAndKill(db: string, args: string[], afterMs: number, once?: () => boolean): Promise<CliResult & { killed: boolean }> {
	const t0 = performance.now();
	const proc = spawnCli(db, args);
	const done = collect(proc, t0);
	let killed = false;
	let finished = false;
	const kill = () => {
		if (finished || proc.exitCode !== null || !proc.pid) return;
		try {
			process.kill(-proc.pid, 'SIGKILL');
			killed = true;
		} catch {
			/* it finished first */
		}
	};
	let timer: NodeJS.Timeout | undefined;
	let poll: NodeJS.Timeout | undefined;
	if (!once) timer = setTimeout(kill, afterMs);
	else
		poll = setInterval(() => {
			let ready = false;
			try {
				ready = once();
			} catch {
				ready = false; // no database or schema yet
			}
			if (ready) {
				clearInterval(poll);
				timer = setTimeout(kill, afterMs);
			}
		}, 20);
	const r = await done;
	finished = true;
	clearTimeout(timer);
	clearInterval(poll);
	return { ...r, killed };
}

/** Runs to completion, noting when `progressed()` first held (ms after the start; null if never). */
export async function runObserved(db: string, args: string[], progressed: () => boolean): Promise<CliResult & { firstProgressMs: number | null }> {
	const t0 = performance.now();
	const proc = spawnCli(db, args);
	const done = collect(proc, t0);
	let firstProgressMs: number | null = null;
	const poll = setInterval(() => {
		try {
			if (progressed()) {
				firstProgressMs = performance.now() - t0;
				clearInterval(poll);
			}
		} catch {
			/* no database or schema yet */
		}
	}, 20);
	const r = await done;
	clearInterval(poll);
	return { ...r, firstProgressMs };
}
