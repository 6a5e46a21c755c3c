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

describe('the extra columns', () => {
	it('hold the stored values', async () => {
		const names = 'comment_id,article_external_id,article_section,comment_external_id,author_name,effective_at,score,type,stance_confidence,duplicate_similarity';
		const rows = readJson((await exportBytes(h.path, `columns=${names}`, 'json')).bytes);
		const want = h.db
			.prepare(
				`SELECT c.id AS comment_id, a.external_id AS article_external_id, a.section AS article_section, c.external_id AS comment_external_id,
				        au.display_name AS author_name, c.effective_at, c.score, c.type, t.stance_confidence, f.similarity AS duplicate_similarity
				 FROM comments c JOIN articles a ON a.id = c.article_id LEFT JOIN authors au ON au.id = c.author_id
				 LEFT JOIN comment_tags t ON t.comment_id = c.id LEFT JOIN comment_flags f ON f.comment_id = c.id
				 WHERE c.status = 'visible' ORDER BY c.id`
			)
			.all();
		expect(rows).toEqual(want);
		expect(rows.find((r) => r.comment_external_id === 'c18')).toMatchObject({ duplicate_similarity: 0.95, stance_confidence: 0.5, author_name: 'bot1' });
	});
});
