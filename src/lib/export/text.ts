// The text formats (CSV, TSV, JSON, NDJSON) as one shape: a head, one string per row, a separator
// between rows and a tail, written as UTF-8 in chunks of CHUNK_BYTES.
import type { ExportColumn } from './columns';
import { delimitedRow, headerLine } from './csv';
import { objectWriter } from './json';
import type { ExportChunks, ExportTable } from './table';

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

/** Bytes per chunk handed on. */
export const CHUNK_BYTES = 1 << 17;

/**
 * Encodes strings straight into fixed-size buffers and hands each on when full. Writing each row
 * into the buffer costs less than concatenating rows into a long string and encoding that (the
 * concatenation's many small pieces must first be copied into one).
 */
export class ChunkWriter {
	private buf = Buffer.allocUnsafe(CHUNK_BYTES);
	private pos = 0;
	readonly full: Uint8Array[] = [];

	write(text: string): void {
		// A UTF-16 code unit is at most 3 bytes of UTF-8.
		if (this.pos + text.length * 3 > this.buf.length) {
			this.flush();
			if (text.length * 3 > this.buf.length) {
				this.full.push(Buffer.from(text, 'utf8'));
				return;
			}
		}
		this.pos += this.buf.write(text, this.pos, 'utf8');
	}

	flush(): void {
		if (this.pos === 0) return;
		this.full.push(this.buf.subarray(0, this.pos));
		this.buf = Buffer.allocUnsafe(CHUNK_BYTES);
		this.pos = 0;
	}

	/** The chunks filled so far, handed over. */
	take(): Uint8Array[] {
		return this.full.splice(0);
	}
}

export function* writeText(format: TextFormat, table: ExportTable, bom = false): ExportChunks {
	const { head, row, separator, tail } = textFraming(format, table.columns, bom);
	const out = new ChunkWriter();
	out.write(head);
	let n = 0;
	for (const r of table.rows) {
		out.write(n++ === 0 ? row(r) : separator + row(r));
		if (out.full.length) yield* out.take();
	}
	out.write(tail(n > 0));
	out.flush();
	yield* out.take();
}
