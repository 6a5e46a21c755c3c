// Short variant of the reliability suite (issue 8), run by `npm test`: fast-check fuzzing of every
// importer, ~100 generated and mutated documents per format. The full suite runs 1,500 per format.
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzImporter } from '../reliability/scenarios/fuzz';
import { FUZZ_FORMATS } from '../reliability/lib/formatWriters';
import { tempDir } from '../reliability/lib/crash';

const tmp = tempDir('fuzz-short');
afterAll(() => tmp.cleanup());

describe('fuzzing every importer (short)', () => {
	for (const format of FUZZ_FORMATS)
		it(`${format}: valid documents ingest exactly; mutated ones never crash, fail in place and never half-write`, async () => {
			const r = await fuzzImporter(tmp.dir, format, { valid: 30, mutated: 70, seed: 42 });
			expect(r.valid + r.mutated).toBe(100);
		});
});
