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
	const p = (suite: string, pats: RegExp[], not: RegExp[] = []) => pick(results, suite, pats, not)?.value ?? null;

	const ingest = p('ingest', [/murmur|ingest/i, /\/s|per s/i], [/raw|ratio|%/i]);
	const raw = p('ingest', [/raw/i, /\/s|per s/i], [/ratio|%/i]);
	rows.push(row('ingest', 'canonical NDJSON, comments/s', ingest, { label: 'raw better-sqlite3 insert', value: raw }, '>= 150,000/s and >= 0.6x raw', (m, r) => m >= 150_000 && (r ?? 0) >= 0.6));

	const tag = p('tag', [/murmur|tag/i, /\/s|per s/i], [/vader|afinn|ratio|x /i]);
	const vader = p('tag', [/vader/i, /\/s|per s/i], [/ratio/i]);
	const afinn = p('tag', [/afinn|sentiment pkg|raw/i, /\/s|per s/i], [/ratio/i]);
	rows.push(row('tag', 'full pass (analyse + write), comments/s', tag, { label: 'vader-sentiment', value: vader }, '>= 30,000/s and >= 10x vader', (m, r) => m >= 30_000 && (r ?? 0) >= 10));
	rows.push(row('tag', 'full pass, comments/s', tag, { label: 'raw AFINN', value: afinn }, 'reported', () => true));

	const coord = p('coordination', [/s\b|seconds/i], [/\/s|per s|ratio/i]);
	rows.push(row('coordination', 'whole corpus, seconds', coord, null, '< 60 s at 1M comments', (m) => m < 60));

	for (const f of pickAll(results, 'api', /p95/i)) rows.push(row('api', f.key, f.value, null, '<= 50 ms', (m) => m <= 50));

	for (const f of pickAll(results, 'export', /rows\/s/i)) {
		const csv = /\bcsv\b/i.test(f.key) && !/tsv/i.test(f.key);
		rows.push(row('export', f.key, f.value, null, csv ? '>= 200,000 rows/s' : 'reported', (m) => !csv || m >= 200_000));
	}
	for (const f of pickAll(results, 'export', /rss/i)) rows.push(row('export', f.key, f.value, null, '< 200 MB', (m) => m < 200));

	const errors = (p('load', [/^errors$/]) ?? 0) + (p('load', [/^timeouts$/]) ?? 0) + (p('load', [/non-2xx/]) ?? 0);
	if (results.load && !('error' in results.load)) rows.push(row('load', 'errors + timeouts + non-2xx', errors, null, '0', (m) => m === 0));
	rows.push(row('load', '100 connections x 20 s, p99 ms', p('load', [/p99/]), null, 'reported', () => true));
	rows.push(row('load', 'requests/s', p('load', [/requests\/s/]), null, 'reported', () => true));

	rows.push(row('page weight', 'largest initial JS, KB gzip', p('pageWeight', [/largest page initial JS/]), null, '<= 150 KB', (m) => m <= 150));
	rows.push(row('npm start', 'empty DB to first page with chart, s', p('startTime', [/first page/]), null, 'reported', () => true));

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
