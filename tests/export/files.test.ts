// What lands in the files beyond the rows: neutralised injections, empty selections that are
// still valid files with headers, the provenance inside Parquet and XLSX, row caps stated.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { COMMENT_COLUMNS, ARTICLE_COLUMNS } from '../../src/lib/export/columns';
import { PROVENANCE_KEY } from '../../src/lib/export/provenance';
import { formatRowCap } from '../../src/lib/export/writers';
import { buildHostileDb, type HostileDb } from './hostileDb';
import { exportBytes } from './run';
import { readDelimited, readJson, readNdjson, readParquet, readXlsx } from './readBack';

let h: HostileDb;
beforeAll(() => {
	h = buildHostileDb();
});
afterAll(() => h.close());

const NOTHING = 'q=nosuchwordanywhere';

describe('formula injection', () => {
	it('neutralises text cells in CSV and TSV, leaves numbers alone', async () => {
		const csv = Buffer.from((await exportBytes(h.path, 'columns=text,sentiment_score&article=1', 'csv')).bytes).toString();
		for (const line of ["'=1+1,0", "'+SUM(A1:A9),0", "'-2+3,0", "'@cmd|' /C calc'!A0,0", "'\tTAB first,0", `"'\rCR first",0`, `"'=HYPERLINK(""http://evil.example"",""click"")",-0.2`])
			expect(csv).toContain(`\r\n${line}\r\n`);
		expect(csv).toContain('\r\n"line1\nline2\r\nline3\rend",-0.45\r\n');
		const tsv = Buffer.from((await exportBytes(h.path, 'columns=author,article_title&article=3', 'tsv')).bytes).toString();
		expect(tsv).toBe(`author\tarticle_title\r\nalice\t'=cmd|' /C calc'!A0\r\n`);
	});

	it('writes every XLSX cell as a value, never a formula, text neutralised', async () => {
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(Buffer.from((await exportBytes(h.path, 'columns=text,author,sentiment_score', 'xlsx')).bytes) as unknown as ArrayBuffer);
		const texts: string[] = [];
		for (const ws of wb.worksheets)
			ws.eachRow((row) =>
				row.eachCell((cell) => {
					expect(cell.formula).toBeUndefined();
					expect([ExcelJS.ValueType.String, ExcelJS.ValueType.Number]).toContain(cell.type);
					if (ws.name === 'comments' && typeof cell.value === 'string') texts.push(cell.value);
				})
			);
		expect(texts).toEqual(expect.arrayContaining(["'=1+1", "'+SUM(A1:A9)", "'-2+3", "'@cmd|' /C calc'!A0", "'@eve", "'\tTAB first"]));
		expect(texts.filter((t) => /^[=+\-@\t\r]/.test(t))).toEqual([]);
	});

	it('keeps JSON, NDJSON and Parquet values verbatim', async () => {
		const q = 'columns=text&q=HYPERLINK';
		expect(readJson((await exportBytes(h.path, q, 'json')).bytes)).toEqual([{ text: '=HYPERLINK("http://evil.example","click")' }]);
		expect(readNdjson((await exportBytes(h.path, q, 'ndjson')).bytes)).toEqual([{ text: '=HYPERLINK("http://evil.example","click")' }]);
		expect((await readParquet((await exportBytes(h.path, q, 'parquet')).bytes)).rows).toEqual([{ text: '=HYPERLINK("http://evil.example","click")' }]);
	});
});

describe('a filter that selects nothing', () => {
	const names = COMMENT_COLUMNS.map((c) => c.name);

	it('gives CSV and TSV with the header only', async () => {
		expect(Buffer.from((await exportBytes(h.path, NOTHING, 'csv')).bytes).toString()).toBe(names.join(',') + '\r\n');
		expect(readDelimited((await exportBytes(h.path, NOTHING, 'tsv')).bytes, '\t')).toEqual({ header: names, rows: [] });
		const bom = Buffer.from((await exportBytes(h.path, NOTHING + '&bom=1', 'csv')).bytes);
		expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	});

	it('gives an empty JSON array and an empty NDJSON file', async () => {
		expect(Buffer.from((await exportBytes(h.path, NOTHING, 'json')).bytes).toString()).toBe('[]\n');
		expect((await exportBytes(h.path, NOTHING, 'ndjson')).bytes.length).toBe(0);
	});

	it('gives a Parquet file with the schema and no rows', async () => {
		const back = await readParquet((await exportBytes(h.path, NOTHING, 'parquet')).bytes);
		expect(back.rows).toEqual([]);
		expect(back.columns).toEqual(names);
		expect(back.kv['murmur.row_count']).toBe('0');
	});

	it('gives an XLSX with the header row and the provenance sheet', async () => {
		const back = await readXlsx((await exportBytes(h.path, NOTHING, 'xlsx')).bytes);
		expect(back.rows('comments')).toEqual([names]);
		expect(back.rows('provenance')).toContainEqual(['row_count', '0']);
	});

	it('gives the article level its header too', async () => {
		expect(Buffer.from((await exportBytes(h.path, NOTHING + '&level=articles', 'csv')).bytes).toString()).toBe(
			ARTICLE_COLUMNS.map((c) => c.name).join(',') + '\r\n'
		);
	});
});

describe('provenance inside the file', () => {
	it('puts the whole provenance and each entry in Parquet key-value metadata', async () => {
		const { bytes, provenance } = await exportBytes(h.path, 'topic=Ceasefire&sentiment=negative', 'parquet');
		const { kv, rows } = await readParquet(bytes);
		expect(JSON.parse(kv[PROVENANCE_KEY])).toEqual(provenance);
		expect(kv['murmur.filters']).toBe('topic=Ceasefire&sentiment=negative');
		expect(kv['murmur.filters_description']).toBe(`${rows.length} comments about Ceasefire, negative sentiment`);
		expect(kv['murmur.row_count']).toBe(String(rows.length));
		expect(kv['murmur.truncated']).toBe('no');
		expect(kv['murmur.database_hash']).toMatch(/^sha256:[0-9a-f]{64}$/);
	});

	it('fills the XLSX provenance sheet, neutralising what the filters carry', async () => {
		const { bytes, provenance } = await exportBytes(h.path, 'q=%3D1%2B1', 'xlsx');
		const sheet = (await readXlsx(bytes)).rows('provenance');
		const entries = Object.fromEntries(sheet.slice(1).map(([k, v]) => [k, v]));
		expect(sheet[0]).toEqual(['key', 'value']);
		expect(entries).toMatchObject({
			murmur_version: provenance.murmur_version,
			format: 'xlsx',
			level: 'comments',
			filters: 'q=%3D1%2B1',
			filters_description: '1 comment, matching "=1+1"',
			row_count: '1',
			row_cap: '1048575',
			truncated: 'no',
			nlp_versions: 'test-1',
			database_hash: provenance.database.hash
		});
	});

	it('states a row cap and the truncation in the file and the provenance', async () => {
		const { bytes, provenance } = await exportBytes(h.path, 'limit=3', 'parquet');
		const back = await readParquet(bytes);
		expect(back.rows).toHaveLength(3);
		expect(provenance).toMatchObject({ row_count: 3, row_cap: 3, truncated: true });
		expect(back.kv['murmur.truncated']).toMatch(/^yes: more than 3 rows matched/);
		const x = await exportBytes(h.path, 'limit=2', 'xlsx');
		expect((await readXlsx(x.bytes)).rows('provenance')).toContainEqual(['row_cap', '2']);
		expect(x.provenance).toMatchObject({ row_count: 2, row_cap: 2, truncated: true });
	});

	it('caps XLSX at the sheet limit and nothing else', () => {
		expect(formatRowCap('xlsx')).toBe(1_048_575);
		for (const f of ['csv', 'tsv', 'json', 'ndjson', 'parquet'] as const) expect(formatRowCap(f)).toBeNull();
	});

	it('notes cells cut to Excel\'s limit', async () => {
		const { provenance } = await exportBytes(h.path, 'article=3', 'xlsx');
		expect(provenance.notes).toEqual([expect.stringMatching(/^1 cell\(s\) longer than Excel's 32,767-character limit were cut/)]);
		expect((await exportBytes(h.path, 'article=3', 'csv')).provenance.notes).toEqual([]);
	});
});
