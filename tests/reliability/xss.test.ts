// Reliability (issue 8): the OWASP XSS filter-evasion corpus in comment text, usernames, titles,
// URLs, sections, topics, targets, evidence and cluster phrases; every view, every story page and
// every payload as a filter value, opened in Chromium against the built server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xssEveryView } from './scenarios/xss';
import { tempDir } from './lib/crash';
import { ensureBuild, privateBuild } from '../../bench/serverProcess';

const tmp = tempDir('xss');
let buildDir = '';
beforeAll(() => {
	ensureBuild();
	buildDir = privateBuild(tmp.dir);
});
afterAll(() => tmp.cleanup());

describe('XSS payloads in every field, every view in Chromium', () => {
	it('runs no payload, turns none into markup and shows the text literally', async () => {
		const r = await xssEveryView(tmp.dir, { buildDir });
		console.log(`xss: ${r.payloads} payloads, ${r.pages} pages opened, ${r.literalChecks} literal checks`);
		expect(r.literalChecks).toBe(r.payloads * 3);
	});
});
