// The pure writers on hand-made tables: exact bytes out for exact rows in.
import { describe, expect, it } from 'vitest';
import { neutralise } from '../../src/lib/export/cells';
import { CHUNK_BYTES, writeText } from '../../src/lib/export/text';
import type { ExportColumn } from '../../src/lib/export/columns';
import type { ExportChunks, Row } from '../../src/lib/export/table';
import { RowTally } from '../../src/lib/export/table';

async function text(chunks: ExportChunks): Promise<string> {
	const parts: Uint8Array[] = [];
	for await (const c of chunks) parts.push(c);
	return Buffer.concat(parts).toString('utf8');
}

const columns: ExportColumn[] = [
	{ name: 'id', kind: 'id', description: '' },
	{ name: 'score', kind: 'number', description: '' },
	{ name: 'text', kind: 'text', description: '' },
	{ name: 'emoji', kind: 'list', description: '' },
	{ name: 'at', kind: 'time', description: '' }
];

const rows: Row[] = [
	[1, -0.5, 'plain', ['👍', '🇺🇦'], '2026-05-01T12:00:00Z'],
	[2, null, 'a "quoted", comma', [], null],
	[3, 0, 'two\r\nlines\nand\rcr', ['a"b'], '2026-05-01T12:00:01Z'],
	[4, 1, '=1+1', [], null, 'extra values after the columns are ignored']
];

describe('neutralise (OWASP CSV injection)', () => {
	it.each([
		['=1+1', "'=1+1"],
		['+SUM(A1:A2)', "'+SUM(A1:A2)"],
		['-2+3', "'-2+3"],
		['@cmd', "'@cmd"],
		['\tTAB', "'\tTAB"],
		['\rCR', "'\rCR"],
		['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
		['a=1', 'a=1'],
		[' =1', ' =1'],
		['', ''],
		['\nLF first', '\nLF first'],
		['مرحبا =1', 'مرحبا =1'],
		["'=already", "'=already"]
	])('%j -> %j', (input, output) => {
		expect(neutralise(input)).toBe(output);
	});
});

describe('CSV and TSV', () => {
	it('quotes per RFC 4180 with CRLF records, neutralises text only, writes lists as JSON', async () => {
		expect(await text(writeText('csv', { columns, rows }))).toBe(
			'id,score,text,emoji,at\r\n' +
				'1,-0.5,plain,"[""👍"",""🇺🇦""]",2026-05-01T12:00:00Z\r\n' +
				'2,,"a ""quoted"", comma",,\r\n' +
				'3,0,"two\r\nlines\nand\rcr","[""a\\""b""]",2026-05-01T12:00:01Z\r\n' +
				"4,1,'=1+1,,\r\n"
		);
	});

	it('quotes TSV fields holding a tab, a quote or a line break, and not commas', async () => {
		const tsv = await text(writeText('tsv', { columns: columns.slice(2, 3), rows: [['a,b'], ['a\tb'], ['say "x"'], ['\tlead']] }));
		expect(tsv).toBe('text\r\na,b\r\n"a\tb"\r\n"say ""x"""\r\n"\'\tlead"\r\n');
	});

	it('starts with a BOM only when asked', async () => {
		const t = { columns: columns.slice(0, 1), rows: [] };
		expect(await text(writeText('csv', t, true))).toBe('\uFEFFid\r\n');
		expect(await text(writeText('csv', t))).toBe('id\r\n');
	});

	it('writes the header alone when no rows match', async () => {
		expect(await text(writeText('tsv', { columns, rows: [] }))).toBe('id\tscore\ttext\temoji\tat\r\n');
	});

	it('streams in chunks of at most CHUNK_BYTES rather than one string', async () => {
		const many: Row[] = Array.from({ length: 80_000 }, (_, i) => [i, 0, 'x'.repeat(50), [], null]);
		const chunks = [...(writeText('csv', { columns, rows: many }) as Iterable<Uint8Array>)];
		expect(chunks.length).toBeGreaterThan(3);
		for (const c of chunks) expect(c.length).toBeLessThanOrEqual(CHUNK_BYTES);
		expect(Buffer.concat(chunks).toString().split('\r\n')).toHaveLength(80_002);
	});
});

describe('JSON and NDJSON', () => {
	it('writes values as values: numbers, arrays, null; nothing neutralised', async () => {
		expect(await text(writeText('ndjson', { columns, rows: rows.slice(0, 2) }))).toBe(
			'{"id":1,"score":-0.5,"text":"plain","emoji":["👍","🇺🇦"],"at":"2026-05-01T12:00:00Z"}\n' +
				'{"id":2,"score":null,"text":"a \\"quoted\\", comma","emoji":[],"at":null}\n'
		);
		expect(JSON.parse(await text(writeText('json', { columns, rows })))).toEqual([
			{ id: 1, score: -0.5, text: 'plain', emoji: ['👍', '🇺🇦'], at: '2026-05-01T12:00:00Z' },
			{ id: 2, score: null, text: 'a "quoted", comma', emoji: [], at: null },
			{ id: 3, score: 0, text: 'two\r\nlines\nand\rcr', emoji: ['a"b'], at: '2026-05-01T12:00:01Z' },
			{ id: 4, score: 1, text: '=1+1', emoji: [], at: null }
		]);
	});

	it('gives an empty array and an empty file for no rows', async () => {
		expect(await text(writeText('json', { columns, rows: [] }))).toBe('[]\n');
		expect(await text(writeText('ndjson', { columns, rows: [] }))).toBe('');
	});
});

describe('RowTally', () => {
	it('counts, caps, notices truncation and collects analyser versions', () => {
		const tally = new RowTally(2, 1);
		const out = [...tally.pass([[1, 'v2'], [2, 'v1'], [3, 'v3']])];
		expect(out).toEqual([[1, 'v2'], [2, 'v1']]);
		expect([tally.count, tally.truncated, tally.versions()]).toEqual([2, true, ['v1', 'v2']]);
	});

	it('is not truncated when the rows end exactly at the cap', () => {
		const tally = new RowTally(2, null);
		expect([...tally.pass([[1], [2]])]).toHaveLength(2);
		expect(tally.truncated).toBe(false);
	});

	it('takes lists of versions (aggregate rows) and skips nulls', () => {
		const tally = new RowTally(null, 0);
		[...tally.pass([[['b', 'a']], [null], [['a']]])];
		expect(tally.versions()).toEqual(['a', 'b']);
	});

	it('closes the source when it stops early', () => {
		let closed = false;
		function* source() {
			try {
				yield [1];
				yield [2];
				yield [3];
			} finally {
				closed = true;
			}
		}
		const tally = new RowTally(1, null);
		[...tally.pass(source())];
		expect(closed).toBe(true);
	});
});
