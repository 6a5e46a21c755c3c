// The text formats (CSV, TSV, JSON, NDJSON) as one shape: a head, one string per row, a separator
// between rows and a tail, written as UTF-8 in chunks of CHUNK_BYTES.
import type { ExportColumn } from './columns';
import { delimitedRow, headerLine } from './csv';
import { delimitedRowBytes } from './csvBytes';
import { objectWriter } from './json';
import type { ExportChunks, ExportTable, Row } from './table';

export type TextFormat = 'csv' | 'tsv' | 'json' | 'ndjson';

export interface TextFraming {
	head: string;
	/** The row's text, including its line end. */
	row: (row: readonly unknown[]) => string;
	/** Writes the same bytes as `row` straight into `out`, when the format has such a writer. */
	put?: (row: readonly unknown[], out: ChunkWriter) => void;
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
			return {
				head: (bom ? '\uFEFF' : '') + headerLine(columns, delimiter),
				row: (r) => line(r) + '\r\n',
				put: delimitedRowBytes(columns, delimiter),
				separator: '',
				tail: () => ''
			};
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

/** Bytes per chunk handed on: large, so that each write to a file or socket moves a lot at once. */
export const CHUNK_BYTES = 1 << 20;

/**
 * Buffers of CHUNK_BYTES to fill again, for a consumer that is done with each chunk before it asks
 * for the next (a file written chunk by chunk). Without it every chunk is a new buffer, which the
 * kernel must zero and which is freed only when V8 collects its handle: at 550 MB of CSV, a
 * tenth of the export's CPU went to that.
 */
export class BufferPool {
	private readonly spare: ArrayBuffer[] = [];
	/** The buffers this pool made: others passing through (a worker's) are not its to fill. */
	private readonly own = new WeakSet<ArrayBuffer>();

	readonly allocate = (): Buffer => {
		const spare = this.spare.pop();
		if (spare) return Buffer.from(spare, 0, CHUNK_BYTES);
		const buffer = Buffer.allocUnsafeSlow(CHUNK_BYTES);
		this.own.add(buffer.buffer as ArrayBuffer);
		return buffer;
	};

	/** A chunk the consumer is done with; its buffer is filled again if this pool made it (a few kept at most). */
	giveBack(chunk: Uint8Array): void {
		const buffer = chunk.buffer as ArrayBuffer;
		if (this.own.has(buffer) && this.spare.length < 4 && !this.spare.includes(buffer)) this.spare.push(buffer);
	}
}

/**
 * Encodes strings straight into fixed-size buffers and hands each on when full. Writing each row
 * into the buffer costs less than concatenating rows into a long string and encoding that (the
 * concatenation's many small pieces must first be copied into one).
 */
export class ChunkWriter {
	/** Allocated when first written to, so a writer that is done holds no empty buffer. */
	buf: Buffer | null = null;
	/** Where the next byte goes in `buf`; row writers (csvBytes.ts) write at it and move it on. */
	pos = 0;
	readonly full: Uint8Array[] = [];

	/** `allocate` gives a buffer of CHUNK_BYTES to fill (a recycled one, say). */
	constructor(private readonly allocate: () => Buffer = () => Buffer.allocUnsafe(CHUNK_BYTES)) {}

	write(text: string): void {
		// A UTF-16 code unit is at most 3 bytes of UTF-8.
		const most = text.length * 3;
		if (this.buf === null || this.pos + most > this.buf.length) {
			this.flush();
			if (most > CHUNK_BYTES) {
				this.full.push(Buffer.from(text, 'utf8'));
				return;
			}
			this.buf ??= this.allocate();
		}
		this.pos += this.buf.write(text, this.pos, 'utf8');
	}

	/**
	 * Makes room for `most` bytes at `pos` in `buf`, handing on the current chunk if they would not
	 * fit; false (and nothing to write into) when `most` is more than a chunk.
	 */
	reserve(most: number): boolean {
		if (this.buf !== null && this.pos + most <= this.buf.length) return true;
		this.flush();
		if (most > CHUNK_BYTES) return false;
		this.buf ??= this.allocate();
		return true;
	}

	/** Copies bytes in (made elsewhere, such as a worker's part). */
	writeBytes(bytes: Uint8Array): void {
		for (let at = 0; at < bytes.length; ) {
			this.buf ??= this.allocate();
			const n = Math.min(bytes.length - at, this.buf.length - this.pos);
			this.buf.set(bytes.subarray(at, at + n), this.pos);
			this.pos += n;
			at += n;
			if (this.pos === this.buf.length) this.flush();
		}
	}

	flush(): void {
		if (this.buf === null || this.pos === 0) return;
		this.full.push(this.buf.subarray(0, this.pos));
		this.buf = null;
		this.pos = 0;
	}

	/** The chunks filled so far, handed over. */
	take(): Uint8Array[] {
		return this.full.splice(0);
	}
}

/**
 * Writes rows into `out`, handing on each chunk as it fills: each row after the separator, except
 * the very first row when `first`. Returns how many rows it wrote. Leaves a partial chunk in `out`.
 */
export function* textRows(framing: TextFraming, rows: Iterable<Row>, out: ChunkWriter, first: boolean): Generator<Uint8Array, number> {
	const { row, put, separator } = framing;
	let n = 0;
	if (put && separator === '') {
		for (const r of rows) {
			put(r, out);
			n++;
			if (out.full.length) yield* out.take();
		}
		return n;
	}
	for (const r of rows) {
		out.write(first && n === 0 ? row(r) : separator + row(r));
		n++;
		if (out.full.length) yield* out.take();
	}
	return n;
}

export function* writeText(format: TextFormat, table: ExportTable, bom = false, allocate?: () => Buffer): ExportChunks {
	const framing = textFraming(format, table.columns, bom);
	const out = new ChunkWriter(allocate);
	out.write(framing.head);
	const n = yield* textRows(framing, table.rows, out, true);
	out.write(framing.tail(n > 0));
	out.flush();
	yield* out.take();
}
