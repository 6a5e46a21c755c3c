// The text formats (CSV, TSV, JSON, NDJSON) as one shape: a head, one string per row, a separator
// between rows and a tail. The serial writer and the parallel one (parallel.server.ts) frame the
// same row strings the same way, so their bytes are identical.
import type { ExportColumn } from './columns';
import { delimitedRow, headerLine } from './csv';
import { objectWriter } from './json';
import { encodeUtf8, type ExportChunks, type ExportTable } from './table';

export type TextFormat = 'csv' | 'tsv' | 'json' | 'ndjson';

export interface TextFraming {
	head: string;
	/** The row's text, including its line end. */
	row: (row: readonly unknown[]) => string;
	/** Between two rows. */
	separator: string;
	tail(anyRows: boolean): string;
}

export function isTextFormat(format: string): format is TextFormat {
	return format === 'csv' || format === 'tsv' || format === 'json' || format === 'ndjson';
}

export function textFraming(format: TextFormat, columns: readonly ExportColumn[], bom = false): TextFraming {
	switch (format) {
		case 'csv':
		case 'tsv': {
			const delimiter = format === 'csv' ? ',' : '\t';
			const line = delimitedRow(columns, delimiter);
			return { head: (bom ? '\uFEFF' : '') + headerLine(columns, delimiter), row: (r) => line(r) + '\r\n', separator: '', tail: () => '' };
		}
		case 'ndjson': {
			const object = objectWriter(columns);
			return { head: '', row: (r) => object(r) + '\n', separator: '', tail: () => '' };
		}
		case 'json': {
			const object = objectWriter(columns);
			return { head: '[', row: (r) => '\n' + object(r), separator: ',', tail: (any) => (any ? '\n]\n' : ']\n') };
		}
	}
}

/** Roughly this many UTF-16 units are gathered before a chunk is encoded and handed on. */
export const CHUNK_CHARS = 1 << 16;

/** Row strings joined by the separator, in pieces of about CHUNK_CHARS (the body, without head or tail). */
export function* textBody(framing: TextFraming, rows: Iterable<readonly unknown[]>): Generator<string, number> {
	const { row: format, separator } = framing;
	let buf = '';
	let n = 0;
	for (const row of rows) {
		buf += n++ === 0 ? format(row) : separator + format(row);
		if (buf.length >= CHUNK_CHARS) {
			yield buf;
			buf = '';
		}
	}
	if (buf) yield buf;
	return n;
}

export function* writeText(format: TextFormat, table: ExportTable, bom = false): ExportChunks {
	const framing = textFraming(format, table.columns, bom);
	const body = textBody(framing, table.rows);
	let buf = framing.head;
	let next = body.next();
	while (!next.done) {
		buf += next.value;
		if (buf.length >= CHUNK_CHARS) {
			yield encodeUtf8(buf);
			buf = '';
		}
		next = body.next();
	}
	buf += framing.tail(next.value > 0);
	if (buf) yield encodeUtf8(buf);
}
