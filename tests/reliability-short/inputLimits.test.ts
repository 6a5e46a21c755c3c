// Short variant of the reliability suite (issue 8), run by `npm test`: the input-limit cases at a
// tenth of their size (5 MB comment, 10,000-reply threads, nesting 10,000 deep) plus invalid UTF-8.
// The full suite runs them at full size (50 MB, 100,000).
import { afterAll, describe, expect, it } from 'vitest';
import { bigThreads, deepXml, hugeComment, invalidUtf8, nestedJsonReplies } from '../reliability/scenarios/inputLimits';
import { tempDir } from '../reliability/lib/crash';

const tmp = tempDir('limits-short');
afterAll(() => tmp.cleanup());

// Peak RSS of the CLI process: node + tsx + the app is ~140 MB before reading anything.
const BOUND_MB = 400;

describe('input limits (short)', () => {
	it('a 5 MB comment is stored whole, in bounded memory', async () => {
		for (const o of await hugeComment(tmp.dir, 5, BOUND_MB)) expect(o.outcome).toBe('accepted');
	}, 120_000);
	it('10,000 replies to one comment and a 10,000-deep reply chain resolve', async () => {
		for (const o of await bigThreads(tmp.dir, 10_000, BOUND_MB)) expect(o.outcome).toBe('accepted');
	}, 120_000);
	it('replies nested 10,000 deep in JSON and XML nested 10,000 deep: stored, or refused in one clear line', async () => {
		const outcomes = [await nestedJsonReplies(tmp.dir, 10_000, BOUND_MB), ...(await deepXml(tmp.dir, 10_000, BOUND_MB))];
		expect(outcomes.map((o) => o.name)).toEqual(['json-replies-10000-deep', 'disqus-xml-10000-deep', 'wxr-xml-10000-deep']);
	}, 120_000);
	it('invalid UTF-8 is decoded by a detected charset or rejected with its position, and said so', async () => {
		const outcomes = await invalidUtf8(tmp.dir, BOUND_MB);
		expect(outcomes).toHaveLength(2);
	}, 120_000);
});
