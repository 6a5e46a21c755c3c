// Reliability (issue 8), full size: a 50 MB single comment, a 100,000-reply thread (flat and as
// one chain), replies nested 100,000 deep in JSON, XML nested 100,000 deep, invalid UTF-8.
// Each ends accepted-and-exact or refused-in-one-line-with-nothing-written, in bounded memory.
import { afterAll, describe, expect, it } from 'vitest';
import { bigThreads, deepXml, hugeComment, invalidUtf8, nestedJsonReplies, type LimitOutcome } from './scenarios/inputLimits';
import { tempDir } from './lib/crash';

const tmp = tempDir('limits');
const seen: LimitOutcome[] = [];
afterAll(() => {
	console.table(seen.map((o) => ({ case: o.name, outcome: o.outcome, 'peak RSS MB': Math.round(o.peakRssMB ?? 0), seconds: Math.round(o.seconds * 10) / 10 })));
	tmp.cleanup();
});

describe('input limits', () => {
	it('a 50 MB comment (CSV and NDJSON): stored whole, peak RSS under 1 GB', async () => {
		// Measured: ~710 MB (CSV) and ~600 MB (NDJSON), about 12x the comment: bounded, but not flat.
		for (const o of await hugeComment(tmp.dir, 50, 1024)) {
			seen.push(o);
			expect(o.outcome).toBe('accepted');
		}
	});
	it('100,000 replies to one comment and a 100,000-deep chain: threads resolved, under 450 MB', async () => {
		for (const o of await bigThreads(tmp.dir, 100_000, 450)) {
			seen.push(o);
			expect(o.outcome).toBe('accepted');
		}
	});
	it('replies nested 100,000 deep in canonical JSON: stored or refused clearly, under 450 MB', async () => {
		seen.push(await nestedJsonReplies(tmp.dir, 100_000, 450));
	});
	it('Disqus and WXR documents nested 100,000 elements deep: stored or refused clearly, under 450 MB', async () => {
		seen.push(...(await deepXml(tmp.dir, 100_000, 450)));
	});
	it('invalid UTF-8 in CSV and NDJSON: decoded by a detected charset or rejected, and said so', async () => {
		seen.push(...(await invalidUtf8(tmp.dir, 450)));
	});
});
