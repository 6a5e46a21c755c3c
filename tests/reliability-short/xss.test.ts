// Short variant of the reliability suite (issue 8), run by `npm test`: the OWASP XSS corpus in
// every user-controlled field, the list views and a spread of story pages opened in Chromium.
// The full suite opens every story page and tries every payload as a filter value.
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { xssEveryView } from '../reliability/scenarios/xss';
import { tempDir } from '../reliability/lib/crash';
import { BUILD_ENTRY } from '../../bench/serverProcess';

const tmp = tempDir('xss-short');
afterAll(() => tmp.cleanup());

/** The e2e global setup's private copy of the build when it ran, else ./build. */
function buildDir(): string | undefined {
	let dir = '';
	try {
		dir = (inject as (k: string) => string)('dashboardDir') ?? '';
	} catch {
		dir = '';
	}
	return dir || undefined;
}

describe('XSS payloads in every field, every view in Chromium (short)', () => {
	it('runs no payload, turns none into markup and shows the text literally', async () => {
		const dir = buildDir();
		expect(dir || existsSync(BUILD_ENTRY), 'the dashboard must be built (the e2e global setup builds it)').toBeTruthy();
		const r = await xssEveryView(tmp.dir, { articlePages: 3, filterPayloads: 2, buildDir: dir });
		expect(r.literalChecks).toBe(3 * 3);
		console.log(`xss: ${r.payloads} payloads, ${r.pages} pages opened, ${r.literalChecks} literal checks`);
	}, 300_000);
});
