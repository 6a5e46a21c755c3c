// Parquet through hyparquet-writer's incremental ParquetWriter: rows are gathered into one row
// group at a time, written, and the bytes handed on, so memory holds one group, never the file.
// The provenance goes into the footer's key-value metadata, written last, when the count is known.
import { ByteWriter, ParquetWriter, type SchemaElement } from 'hyparquet-writer';
import type { ColumnKind, ExportColumn } from './columns';
import { provenanceKeyValues, type Provenance } from './provenance';
import type { ExportChunks, ExportTable } from './table';
import { MURMUR_VERSION } from '../version';

/** Rows per row group: large enough for good compression, small enough to keep memory flat. */
export const PARQUET_ROW_GROUP = 25_000;

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

type Convert = (v: unknown) => unknown;
const nullable = (f: Convert): Convert => (v) => (v === null || v === undefined ? null : f(v));

const converters: Record<ColumnKind, Convert> = {
	id: nullable((v) => BigInt(v as number)),
	integer: nullable((v) => Number(v)),
	number: nullable((v) => Number(v)),
	text: nullable((v) => String(v)),
	time: nullable((v) => Date.parse(v as string)),
	list: (v) => (v === null || v === undefined ? [] : v)
};

/** A ByteWriter that hands its bytes on after each row group instead of keeping the whole file. */
class ChunkedByteWriter extends ByteWriter {
	private ready: Uint8Array[] = [];

	flush(): void {
		if (this.index === 0) return;
		this.ready.push(new Uint8Array(this.buffer.slice(0, this.index)));
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

export function* writeParquet(table: ExportTable, provenance: () => Provenance, rowGroupRows = PARQUET_ROW_GROUP): ExportChunks {
	const { columns } = table;
	const convert = columns.map((c) => converters[c.kind]);
	const writer = new ChunkedByteWriter(1 << 20);
	const parquet = new ParquetWriter({
		writer,
		schema: parquetSchema(columns),
		codec: 'SNAPPY',
		createdBy: `murmur ${MURMUR_VERSION} (hyparquet-writer)`
	});
	let group: unknown[][] = columns.map(() => []);
	let n = 0;
	const writeGroup = () => {
		parquet.write({ columnData: columns.map((c, i) => ({ name: c.name, data: group[i] })), rowGroupSize: n });
		group = columns.map(() => []);
		n = 0;
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
