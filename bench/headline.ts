// The headline table of a bench run: each suite's key figure next to its anchor (measured in the
// same run) and the target its issue sets. Figures are found in the suites' results by name
// patterns, so a suite can word its own table freely; a figure that is missing shows as n/a.

export type Figures = Record<string, unknown>;
export type Results = Record<string, Figures>;

export interface HeadlineRow {
	area: string;
	figure: string;
	murmur: number | null;
	anchor: string;
	ratio: number | null;
	target: string;
	met: boolean | null;
}

export function formatValue(v: unknown): string {
	if (typeof v === 'number') {
		if (!Number.isFinite(v)) return String(v);
		const abs = Math.abs(v);
		return v.toLocaleString('en-US', { maximumFractionDigits: abs >= 100 ? 0 : abs >= 1 ? 2 : 3 });
	}
	if (typeof v === 'boolean') return v ? 'yes' : 'no';
	if (typeof v === 'string') return v;
	return JSON.stringify(v);
}

/** The first numeric figure of `suite` whose name matches every pattern (and none of `not`). */
export function pick(results: Results, suite: string, patterns: RegExp[], not: RegExp[] = []): { key: string; value: number } | null {
	const figures = results[suite];
	if (!figures) return null;
	for (const [key, value] of Object.entries(figures)) {
		if (typeof value !== 'number' || !Number.isFinite(value)) continue;
		if (patterns.every((p) => p.test(key)) && !not.some((p) => p.test(key))) return { key, value };
	}
	return null;
}

/** All numeric figures of `suite` whose name matches, for per-endpoint / per-format rows. */
export function pickAll(results: Results, suite: string, pattern: RegExp): { key: string; value: number }[] {
	return Object.entries(results[suite] ?? {})
		.filter(([k, v]) => typeof v === 'number' && pattern.test(k))
		.map(([key, value]) => ({ key, value: value as number }));
}

function row(area: string, figure: string, murmur: number | null, anchor: { label: string; value: number | null } | null, target: string, met: (m: number, ratio: number | null) => boolean): HeadlineRow {
	const ratio = murmur !== null && anchor?.value ? murmur / anchor.value : null;
	return {
		area,
		figure,
		murmur,
		anchor: anchor ? `${anchor.label}${anchor.value !== null ? ` ${formatValue(anchor.value)}` : ' n/a'}` : '',
		ratio,
		target,
		met: murmur === null ? null : met(murmur, ratio)
	};
}

export function headline(results: Results): { rows: HeadlineRow[]; markdown: string } {
	const rows: HeadlineRow[] = [];
	// Exact figure names the suites print; a pattern as a fallback if a suite renames one.
	const get = (suite: string, key: string, fallback?: RegExp[]): number | null => {
		const v = results[suite]?.[key];
		if (typeof v === 'number' && Number.isFinite(v)) return v;
		return fallback ? (pick(results, suite, fallback)?.value ?? null) : null;
	};

	rows.push(row('demo', 'murmur demo: generate + load the corpus, s', get('demo', 'murmur demo total, s'), null, 'reported', () => true));

	const ingest = get('ingest', 'ingestPerSecond', [/ingest/i, /per ?s/i]);
	const raw = get('ingest', 'rawPerSecond', [/raw/i, /per ?s/i]);
	rows.push(row('ingest', 'canonical NDJSON, comments/s', ingest, { label: 'raw better-sqlite3 INSERT', value: raw }, '>= 150,000/s and >= 0.6x raw', (m, r) => m >= 150_000 && (r ?? 0) >= 0.6));
	const rawFts = get('ingest', 'rawWithFtsPerSecond');
	if (rawFts !== null) rows.push(row('ingest', 'canonical NDJSON, comments/s', ingest, { label: 'raw INSERT + same FTS build', value: rawFts }, 'reported', () => true));

	const tag = get('tag', 'murmur tag full pass (analyse + write), comments/s', [/murmur tag/i, /comments\/s/i]);
	const vader = get('tag', 'vader-sentiment, comments/s (1 thread)', [/vader/i, /comments\/s/i]);
	const afinn = get('tag', 'raw AFINN sentiment pkg, comments/s (1 thread)', [/afinn/i, /comments\/s/i]);
	rows.push(row('tag', 'full pass (analyse + write), comments/s', tag, { label: 'vader-sentiment', value: vader }, '>= 30,000/s and >= 10x vader', (m, r) => m >= 30_000 && (r ?? 0) >= 10));
	rows.push(row('tag', 'full pass (analyse + write), comments/s', tag, { label: 'raw AFINN', value: afinn }, 'reported', () => true));

	const coord = get('coordination', 'whole corpus (read, detect, write) seconds', [/seconds/i]);
	const projected = get('coordination', 'projected seconds at 1,000,000 comments');
	rows.push(row('coordination', 'whole corpus, s', coord, null, 'reported', () => true));
	rows.push(row('coordination', 'projected to 1,000,000 comments, s', projected, null, '< 60 s', (m) => m < 60));

	// Every endpoint's p95 is in the api table; the headline shows the slowest of each kind.
	const p95 = pickAll(results, 'api', /p95 ms$/);
	const slowest = (xs: { key: string; value: number }[]) => xs.reduce<{ key: string; value: number } | null>((a, b) => (!a || b.value > a.value ? b : a), null);
	const simple = slowest(p95.filter((f) => !/search\/author\/hour/.test(f.key)));
	const fallback = slowest(p95.filter((f) => /search\/author\/hour/.test(f.key)));
	if (simple) rows.push(row('api', `slowest p95 of ${p95.length / 2} endpoints, ms (${simple.key.replace(/ p95 ms$/, '')})`, simple.value, null, '<= 50 ms', (m) => m <= 50));
	if (fallback) rows.push(row('api', `slowest p95 with search / author / hour filters, ms (${fallback.key.replace(/ search.*$/, '')})`, fallback.value, null, 'reported', () => true));

	for (const f of pickAll(results, 'export', /rows\/s$/)) {
		const csv = /^csv /i.test(f.key);
		rows.push(row('export', f.key, f.value, null, csv ? '>= 200,000 rows/s' : 'reported', (m) => !csv || m >= 200_000));
	}
	for (const f of pickAll(results, 'export', /peak RSS MB$/)) rows.push(row('export', f.key, f.value, null, '< 200 MB', (m) => m < 200));

	if (results.load && !('error' in results.load)) {
		// autocannon counts timeouts among its errors.
		const failures = (get('load', 'errors (incl. timeouts)', [/^errors/]) ?? 0) + (get('load', 'non-2xx') ?? 0);
		rows.push(row('load', '100 connections x 20 s: errors (incl. timeouts) + non-2xx', failures, null, '0', (m) => m === 0));
	}
	rows.push(row('load', 'latency p99, ms', get('load', 'latency p99 (ms)'), null, 'reported', () => true));
	rows.push(row('load', 'requests/s', get('load', 'requests/s'), null, 'reported', () => true));

	rows.push(row('page weight', 'largest initial JS, KB gzip', get('pageWeight', 'largest page initial JS gzip KB'), null, '<= 150 KB', (m) => m <= 150));
	rows.push(row('npm start', 'empty DB to first page with chart, s', get('startTime', 'npm start to first page with chart (s)'), null, 'reported', () => true));

	const md = [
		'| area | figure | murmur | anchor (same run) | ratio | target | met |',
		'|---|---|---:|---|---:|---|---|',
		...rows.map(
			(r) =>
				`| ${r.area} | ${r.figure} | ${r.murmur === null ? 'n/a' : formatValue(r.murmur)} | ${r.anchor} | ${r.ratio === null ? '' : r.ratio.toFixed(2) + 'x'} | ${r.target} | ${r.met === null ? 'n/a' : r.met ? 'yes' : 'NO'} |`
		)
	].join('\n');
	return { rows, markdown: md };
}
