// Load: autocannon against the built server on 127.0.0.1 over the bench corpus, 100 connections
// for 20 s, each connection cycling through every /api endpoint with typical filters.
// Passing means 0 errors, 0 timeouts and 0 non-2xx answers; p99 latency is reported.
// @ts-expect-error autocannon ships no types; the result fields used are declared below.
import autocannon from 'autocannon';
import { apiRouteIds, concretePath, sampleCorpus, typicalQueries } from './apiRoutes';
import { startServer } from './serverProcess';
import { ensureCurrentRollups } from './apiCorpus';

export interface LoadResult {
	paths: string[];
	requests: number;
	requestsPerSecond: number;
	/** Every failed request, timeouts included (autocannon's count). */
	errors: number;
	timeouts: number;
	non2xx: number;
	latencyMs: { p50: number; p90: number; p99: number; max: number };
}

/** Every endpoint x every typical filter combination, as request paths. */
export function loadPaths(dbPath: string): string[] {
	const sample = sampleCorpus(dbPath);
	const paths: string[] = [];
	for (const id of apiRouteIds()) {
		const base = concretePath(id, sample);
		if (base === null) continue;
		for (const q of typicalQueries(sample)) paths.push(q ? `${base}?${q}` : base);
	}
	return paths;
}

interface AutocannonResult {
	requests: { total: number; average: number };
	latency: { p50: number; p90: number; p99: number; max: number };
	errors: number;
	timeouts: number;
	non2xx: number;
	duration: number;
}

export async function runLoad(dbPath: string, opts: { connections?: number; seconds?: number; buildDir?: string } = {}): Promise<LoadResult> {
	ensureCurrentRollups(dbPath);
	const paths = loadPaths(dbPath);
	if (!paths.length) throw new Error('no /api endpoints found under src/routes/api');
	const server = await startServer(dbPath, { buildDir: opts.buildDir });
	try {
		// One untimed pass warms the page cache and the prepared statements.
		for (const p of paths) await (await fetch(server.url + p, { signal: AbortSignal.timeout(300_000) })).arrayBuffer();
		const r = (await autocannon({
			url: server.url,
			connections: opts.connections ?? 100,
			duration: opts.seconds ?? 20,
			timeout: 10,
			requests: paths.map((path) => ({ method: 'GET', path }))
		})) as unknown as AutocannonResult;
		return {
			paths,
			requests: r.requests.total,
			requestsPerSecond: r.requests.total / r.duration,
			errors: r.errors,
			timeouts: r.timeouts,
			non2xx: r.non2xx,
			latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max }
		};
	} finally {
		await server.stop();
	}
}

export async function runLoadBench(opts: { dbPath: string; connections?: number; seconds?: number; buildDir?: string }): Promise<Record<string, unknown>> {
	const r = await runLoad(opts.dbPath, opts);
	return {
		'endpoint x filter paths': r.paths.length,
		connections: opts.connections ?? 100,
		'duration (s)': opts.seconds ?? 20,
		requests: r.requests,
		'requests/s': Math.round(r.requestsPerSecond),
		'errors (incl. timeouts)': r.errors,
		'of which timeouts (10 s)': r.timeouts,
		'non-2xx': r.non2xx,
		'latency p50 (ms)': r.latencyMs.p50,
		'latency p90 (ms)': r.latencyMs.p90,
		'latency p99 (ms)': r.latencyMs.p99,
		'latency max (ms)': r.latencyMs.max,
		pass: r.errors === 0 && r.timeouts === 0 && r.non2xx === 0
	};
}
