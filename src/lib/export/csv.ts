// CSV and TSV: RFC 4180 quoting (CRLF line ends; a field holding the delimiter, a quote, CR or LF
// is quoted and its quotes doubled), UTF-8, an optional BOM so Excel reads the UTF-8 right.
// One cell function per column kind, chosen once, so the row loop does no type dispatch.
import type { ColumnKind, ExportColumn } from './columns';
import { neutralise } from './cells';
import { encodeUtf8, type ExportChunks, type ExportTable } from './table';

export interface DelimitedOptions {
	delimiter: ',' | '\t';
	bom?: boolean;
}

/** Roughly this many UTF-16 units are gathered before a chunk is encoded and handed on. */
const CHUNK_CHARS = 1 << 16;

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
		// A JSON array always holds quotes; an empty list is an empty cell.
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

export function* writeDelimited(table: ExportTable, options: DelimitedOptions): ExportChunks {
	const { columns } = table;
	const { delimiter } = options;
	const kinds = cellsFor(delimiter);
	const cells = columns.map((c) => kinds[c.kind]);
	const n = cells.length;
	let buf = (options.bom ? '\uFEFF' : '') + headerLine(columns, delimiter);
	for (const row of table.rows) {
		let line = cells[0](row[0]);
		for (let i = 1; i < n; i++) line += delimiter + cells[i](row[i]);
		buf += line + '\r\n';
		if (buf.length >= CHUNK_CHARS) {
			yield encodeUtf8(buf);
			buf = '';
		}
	}
	if (buf) yield encodeUtf8(buf);
}
