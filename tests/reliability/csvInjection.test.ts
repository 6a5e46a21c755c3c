// Reliability (issue 8): CSV-injection payloads in every user-controlled text field survive an
// export round trip neutralised (CSV, TSV, XLSX) or exact (JSON, NDJSON, Parquet), through
// `murmur export` and through the dashboard's /export.<format> endpoint.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_PAYLOADS, buildCsvInjectionDb, csvInjectionRoundTrip } from './scenarios/csvInjection';
import { tempDir } from './lib/crash';
import { ensureBuild, privateBuild, startServer, type RunningServer } from '../../bench/serverProcess';

const tmp = tempDir('csv');
afterAll(() => tmp.cleanup());
const rows = CSV_PAYLOADS.length * 3;
const all = { csv: rows, tsv: rows, xlsx: rows, json: rows, ndjson: rows, parquet: rows };

describe('CSV injection', () => {
	let buildDir = '';
	beforeAll(() => {
		ensureBuild();
		buildDir = privateBuild(tmp.dir);
	});

	it('murmur export: neutralised in spreadsheet formats, exact in data formats', async () => {
		expect(await csvInjectionRoundTrip(`${tmp.dir}`)).toEqual(all);
	});

	it('GET /export.<format>: the same', async () => {
		const dir = `${tmp.dir}/http`;
		mkdirSync(dir, { recursive: true });
		const exp = buildCsvInjectionDb(dir);
		let server: RunningServer | null = null;
		try {
			server = await startServer(exp.db, { buildDir });
			expect(await csvInjectionRoundTrip(dir, undefined, { exp, baseUrl: server.url })).toEqual(all);
		} finally {
			await server?.stop();
		}
	});
});
