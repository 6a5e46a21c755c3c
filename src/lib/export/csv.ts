// CSV and TSV cells and rows: RFC 4180 quoting (CRLF line ends; a field holding the delimiter, a
// quote, CR or LF is quoted and its quotes doubled), text neutralised against formula injection.
// One cell function per column kind, chosen once, so the row loop does no type dispatch.
// Framing (header, BOM, chunks) is in text.ts.
import type { ColumnKind, ExportColumn } from './columns';
import { neutralise } from './cells';

type Cell = (v: unknown) => string;

function cellsFor(delimiter: ',' | '\t'): Record<ColumnKind, Cell> {
	const special = delimiter === ',' ? /[",\r\n]/ : /[\t"\r\n]/;
	const quote = (s: string) => (special.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);
	// Numbers and ISO times never hold a delimiter, a quote or a line break.
	const plain: Cell = (v) => (v === null || v === undefined ? '' : '' + v);
	return {
		id: plain,
		integer: plain,
		number: plain,
		time: plain,
		text: (v) => (v === null || v === undefined ? '' : quote(neutralise(typeof v === 'string' ? v : String(v)))),
		// Lists are JSON arrays (unambiguous whatever a topic holds), which always hold quotes;
		// an empty list is an empty cell.
		list: (v) => {
			const list = v as readonly string[] | null | undefined;
			return !list || list.length === 0 ? '' : '"' + JSON.stringify(list).replace(/"/g, '""') + '"';
		}
	};
}

export function headerLine(columns: readonly ExportColumn[], delimiter: ',' | '\t'): string {
	const text = cellsFor(delimiter).text;
	return columns.map((c) => text(c.name)).join(delimiter) + '\r\n';
}

/** One record, without its line end. */
export function delimitedRow(columns: readonly ExportColumn[], delimiter: ',' | '\t'): (row: readonly unknown[]) => string {
	const kinds = cellsFor(delimiter);
	const cells = columns.map((c) => kinds[c.kind]);
	const n = cells.length;
	return (row) => {
		let line = cells[0](row[0]);
		for (let i = 1; i < n; i++) line += delimiter + cells[i](row[i]);
		return line;
	};
}
