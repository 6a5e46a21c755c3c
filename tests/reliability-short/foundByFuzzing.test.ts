// Inputs the reliability fuzzer found that stopped an importer, kept as fixed cases (issue 8).
// Each runs through the real CLI in its own process with a time limit, so a hang or a V8 abort
// fails this test instead of killing the test runner. Expected: a clear outcome, like any input.
import { afterAll, describe, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { ingestWithin } from '../reliability/scenarios/inputLimits';
import { tempDir } from '../reliability/lib/crash';

const tmp = tempDir('found');
afterAll(() => tmp.cleanup());
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/reliability/${name}`, import.meta.url));

describe('inputs found by fuzzing', () => {
	// A pasted page cut off right after its "Author" heading: the author-block loop restarted from the
	// top forever (a V8 "invalid size" abort after ~1 GB, or a hang), found by tests/reliability/fuzz.test.ts.
	for (const name of ['page-author-heading-at-end.txt', 'page-author-heading-last-line.txt'])
		it(`page: ${name} ends cleanly`, async () => {
			await ingestWithin(tmp.dir, name, fixture(name), { maxRssMB: 400, args: ['--format', 'page'], timeoutMs: 15_000 });
		}, 40_000);
});
