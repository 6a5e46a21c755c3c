// kill -9 at random points, then a rerun: the scenario behind "a process killed mid-ingest (or
// mid-tag) loses nothing it reported as committed, and a rerun finishes the job with no duplicates".
// Kill times are drawn from a seeded generator over the span of an uninterrupted run, so a failing
// seed can be replayed.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAndKill, runMurmur, type CliResult } from './cli';
import { mulberry32 } from '../../../src/lib/mulberry32';

export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
	const dir = mkdtempSync(join(tmpdir(), `murmur-rel-${prefix}-`));
	return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copies a closed SQLite database with its WAL, if any. */
export function copyDb(from: string, to: string): void {
	for (const ext of ['-wal', '-shm']) rmSync(to + ext, { force: true });
	copyFileSync(from, to);
	for (const ext of ['-wal', '-shm']) if (existsSync(from + ext)) copyFileSync(from + ext, to + ext);
}

export function removeDb(path: string): void {
	for (const ext of ['', '-wal', '-shm']) rmSync(path + ext, { force: true });
}

export interface KillRecord {
	cycle: number;
	/** Milliseconds after the start, or after the first commit when `aimed`. */
	afterMs: number;
	aimed: boolean;
	killed: boolean;
	/** What the process had written when it died (from `observe`), for the report. */
	state: string;
}

export interface CrashPlan {
	/** Kills in total, spread over cycles of 1, 2, 1, 2... consecutive kills before a full rerun. */
	kills: number;
	seed: number;
	/** The CLI arguments of the run under test (e.g. ['ingest', file] or ['tag']). */
	args: string[];
	/** Arguments of the completing rerun (default: args), e.g. with --json to read its summary. */
	rerunArgs?: string[];
	/** True once the run under test has committed some work; every other kill is aimed after it. */
	progressed: (db: string) => boolean;
	/** Puts the database into its starting state (empty, or a copy of an ingested corpus). */
	prepare: (db: string) => void;
	/** Seconds an uninterrupted run takes (measured by the caller on the reference run). */
	referenceSeconds: number;
	/** Milliseconds from the first commit to the end in the reference run: where aimed kills land. */
	writeWindowMs?: number | null;
	/** Upper bound for aimed kills after the first commit, when the write phase is shorter than the reference's tail (tag then runs coordination and rollups). */
	aimWithinMs?: number;
	/** Checks made after every kill (the state the crash left must already be consistent). */
	afterKill: (db: string, kill: KillRecord) => void;
	/** Called just before the completing rerun (e.g. to count what the kills left). */
	beforeRerun?: (db: string) => void;
	/** Checks made after the completing rerun of a cycle. */
	afterRerun: (db: string, rerun: CliResult, cycle: number) => void;
}

/** Runs the plan; returns every kill for the report. Throws (through the callbacks) on the first fault. */
export async function crashCycles(dir: string, plan: CrashPlan): Promise<KillRecord[]> {
	const rnd = mulberry32(plan.seed);
	const db = join(dir, 'crash.db');
	const records: KillRecord[] = [];
	let cycle = 0;
	while (records.length < plan.kills) {
		removeDb(db);
		plan.prepare(db);
		const inCycle = Math.min(cycle % 2 === 0 ? 1 : 2, plan.kills - records.length);
		for (let k = 0; k < inCycle; k++) {
			// Between 5% and 95% of an uninterrupted run; retried earlier if the run won the race.
			let span = plan.referenceSeconds * 1000;
			for (let attempt = 0; ; attempt++) {
				// Odd kills: a random time after the first commit (mid-write); even kills: a random time
				// after the start (anywhere, startup and migrations included).
				const aimed = records.length % 2 === 1;
				const window = Math.min(plan.writeWindowMs ?? span * 0.6, plan.aimWithinMs ?? Infinity);
				// The first aimed kill lands as soon as the first commit is seen, so every run has at least one
				// kill in the middle of the writes however loaded the machine is; later ones spread over the window.
				const firstAimed = aimed && !records.some((r) => r.aimed);
				const afterMs = Math.round(aimed ? (firstAimed ? 0 : window * 0.9 * rnd() * (span / (plan.referenceSeconds * 1000))) : span * (0.05 + 0.9 * rnd()));
				const r = await runAndKill(db, plan.args, afterMs, aimed ? () => plan.progressed(db) : undefined);
				const rec: KillRecord = { cycle, afterMs, aimed, killed: r.killed && r.signal === 'SIGKILL', state: '' };
				if (!rec.killed && r.code !== 0) throw new Error(`murmur ${plan.args.join(' ')} failed before the kill: ${r.stderr}`);
				if (!rec.killed && k > 0) break; // a resumed run finished first: nothing left to interrupt
				if (!rec.killed && attempt < 5) {
					// It finished: the state is complete, so start the cycle's database again and aim earlier.
					removeDb(db);
					plan.prepare(db);
					span *= 0.6;
					continue;
				}
				plan.afterKill(db, rec);
				records.push(rec);
				break;
			}
		}
		plan.beforeRerun?.(db);
		const rerun = await runMurmur(db, plan.rerunArgs ?? plan.args);
		if (rerun.code !== 0) throw new Error(`rerun of murmur ${plan.args.join(' ')} exited ${rerun.code}: ${rerun.stderr}`);
		plan.afterRerun(db, rerun, cycle);
		cycle++;
	}
	return records;
}
