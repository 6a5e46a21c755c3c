// Reliability (issue 8): fast-check fuzzing of every importer, 2,500 cases per format:
//   - this suite's model-based cases: 500 valid generated documents (ingested exactly) and 1,000
//     mutated ones (no crash, a positioned one-line error, no partial write, integrity ok);
//   - the ingest tests' own property (tests/ingest/properties.ts: mutated fixtures, random text and
//     bytes, checked against the parser run in memory), 1,000 cases per format instead of 200.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzImporter, type FuzzReport } from './scenarios/fuzz';
import { FUZZ_FORMATS } from './lib/formatWriters';
import { tempDir } from './lib/crash';
import { PROPERTY_FORMATS, ingestProperty } from '../ingest/properties';

const tmp = tempDir('fuzz');
const reports: FuzzReport[] = [];
afterAll(() => {
	console.table(reports);
	tmp.cleanup();
});

describe('fuzzing every importer', () => {
	for (const format of FUZZ_FORMATS)
		it(`${format}: 500 generated + 1,000 mutated documents`, async () => {
			const r = await fuzzImporter(tmp.dir, format, { valid: 500, mutated: 1000, seed: 8 });
			reports.push(r);
			expect(r.valid + r.mutated).toBe(1500);
		});

	for (const format of PROPERTY_FORMATS)
		it(`${format}: the ingest property, 1,000 mutated fixtures and random inputs`, async () => {
			await fc.assert(ingestProperty(format), { numRuns: 1000, seed: 8 });
		});
});
