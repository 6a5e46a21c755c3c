// CSV and TSV cells and rows: RFC 4180 quoting (CRLF line ends; a field holding the delimiter, a
// quote, CR or LF is quoted and its quotes doubled), text neutralised against formula injection.
// One cell function per column, chosen once, so the row loop does no type dispatch; each
// remembers the last value it formatted, since neighbouring rows share an article, a label, a list.
// Framing (header, BOM, chunks) is in text.ts.
import type { ColumnKind, ExportColumn } from './columns';
import { neutralise } from './cells';

type Cell = (v: unknown) => string;
export type Delimiter = ',' | '\t';

/** RFC 4180: a field holding the delimiter, a quote, CR or LF is quoted, its quotes doubled. */
function quoted(s: string, delimiter: Delimiter): string {
	// indexOf is several times faster than a character-class regex over a long comment.
	if (s.indexOf('"') >= 0) return '"' + s.replace(/"/g, '""') + '"';
	if (s.indexOf(delimiter) >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) return '"' + s + '"';
	return s;
}

function textCell(delimiter: Delimiter): Cell {
	let last: unknown = null;
	let lastCell = '';
	return (v) => {
		if (v === null || v === undefined) return '';
		if (v === last) return lastCell;
		last = v;
		return (lastCell = quoted(neutralise(typeof v === 'string' ? v : String(v)), delimiter));
	};
}

/**
 * Lists are JSON arrays (unambiguous whatever a topic holds), which always hold quotes, so the
 * cell is always quoted; an empty list is an empty cell. Items repeat (topics, emoji), so each
 * item's quoted JSON is made once; a list the rows share (the same array) is joined once.
 */
function listCell(): Cell {
	const items = new Map<string, string>();
	const item = (s: string) => {
		let out = items.get(s);
		if (out === undefined) {
			out = JSON.stringify(s).replace(/"/g, '""');
			if (items.size >= 100_000) items.clear();
			items.set(s, out);
		}
		return out;
	};
	let last: unknown = null;
	let lastCell = '';
	return (v) => {
		if (v === last) return lastCell;
		const list = v as readonly string[] | null | undefined;
		let cell = '';
		if (list && list.length) {
			cell = '"[' + item(list[0]);
			for (let i = 1; i < list.length; i++) cell += ',' + item(list[i]);
			cell += ']"';
		}
		last = v;
		return (lastCell = cell);
	};
}

/** Numbers as JavaScript writes them; anything else a column holds (SQLite does not enforce types) as text. */
function numberCell(delimiter: Delimiter): Cell {
	const text = textCell(delimiter);
	return (v) => (typeof v === 'number' ? '' + v : text(v));
}

export function cellFor(kind: ColumnKind, delimiter: Delimiter): Cell {
	switch (kind) {
		case 'list':
			return listCell();
		case 'text':
		case 'time':
			return textCell(delimiter);
		default:
			return numberCell(delimiter);
	}
}

export function headerLine(columns: readonly ExportColumn[], delimiter: Delimiter): string {
	return columns.map((c) => quoted(neutralise(c.name), delimiter)).join(delimiter) + '\r\n';
}

/** One record, without its line end. */
export function delimitedRow(columns: readonly ExportColumn[], delimiter: Delimiter): (row: readonly unknown[]) => string {
	const cells = columns.map((c) => cellFor(c.kind, delimiter));
	const n = cells.length;
	return (row) => {
		let line = cells[0](row[0]);
		for (let i = 1; i < n; i++) line += delimiter + cells[i](row[i]);
		return line;
	};
}
