// Short variant of the reliability suite (issue 8), run by `npm test`: CSV-injection payloads
// survive an export round trip neutralised, in every format. The full suite runs the same scenario.
import { afterAll, describe, expect, it } from 'vitest';
import { CSV_PAYLOADS, csvInjectionRoundTrip } from '../reliability/scenarios/csvInjection';
import { tempDir } from '../reliability/lib/crash';

const tmp = tempDir('csv');
afterAll(() => tmp.cleanup());

describe('CSV injection through murmur export', () => {
	it('neutralises formula starts in CSV, TSV and XLSX and keeps JSON, NDJSON and Parquet exact', async () => {
		const checked = await csvInjectionRoundTrip(tmp.dir);
		// Three comments per payload, every one exported in every format.
		const rows = CSV_PAYLOADS.length * 3;
		expect(checked).toEqual({ csv: rows, tsv: rows, xlsx: rows, json: rows, ndjson: rows, parquet: rows });
	});
});
