// XLSX through exceljs's streaming WorkbookWriter: each row is committed (serialised and zipped)
// as it is added, so memory holds the rows in flight, not the workbook. A second sheet,
// "provenance", holds the provenance. Every text cell is written as a string value, never a
// formula, and is neutralised as in CSV so that copying it elsewhere cannot turn it into one.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportColumn } from './columns';
import { neutralise } from './cells';
import type { WriterContext } from './context';
import { provenanceEntries } from './provenance';
import type { ExportTable } from './table';

import { XLSX_CELL_CHARS } from './formats';

export { XLSX_CELL_CHARS, XLSX_ROW_CAP } from './formats';

/** Rows added between pauses that let the zip stream drain. */
const BATCH = 500;
/** The consumer is behind when this many bytes wait in the output. */
const HIGH_WATER = 1 << 20;

function fitCell(text: string, cut: { count: number }): string {
	if (text.length <= XLSX_CELL_CHARS) return text;
	cut.count++;
	const marker = ` […cut: ${text.length} characters in full]`;
	let end = XLSX_CELL_CHARS - marker.length;
	// Never split a surrogate pair.
	if (/[\uD800-\uDBFF]/.test(text[end - 1])) end--;
	return text.slice(0, end) + marker;
}

function cellValues(columns: readonly ExportColumn[], cut: { count: number }): (row: readonly unknown[]) => unknown[] {
	const convert = columns.map((c) => {
		switch (c.kind) {
			case 'text':
				return (v: unknown) => (v === null || v === undefined ? null : fitCell(neutralise(String(v)), cut));
			case 'list':
				return (v: unknown) => (Array.isArray(v) && v.length ? fitCell(JSON.stringify(v), cut) : null);
			case 'time':
				return (v: unknown) => (v === null || v === undefined ? null : String(v));
			default:
				return (v: unknown) => (v === null || v === undefined ? null : Number(v));
		}
	});
	return (row) => convert.map((f, i) => f(row[i]));
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

interface SheetStream {
	buffers?: { length: number }[];
	// readable-stream 2 streams (archiver's) have no writableLength: read their states.
	pipes?: { _writableState?: { length: number }; _readableState?: { length: number } }[];
}

/**
 * Bytes of sheet XML not yet taken by the zip. exceljs keeps the XML in its own buffers until the
 * zip reaches the sheet, then hands each 64 KB on to a PassThrough without waiting for it, so these
 * are the only places a backlog shows (exceljs 4 and archiver 5 internals: `worksheet.stream`'s
 * `buffers` and `pipes`).
 */
function zipBacklog(sheet: unknown): number {
	const stream = (sheet as { stream?: SheetStream }).stream;
	let n = 0;
	for (const b of stream?.buffers ?? []) n += b.length;
	for (const p of stream?.pipes ?? []) n += (p._writableState?.length ?? 0) + (p._readableState?.length ?? 0);
	return n;
}
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function* writeXlsx(table: ExportTable, ctx: WriterContext, sheetName: string): AsyncGenerator<Uint8Array> {
	const out = new PassThrough({ highWaterMark: HIGH_WATER });
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
		stream: out,
		useStyles: false,
		useSharedStrings: false,
		zip: { zlib: { level: 6 } }
	});
	workbook.creator = 'murmur';
	workbook.created = ctx.createdAt;

	let stopped = false;
	const produce = async () => {
		const cut = { count: 0 };
		const values = cellValues(table.columns, cut);
		const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
		sheet.addRow(table.columns.map((c) => c.name)).commit();
		let n = 0;
		for (const row of table.rows) {
			sheet.addRow(values(row)).commit();
			if (++n % BATCH === 0) {
				// Let the zip catch up, and wait while it or the reader of the file is behind.
				await tick();
				while ((zipBacklog(sheet) > HIGH_WATER || out.readableLength > HIGH_WATER) && !stopped) await wait(2);
				if (stopped) return;
			}
		}
		sheet.commit();
		if (cut.count) {
			ctx.notes.push(
				`${cut.count} cell(s) longer than Excel's ${XLSX_CELL_CHARS.toLocaleString('en-US')}-character limit were cut and marked; the CSV, JSON and Parquet exports hold them in full`
			);
		}
		const about = workbook.addWorksheet('provenance');
		about.addRow(['key', 'value']).commit();
		for (const [key, value] of provenanceEntries(ctx.provenance())) about.addRow([key, fitCell(neutralise(value), cut)]).commit();
		about.commit();
		await workbook.commit();
	};
	const done = produce().catch((e) => {
		out.destroy(e as Error);
		throw e;
	});
	done.catch(() => {}); // reported through the stream and the await below
	try {
		for await (const chunk of out) yield chunk as Uint8Array;
		await done;
	} finally {
		// A reader that stops early (a cancelled download) stops the producer too.
		stopped = true;
		out.destroy();
	}
}
