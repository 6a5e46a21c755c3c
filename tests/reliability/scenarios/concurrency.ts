// Concurrency: the dashboard serves reads while a large ingest and then a tag run write to the
// same database. The server opens it read-only in WAL mode, so no request may fail or wait for
// a writer: every answer during the writes must be a 2xx with a well-formed body.
import { join } from 'node:path';
import { expect } from 'vitest';
import { apiRouteIds, concretePath, sampleCorpus, typicalQueries } from '../../../bench/apiRoutes';
import { startServer, type RunningServer } from '../../../bench/serverProcess';
import { runMurmur } from '../lib/cli';
import { generateCorpus, writeCsv } from '../lib/corpus';
import { counts, integrityProblems } from '../lib/dbCheck';

export interface ConcurrencyReport {
	requests: number;
	failures: string[];
	maxLatencyMs: number;
	ingestSeconds: number;
	tagSeconds: number;
	commentsAfter: number;
	/** Unfiltered comment counts the overview reported, in completion order (for the report). */
	observedTotals: number[];
}

/** Paths a dashboard user hits: every page and every /api endpoint with typical filters. */
function readPaths(dbPath: string): string[] {
	const sample = sampleCorpus(dbPath);
	const paths = ['/', '/topics', '/emoji', '/comments'];
	if (sample.articleId !== null) paths.push(`/articles/${sample.articleId}`);
	for (const id of apiRouteIds()) {
		const base = concretePath(id, sample);
		if (base) for (const q of typicalQueries(sample)) paths.push(q ? `${base}?${q}` : base);
	}
	return paths;
}

export async function readsDuringWrites(dir: string, opts: { baseComments: number; addComments: number; readers: number; seed: number; buildDir?: string }): Promise<ConcurrencyReport> {
	// The starting corpus: ingested and tagged, as a user would have it.
	const db = join(dir, 'concurrent.db');
	const base = join(dir, 'base.csv');
	await writeCsv(base, generateCorpus(opts.baseComments, opts.seed));
	for (const args of [['ingest', base], ['tag']]) {
		const r = await runMurmur(db, args);
		expect(r.code, `${args[0]}: ${r.stderr}`).toBe(0);
	}
	// The big write: a second corpus (other ids, other articles) into the same database.
	const more = join(dir, 'more.csv');
	const extra = generateCorpus(opts.addComments, opts.seed + 1);
	for (const a of extra.articles) a.id = `more-${a.id}`;
	for (const c of extra.comments) {
		c.id = `more-${c.id}`;
		c.articleId = `more-${c.articleId}`;
		if (c.parentId) c.parentId = `more-${c.parentId}`;
	}
	await writeCsv(more, extra);

	const paths = readPaths(db);
	const overview = paths.find((p) => /^\/api\/[^?]*overview[^?]*$/.test(p)) ?? paths.find((p) => p.startsWith('/api/'));
	let server: RunningServer | null = null;
	const failures: string[] = [];
	const observedTotals: number[] = [];
	let requests = 0;
	let maxLatencyMs = 0;
	let writing = true;
	try {
		server = await startServer(db, { buildDir: opts.buildDir });
		const url = server.url;
		const reader = async (offset: number) => {
			for (let i = offset; writing; i++) {
				const path = paths[i % paths.length];
				const t0 = performance.now();
				try {
					const res = await fetch(url + path, { signal: AbortSignal.timeout(30_000) });
					const body = await res.text();
					maxLatencyMs = Math.max(maxLatencyMs, performance.now() - t0);
					requests++;
					if (res.status < 200 || res.status > 299) failures.push(`${path}: HTTP ${res.status} ${body.slice(0, 200)}`);
					else if (path.startsWith('/api/')) {
						const json = JSON.parse(body);
						if (path === overview && typeof json?.meta?.n === 'number') observedTotals.push(json.meta.n);
					}
				} catch (e) {
					// undici hides the socket error behind "fetch failed": keep its cause for the report.
					const cause = (e as { cause?: { code?: string; message?: string } }).cause;
					failures.push(`${path}: ${(e as Error).message}${cause ? ` (${cause.code ?? ''} ${cause.message ?? ''})` : ''} after ${Math.round(performance.now() - t0)} ms`);
				}
			}
		};
		const readers = Array.from({ length: opts.readers }, (_, i) => reader(i * 7));
		const ingest = await runMurmur(db, ['ingest', more]);
		const tag = await runMurmur(db, ['tag']);
		writing = false;
		await Promise.all(readers);
		expect(ingest.code, `ingest beside the server: ${ingest.stderr}`).toBe(0);
		expect(tag.code, `tag beside the server: ${tag.stderr}`).toBe(0);
		expect(failures.slice(0, 10), 'requests that failed while ingest and tag wrote').toEqual([]);
		expect(server.stderr(), 'server errors').not.toMatch(/SQLITE_BUSY|database is locked|Error:/);
		expect(integrityProblems(db)).toEqual([]);
		const c = counts(db);
		expect(c.comments).toBe(opts.baseComments + opts.addComments);
		return { requests, failures, maxLatencyMs, ingestSeconds: ingest.seconds, tagSeconds: tag.seconds, commentsAfter: c.comments, observedTotals };
	} finally {
		writing = false;
		await server?.stop();
	}
}
