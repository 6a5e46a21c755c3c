// CSV and TSV: RFC 4180 quoting (CRLF line ends; a field holding the delimiter, a quote, CR or LF
// is quoted and its quotes doubled), UTF-8, an optional BOM so Excel reads the UTF-8 right.
import type { ExportColumn } from './columns';
import { cellFormatters } from './cells';
import { encodeUtf8, type ExportChunks, type ExportTable } from './table';

export interface DelimitedOptions {
	delimiter: ',' | '\t';
	bom?: boolean;
}

/** Roughly this many UTF-16 units are gathered before a chunk is encoded and handed on. */
const CHUNK_CHARS = 1 << 16;

function quoterFor(delimiter: string): (s: string) => string {
	const special = delimiter === ',' ? /[",\r\n]/ : /[\t"\r\n]/;
	return (s) => (special.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s);
}

export function headerLine(columns: readonly ExportColumn[], delimiter: ',' | '\t'): string {
	const quote = quoterFor(delimiter);
	return columns.map((c) => quote(c.name)).join(delimiter) + '\r\n';
}

export function* writeDelimited(table: ExportTable, options: DelimitedOptions): ExportChunks {
	const { columns } = table;
	const { delimiter } = options;
	const quote = quoterFor(delimiter);
	const format = cellFormatters(columns);
	const n = columns.length;
	let buf = (options.bom ? '\uFEFF' : '') + headerLine(columns, delimiter);
	for (const row of table.rows) {
		let line = quote(format[0](row[0]));
		for (let i = 1; i < n; i++) line += delimiter + quote(format[i](row[i]));
		buf += line + '\r\n';
		if (buf.length >= CHUNK_CHARS) {
			yield encodeUtf8(buf);
			buf = '';
		}
	}
	if (buf) yield encodeUtf8(buf);
}
