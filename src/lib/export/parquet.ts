// Parquet through hyparquet-writer's incremental ParquetWriter: rows are gathered into one row
// group at a time, written, and the bytes handed on, so memory holds one group, never the file.
// The provenance goes into the footer's key-value metadata, written last, when the count is known.
import v8 from 'node:v8';
import { ByteWriter, ParquetWriter, type SchemaElement } from 'hyparquet-writer';
import type { ColumnKind, ExportColumn } from './columns';
import { provenanceKeyValues, type Provenance } from './provenance';
import type { ExportChunks, ExportTable } from './table';
import { MURMUR_VERSION } from '../version';
import { collectGarbage } from './gc';

/**
 * Rows per row group. Memory holds one group and what the writer makes of it; 4096 rows of typical
 * comments keep a million-row export under 200 MB resident, at a file about 3% larger than with
 * groups six times the size.
 */
export const PARQUET_ROW_GROUP = 4096;

/** Collect when the used heap has grown this much since the last collection. */
const HEAP_GROWTH = 16 * 2 ** 20;

/**
 * A full garbage collection between row groups when the heap has grown. Each group's values
 * outlive several young-generation collections, so V8 promotes them and lets the old generation
 * grow far past what is alive (to 150 MB and more at a million rows). What stays alive grows too
 * (the writer keeps each row group's metadata for the footer), so the bound is relative to the
 * heap after the last collection: a fixed one would be passed for good at some point, and every
 * group after it would pay for a full collection.
 */
function garbageCollector(): () => void {
	let live = v8.getHeapStatistics().used_heap_size;
	return () => {
		if (v8.getHeapStatistics().used_heap_size < live + HEAP_GROWTH) return;
		collectGarbage('major');
		live = v8.getHeapStatistics().used_heap_size;
	};
}

const STRING = { type: 'BYTE_ARRAY', converted_type: 'UTF8' } as const;

function schemaFor(c: ExportColumn): SchemaElement[] {
	const name = c.name;
	const optional = { name, repetition_type: 'OPTIONAL' } as const;
	switch (c.kind) {
		case 'id':
			return [{ ...optional, type: 'INT64' }];
		case 'integer':
			return [{ ...optional, type: 'INT32' }];
		case 'number':
			return [{ ...optional, type: 'DOUBLE' }];
		case 'text':
			return [{ ...optional, ...STRING }];
		case 'time':
			return [
				{
					...optional,
					type: 'INT64',
					converted_type: 'TIMESTAMP_MILLIS',
					logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' }
				}
			];
		case 'list':
			// The standard three-level LIST, so pandas, DuckDB and Spark read a list of strings.
			return [
				{ ...optional, converted_type: 'LIST', num_children: 1 },
				{ name: 'list', repetition_type: 'REPEATED', num_children: 1 },
				{ name: 'element', repetition_type: 'REQUIRED', ...STRING }
			];
	}
}

export function parquetSchema(columns: readonly ExportColumn[]): SchemaElement[] {
	return [{ name: 'root', num_children: columns.length }, ...columns.flatMap(schemaFor)];
}

const SLAB_BYTES = 1 << 20;
/** Strings shorter than this are looked up, so equal ones share their bytes. */
const SHARED_CHARS = 128;

/**
 * UTF-8 bytes for the strings of one row group, carved out of large shared buffers and shared by
 * equal short strings. Encoding each string into a buffer of its own (as the writer would) makes
 * an allocation per value, which costs time and leaves the process's memory fragmented.
 */
class Utf8Slab {
	private slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
	private used = 0;
	private seen = new Map<string, Uint8Array>();

	bytes(text: string): Uint8Array {
		// Only short strings repeat (labels, handles, topics); hashing a long comment to look it up is waste.
		const short = text.length < SHARED_CHARS;
		if (short) {
			const out = this.seen.get(text);
			if (out) return out;
		}
		// A UTF-16 code unit is at most 3 bytes of UTF-8.
		if (this.used + text.length * 3 > this.slab.length) {
			this.slab = Buffer.allocUnsafeSlow(Math.max(SLAB_BYTES, text.length * 3));
			this.used = 0;
		}
		const size = this.slab.write(text, this.used, 'utf8');
		const out = this.slab.subarray(this.used, this.used + size);
		this.used += size;
		if (short) this.seen.set(text, out);
		return out;
	}

	/** Starts the next row group: the previous group's buffers are released with it. */
	reset(): void {
		this.slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
		this.used = 0;
		this.seen = new Map();
	}
}

type Convert = (v: unknown) => unknown;

function convertersFor(slab: Utf8Slab): Record<ColumnKind, Convert> {
	const nullable = (f: Convert): Convert => (v) => (v === null || v === undefined ? null : f(v));
	return {
		id: nullable((v) => BigInt(v as number)),
		integer: nullable((v) => Number(v)),
		number: nullable((v) => Number(v)),
		text: nullable((v) => slab.bytes(typeof v === 'string' ? v : String(v))),
		time: nullable((v) => Date.parse(v as string)),
		list: (v) => (v === null || v === undefined ? [] : (v as string[]).map((s) => slab.bytes(s)))
	};
}

/** A ByteWriter that hands its bytes on after each row group instead of keeping the whole file. */
class ChunkedByteWriter extends ByteWriter {
	private ready: Uint8Array[] = [];

	flush(): void {
		if (this.index === 0) return;
		// Hand the filled buffer over as it is and continue in a fresh one: no copy.
		this.ready.push(new Uint8Array(this.buffer, 0, this.index));
		this.buffer = new ArrayBuffer(this.buffer.byteLength);
		this.view = new DataView(this.buffer);
		this.index = 0;
	}

	finish(): void {
		this.flush();
	}

	take(): Uint8Array[] {
		this.flush();
		const out = this.ready;
		this.ready = [];
		return out;
	}
}

/** For columns whose values are nearly all different: skips the writer's trial of a dictionary. */
const PLAIN = { encoding: 'PLAIN' } as const;

export function* writeParquet(table: ExportTable, provenance: () => Provenance, rowGroupRows = PARQUET_ROW_GROUP): ExportChunks {
	const { columns } = table;
	const slab = new Utf8Slab();
	const converters = convertersFor(slab);
	const convert = columns.map((c) => converters[c.kind]);
	// Min/max statistics serve numbers and times; for text they would also keep every group's
	// buffers alive until the footer is written.
	const withStatistics = columns.map((c) => c.kind !== 'text' && c.kind !== 'list');
	const writer = new ChunkedByteWriter(1 << 20);
	const parquet = new ParquetWriter({
		writer,
		schema: parquetSchema(columns),
		codec: 'SNAPPY',
		createdBy: `murmur ${MURMUR_VERSION} (hyparquet-writer)`
	});
	const collectGarbageIfGrown = garbageCollector();
	let group: unknown[][] = columns.map(() => []);
	let n = 0;
	const writeGroup = () => {
		parquet.write({
			columnData: columns.map((c, i) => ({ name: c.name, data: group[i], statistics: withStatistics[i], ...(c.distinct ? PLAIN : {}) })),
			rowGroupSize: n
		});
		group = columns.map(() => []);
		n = 0;
		slab.reset();
		collectGarbageIfGrown();
	};
	yield* writer.take();
	for (const row of table.rows) {
		for (let i = 0; i < convert.length; i++) group[i].push(convert[i](row[i]));
		if (++n === rowGroupRows) {
			writeGroup();
			yield* writer.take();
		}
	}
	if (n > 0) writeGroup();
	parquet.kvMetadata = provenanceKeyValues(provenance());
	parquet.finish();
	yield* writer.take();
}
