// Reliability (issue 8): fast-check fuzzing of every importer, 1,500 cases per format: 500 valid
// generated documents (ingested exactly) and 1,000 mutated ones (no crash, a positioned one-line
// error, no partial write, integrity ok).
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzImporter, type FuzzReport } from './scenarios/fuzz';
import { FUZZ_FORMATS } from './lib/formatWriters';
import { tempDir } from './lib/crash';

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
});
