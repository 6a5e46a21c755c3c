// Property tests (fast-check) for every format: random and mutated input never crashes the process,
// never half-writes, and always names the position of the fault. Modest case counts here
// (MURMUR_PROPERTY_RUNS overrides); the reliability suite runs 1,000+ through properties.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { detectFormat } from '../../src/lib/ingest/detect';
import { PROPERTY_FORMATS, detectProperty, ingestProperty } from './properties';

const RUNS = Number(process.env.MURMUR_PROPERTY_RUNS ?? 200);

describe('ingest properties', () => {
	it.each(PROPERTY_FORMATS)('%s: random and mutated input', async (format) => {
		await fc.assert(ingestProperty(format), { numRuns: RUNS, seed: 20260501 });
	}, 300_000);

	it('detection: any head, any name', () => {
		fc.assert(detectProperty(detectFormat), { numRuns: RUNS * 5, seed: 20260501 });
	});
});
