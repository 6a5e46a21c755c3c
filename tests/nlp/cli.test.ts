import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openForWrite } from '../../src/lib/server/db/open';
import { CorpusWriter } from '../../src/lib/server/db/write';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const murmur = (args: string[], input?: string) =>
	spawnSync(process.execPath, [join(ROOT, 'bin/murmur.js'), ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'murmur-nlp-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('murmur analyze', () => {
	const lines = [
		{ id: 1, text: 'Any deal that recognizes occupied regions as Russian is unacceptable.', target: 'deal' },
		{ id: 'two', text: 'Hoping for a peaceful solution soon 🙏🌍' },
		{ id: null, text: 'Das ist eine schlechte Idee.' },
		{ id: [4], text: '' }
	];

	it('writes one line per input line, in input order, with exactly the contract’s fields', () => {
		const input = lines.map((l) => JSON.stringify(l)).join('\n') + '\n\n';
		const r = murmur(['analyze'], input);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
		expect(out.map((o) => o.id)).toEqual([1, 'two', null, [4]]);
		for (const o of out) {
			expect(Object.keys(o)).toEqual(['id', 'lang', 'sentiment', 'emoji', 'stance', 'topics']);
			expect(Object.keys(o.sentiment)).toEqual(['score', 'label', 'evidence']);
			expect(Object.keys(o.stance)).toEqual(['target', 'label', 'confidence', 'evidence']);
			expect(o.sentiment.score).toBeGreaterThanOrEqual(-1);
			expect(o.sentiment.score).toBeLessThanOrEqual(1);
		}
		expect(out[0]).toMatchObject({ lang: 'en', sentiment: { label: 'negative' }, stance: { target: 'deal', label: 'against' } });
		expect(out[1]).toMatchObject({
			sentiment: { label: 'positive' },
			emoji: [
				{ emoji: '🙏', name: 'folded hands', count: 1 },
				{ emoji: '🌍', name: 'globe showing Europe-Africa', count: 1 }
			],
			stance: { target: null, label: 'none', confidence: 0, evidence: [] },
			topics: []
		});
		expect(out[2]).toMatchObject({ lang: 'de', sentiment: { score: 0, label: 'unscored', evidence: [] } });
	});

	it('reads --in FILE and answers a bad line with an error in its place', () => {
		const file = join(dir, 'in.ndjson');
		writeFileSync(file, '{"id":1,"text":"good"}\nnot json\n{"id":3}\n{"id":4,"text":"bad"}\n');
		const r = murmur(['analyze', '--in', file]);
		expect(r.status).toBe(1);
		const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
		expect(out.map((o) => [o.id, o.error ?? o.sentiment.label])).toEqual([
			[1, 'positive'],
			[null, expect.stringContaining('not JSON')],
			[3, 'missing "text" (a string)'],
			[4, 'negative']
		]);
		expect(r.stderr).toContain('in.ndjson:2: not JSON');
	});
});

describe('murmur targets and tag', () => {
	it('adds and lists targets, then tags without a terminal', () => {
		const db = join(dir, 'cli.db');
		const handle = openForWrite(db);
		const w = new CorpusWriter(handle, { namespace: 't', path: 'x', format: 'test', contentHash: 'x' });
		w.writeBatch([
			{ kind: 'article', at: '1', article: { externalId: 'a', title: 'Truce talks', body: 'A truce was discussed.' } },
			{ kind: 'comment', at: '2', comment: { articleExternalId: 'a', externalId: 'c', text: 'Sign the truce now!' } }
		]);
		w.finish();
		handle.close();

		expect(murmur(['--db', db, 'targets', 'add', 'Ceasefire deal', '--aliases', 'ceasefire, truce,deal']).stdout).toContain(
			'added target "Ceasefire deal" (aliases: ceasefire deal, ceasefire, truce, deal)'
		);
		expect(JSON.parse(murmur(['--db', db, 'targets', 'list', '--json']).stdout)).toMatchObject([
			{ name: 'Ceasefire deal', aliases: ['ceasefire deal', 'ceasefire', 'truce', 'deal'] }
		]);
		const r = murmur(['--db', db, 'tag', '--workers', '0', '--no-coordination']);
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/^tagged 1 comments and 1 articles in [\d.]+ s/);
		expect(r.stderr).toMatch(/tag comments: 1 of 1 \(100%\)/);
		expect(murmur(['--db', db, 'tag', '--workers', 'x']).status).toBe(2);
	});
});
