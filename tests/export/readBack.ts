// Reads an export back with an independent reader (csv-parse, hyparquet, exceljs) into rows of
// { column: value }, and states how each format is expected to render a value.
import { parse } from 'csv-parse/sync';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import ExcelJS from 'exceljs';
import type { ColumnKind, ExportColumn } from '../../src/lib/export/columns';

export type ReadRow = Record<string, unknown>;

export function readDelimited(bytes: Uint8Array, delimiter: ',' | '\t'): { header: string[]; rows: string[][] } {
	const records = parse(Buffer.from(bytes), { delimiter, bom: true, relax_column_count: false }) as string[][];
	return { header: records[0] ?? [], rows: records.slice(1) };
}

export function readJson(bytes: Uint8Array): ReadRow[] {
	return JSON.parse(Buffer.from(bytes).toString('utf8'));
}

export function readNdjson(bytes: Uint8Array): ReadRow[] {
	const text = Buffer.from(bytes).toString('utf8');
	return text === '' ? [] : text.replace(/\n$/, '').split('\n').map((l) => JSON.parse(l));
}

export async function readParquet(bytes: Uint8Array): Promise<{ rows: ReadRow[]; kv: Record<string, string>; columns: string[] }> {
	const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	const meta = parquetMetadata(file);
	const kv = Object.fromEntries((meta.key_value_metadata ?? []).map((e) => [e.key, e.value ?? '']));
	const columns = meta.schema.slice(1).filter((s) => s.name !== 'list' && s.name !== 'element').map((s) => s.name);
	const rows = (await parquetReadObjects({ file })) as ReadRow[];
	return { rows, kv, columns };
}

export async function readXlsx(bytes: Uint8Array): Promise<{ sheets: string[]; rows: (sheet: string) => unknown[][] }> {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
	return {
		sheets: wb.worksheets.map((w) => w.name),
		rows(sheet) {
			const ws = wb.getWorksheet(sheet)!;
			const out: unknown[][] = [];
			ws.eachRow({ includeEmpty: true }, (row) => {
				const values = row.values as unknown[];
				out.push(Array.from({ length: ws.columnCount }, (_, i) => values[i + 1] ?? null));
			});
			return out;
		}
	};
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** CSV/TSV: text as written; empty for null; lists as JSON arrays (empty list: empty cell); text neutralised. */
export function flatCell(kind: ColumnKind, v: unknown): string {
	if (v === null || v === undefined) return '';
	if (kind === 'list') return (v as unknown[]).length ? JSON.stringify(v) : '';
	if (kind === 'text') return FORMULA_START.test(String(v)) ? "'" + v : String(v);
	return String(v);
}

/** XLSX: numbers are numbers; XML turns CR LF and lone CR into LF; cells past 32,767 characters are cut. */
export function xlsxCell(kind: ColumnKind, v: unknown): unknown {
	if (v === null || v === undefined) return null;
	if (kind === 'id' || kind === 'integer' || kind === 'number') return v;
	let s = flatCell(kind, v);
	if (s === '') return null;
	s = s.replace(/\r\n?/g, '\n');
	return s;
}

/** Parquet: ids are INT64 (bigint), times are TIMESTAMP(MILLIS, UTC) (Date). */
export function parquetCell(kind: ColumnKind, v: unknown): unknown {
	if (v === null || v === undefined) return kind === 'list' ? [] : null;
	if (kind === 'id') return BigInt(v as number);
	if (kind === 'time') return new Date(v as string);
	return v;
}

export function pick(row: Record<string, unknown>, columns: readonly ExportColumn[]): Record<string, unknown> {
	return Object.fromEntries(columns.map((c) => [c.name, row[c.name]]));
}
