import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { readFileSync } from 'node:fs';
import { main } from '../../src/cli/main';
import { MURMUR_VERSION } from '../../src/lib/version';
import { openForWrite } from '../../src/lib/server/db/open';
import { CorpusWriter } from '../../src/lib/server/db/write';

function capture() {
	let text = '';
	const stream = new Writable({
		write(chunk, _enc, cb) {
			text += chunk;
			cb();
		}
	});
	return { stream, text: () => text };
}

async function run(args: string[]) {
	const out = capture();
	const err = capture();
	const code = await main(args, { out: out.stream, err: err.stream });
	return { code, out: out.text(), err: err.text() };
}

describe('murmur CLI', () => {
	it('lists every command in --help', async () => {
		const r = await run(['--help']);
		expect(r.code).toBe(0);
		for (const c of ['ingest', 'tag', 'analyze', 'serve', 'export', 'stats', 'demo']) expect(r.out).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
	});

	it('gives each command its own --help', async () => {
		const r = await run(['stats', '--help']);
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/^Usage: murmur stats/);
	});

	it('rejects unknown commands and flags with exit 2 and a reason', async () => {
		expect(await run(['frobnicate'])).toMatchObject({ code: 2, err: expect.stringContaining('unknown command "frobnicate"') });
		expect(await run(['stats', '--nope'])).toMatchObject({ code: 2, err: expect.stringContaining("'--nope'") });
	});

	it('stats --json counts every stored comment whatever its status or type', async () => {
		const path = `/tmp/murmur-cli-${process.pid}.db`;
		const db = openForWrite(path);
		const w = new CorpusWriter(db, { namespace: 'n', path: 'p', format: 'json', contentHash: 'h' });
		w.writeBatch([
			{ kind: 'article', at: '1', article: { externalId: 'a' } },
			{ kind: 'comment', at: '2', comment: { articleExternalId: 'a', externalId: '1', text: 'x', authorHandle: 'u1' } },
			{ kind: 'comment', at: '3', comment: { articleExternalId: 'a', externalId: '2', text: 'y', authorHandle: 'u2', status: 'spam' } },
			{ kind: 'comment', at: '4', comment: { articleExternalId: 'a', externalId: '3', text: 'z', type: 'pingback' } }
		]);
		w.finish();
		db.close();
		const r = await run(['--db', path, 'stats', '--json']);
		expect(r.code).toBe(0);
		expect(JSON.parse(r.out)).toEqual({ articles: 1, comments: 3, authors: 2, tagged: 0 });
	});

	it('keeps the version in step with package.json', () => {
		expect(MURMUR_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
	});
});
