// Export, read back with an independent reader, compare value for value with the rows the same
// filters select in SQL (built from the fixture's own table): emoji, newlines, quotes, RTL text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFilters } from '../../src/lib/filters';
import { COMMENT_COLUMNS } from '../../src/lib/export/columns';
import { XLSX_CELL_CHARS } from '../../src/lib/export/xlsx';
import { buildHostileDb, LONG_TEXT, type HostileDb } from './hostileDb';
import { expectedRows } from './oracle';
import { exportBytes } from './run';
import { flatCell, parquetCell, readDelimited, readJson, readNdjson, readParquet, readXlsx, xlsxCell } from './readBack';

let h: HostileDb;
beforeAll(() => {
	h = buildHostileDb();
});
afterAll(() => h.close());

const QUERIES = ['', 'sentiment=negative', 'topic=Ukraine', 'q=campaign', 'flagged=only', 'lang=ar', 'emoji=🇺🇦', 'from=2026-03-02', 'stance=against,favor'];
const columns = COMMENT_COLUMNS;
const expected = (q: string) => expectedRows(h, parseFilters(new URLSearchParams(q)));

describe('the oracle', () => {
	it('selects what the fixture says for each filter', () => {
		const keys = (q: string) => expected(q).map((r) => r.text);
		expect(expected('')).toHaveLength(19); // 20 comments, one spam
		expect(keys('lang=ar')).toEqual(['مرحبا بالعالم — תגובה בעברית 🕊️']);
		expect(keys('flagged=only')).toEqual(['Copy paste campaign text', 'Copy paste campaign text!']);
		expect(expected('').map((r) => r.comment_id)).toEqual([...expected('').map((r) => r.comment_id as number)].sort((a, b) => a - b));
		for (const q of QUERIES) expect(expected(q).length, q).toBeGreaterThan(0);
		expect(keys('topic=Ukraine')).toEqual(['family 👩‍👩‍👧 flag 🇺🇦🇺🇦 skin 👍🏽 keycap 1️⃣']);
	});
});

describe.each(QUERIES)('round trip with filters "%s"', (q) => {
	it('csv and tsv', async () => {
		for (const [format, delimiter] of [['csv', ','], ['tsv', '\t']] as const) {
			const { bytes } = await exportBytes(h.path, q, format);
			const back = readDelimited(bytes, delimiter);
			expect(back.header).toEqual(columns.map((c) => c.name));
			expect(back.rows).toEqual(expected(q).map((r) => columns.map((c) => flatCell(c.kind, r[c.name]))));
		}
	});

	it('json and ndjson', async () => {
		const want = expected(q);
		expect(readJson((await exportBytes(h.path, q, 'json')).bytes)).toEqual(want);
		expect(readNdjson((await exportBytes(h.path, q, 'ndjson')).bytes)).toEqual(want);
		// Key order is the column order.
		const first = readJson((await exportBytes(h.path, q, 'json')).bytes)[0];
		if (first) expect(Object.keys(first)).toEqual(columns.map((c) => c.name));
	});

	it('parquet', async () => {
		const back = await readParquet((await exportBytes(h.path, q, 'parquet')).bytes);
		expect(back.columns).toEqual(columns.map((c) => c.name));
		expect(back.rows).toEqual(expected(q).map((r) => Object.fromEntries(columns.map((c) => [c.name, parquetCell(c.kind, r[c.name])]))));
	});

	it('xlsx', async () => {
		const back = await readXlsx((await exportBytes(h.path, q, 'xlsx')).bytes);
		expect(back.sheets).toEqual(['comments', 'provenance']);
		const [header, ...rows] = back.rows('comments');
		expect(header).toEqual(columns.map((c) => c.name));
		const want = expected(q).map((r) => columns.map((c) => xlsxCell(c.kind, r[c.name])));
		const textAt = columns.findIndex((c) => c.name === 'text');
		for (let i = 0; i < want.length; i++) {
			if (want[i][textAt] !== LONG_TEXT) continue;
			// Longer than Excel allows: cut, and marked so.
			const cell = rows[i][textAt] as string;
			expect(cell.length).toBeLessThanOrEqual(XLSX_CELL_CHARS);
			expect(LONG_TEXT.startsWith(cell.slice(0, 1000))).toBe(true);
			expect(cell).toMatch(/\[…cut: 40009 characters in full\]$/);
			rows[i][textAt] = want[i][textAt] = 'checked';
		}
		expect(rows).toEqual(want);
	});
});
