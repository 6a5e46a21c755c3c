// The CSV/TSV row writer that encodes straight into the output buffers (csvBytes.ts) must give
// the very bytes of the string writer (csv.ts), whatever the cells hold and wherever the chunk
// boundaries fall: quotes, delimiters, line ends, formula leads, non-ASCII, lone surrogates,
// repeated values, lists, numbers of every kind, and cells bigger than a chunk.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { delimitedRow } from '../../src/lib/export/csv';
import { delimitedRowBytes } from '../../src/lib/export/csvBytes';
import { ChunkWriter, CHUNK_BYTES } from '../../src/lib/export/text';
import type { ExportColumn } from '../../src/lib/export/columns';

const COLUMNS: ExportColumn[] = [
	{ name: 'id', kind: 'id', description: '' },
	{ name: 'text', kind: 'text', description: '' },
	{ name: 'at', kind: 'time', description: '' },
	{ name: 'score', kind: 'number', description: '' },
	{ name: 'list', kind: 'list', description: '' },
	{ name: 'n', kind: 'integer', description: '' }
];

function viaStrings(rows: unknown[][], delimiter: ',' | '\t'): Buffer {
	const line = delimitedRow(COLUMNS, delimiter);
	return Buffer.from(rows.map((r) => line(r) + '\r\n').join(''), 'utf8');
}

function viaBytes(rows: unknown[][], delimiter: ',' | '\t'): Buffer {
	const put = delimitedRowBytes(COLUMNS, delimiter);
	const out = new ChunkWriter();
	for (const r of rows) put(r, out);
	out.flush();
	return Buffer.concat(out.take());
}

const same = (rows: unknown[][]) => {
	for (const d of [',', '\t'] as const) expect(viaBytes(rows, d).equals(viaStrings(rows, d))).toBe(true);
};

describe('CSV rows written as bytes', () => {
	it('match the string writer cell for cell', () => {
		const cases: [unknown, string][] = [
			['plain', 'plain'],
			['a,b', '"a,b"'],
			['say "hi"', '"say ""hi"""'],
			['line\nbreak', '"line\nbreak"'],
			['=1+1', "'=1+1"],
			['-2,3', `"'-2,3"`],
			['\tTAB', "'\tTAB"],
			['\rCR', `"'\rCR"`],
			['@x "y"', `"'@x ""y"""`],
			['مرحبا — 👍', 'مرحبا — 👍'],
			['', ''],
			[null, ''],
			[42, '42']
		];
		for (const [text, cell] of cases) {
			const row = [1, text, null, null, null, null];
			expect(viaBytes([row], ',').toString('utf8')).toBe(`1,${cell},,,,\r\n`);
		}
		same(cases.map(([text]) => [1, text, '2026-05-01T12:00:00Z', -0.5, ['a "b"', 'c,d'], 0]));
	});

	it('write numbers as JavaScript does, and text held in number columns as text', () => {
		const values = [0, -0, 7, -7, 2147483647, -2147483648, 2 ** 31, 2 ** 53 + 2, 0.1, -0.685, 1e21, 1e-7, NaN, Infinity, '=1', 'x,y', null];
		same(values.map((v) => [v, 't', null, v, null, v]));
	});

	it('cross chunk boundaries with repeated and long values, and cells bigger than a chunk', () => {
		const rows: unknown[][] = [];
		const long = 'x,'.repeat(700) + '"q"' + 'é'.repeat(300);
		for (let i = 0; i < 4000; i++) rows.push([i, i % 3 ? long : 'short ' + i, '2026-05-01T12:00:00Z', 0.25, ['Topic', 'Ü'], i % 7]);
		rows.push([1, 'y'.repeat(CHUNK_BYTES), 'same', 0.25, ['Topic'], 1]);
		rows.push([1, 'same', 'same', 0.25, Array.from({ length: 200_000 }, (_, i) => 'item ' + i), 1]);
		rows.push([2, 'same', 'same', 0.25, ['Topic', 'Ü'], 1]);
		same(rows);
	});

	it('match on any text, lone surrogates and control characters included', () => {
		const cell = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 80 }),
			fc.string({ unit: fc.constantFrom('"', ',', '\t', '\n', '\r', '=', '+', '-', '@', 'a', 'é', '\ud83d', '\ude00', '👍'), maxLength: 40 }),
			fc.constant(null)
		);
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.integer(), cell, cell, fc.double(), fc.array(fc.string(), { maxLength: 4 }), fc.integer()), { maxLength: 30 }), (rows) => {
				for (const d of [',', '\t'] as const) if (!viaBytes(rows, d).equals(viaStrings(rows, d))) return false;
				return true;
			}),
			{ numRuns: 300, seed: 6 }
		);
	});
});
