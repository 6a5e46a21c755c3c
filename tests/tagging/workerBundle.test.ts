import { describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import { workerBundle } from '../../src/lib/server/workerBundle';

const TAG_WORKER = new URL('../../src/lib/tagging/worker.ts', import.meta.url);
import { TaggerPool } from '../../src/lib/tagging/pool';
import { Tagger } from '../../src/lib/tagging/tagger';

describe('tagging worker bundle', () => {
	it('is built once and reused while its sources are unchanged', () => {
		const file = workerBundle(TAG_WORKER, 'tag-worker');
		expect(file).not.toBeNull();
		expect(existsSync(file!)).toBe(true);
		const built = statSync(file!).mtimeMs;
		expect(workerBundle(TAG_WORKER, 'tag-worker')).toBe(file);
		expect(statSync(file!).mtimeMs).toBe(built);
	});

	it('gives the same rows in a worker (from the bundle) as the sources give in this thread', async () => {
		const config = { targets: [{ name: 'Carbon tax', aliases: ['carbon tax'] }], fallbackLang: 'en' };
		const batch = {
			ids: [1, 2, 3],
			articleIds: [7, 7, 7],
			texts: ['Scrap the carbon tax! It is a disaster 😡', 'Das ist eine sehr schlechte Idee und nicht fair.', 'Love this, great reporting :)'],
			contentHashes: [null, null, 'h3'],
			tagged: [false, false, true]
		};
		const contexts = { 7: { topics: ['carbon tax'], target: null, mainTopic: 'carbon tax', mainKind: 'phrase' } };
		const inline = new Tagger();
		inline.configure(config);
		const pool = new TaggerPool(1);
		try {
			await pool.configure(config);
			const rows = await pool.comments(batch, contexts);
			expect(rows).toEqual(inline.comments(batch, contexts));
			expect(rows.map((r) => [r.lang, r.label, r.stanceTarget, r.stanceLabel])).toEqual([
				['en', 'negative', 'Carbon tax', 'against'],
				['de', 'unscored', 'carbon tax', 'none'],
				['en', 'positive', 'carbon tax', 'none']
			]);
		} finally {
			await pool.close();
		}
	}, 30_000);
});
