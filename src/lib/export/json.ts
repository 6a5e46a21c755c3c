// JSON (one streamed array of objects) and NDJSON (one object per line). Lists are arrays, numbers
// are numbers, missing values are null: the values themselves, so nothing needs neutralising.
import { encodeUtf8, type ExportChunks, type ExportTable } from './table';

const CHUNK_CHARS = 1 << 16;

/** Builds each object by concatenation with precomputed keys: no per-row object is allocated. */
function objectWriter(table: ExportTable): (row: readonly unknown[]) => string {
	const keys = table.columns.map((c, i) => (i === 0 ? '{' : ',') + JSON.stringify(c.name) + ':');
	const n = keys.length;
	return (row) => {
		let s = '';
		for (let i = 0; i < n; i++) {
			const v = row[i];
			s += keys[i] + (v === null || v === undefined ? 'null' : JSON.stringify(v));
		}
		return n === 0 ? '{}' : s + '}';
	};
}

export function* writeJsonArray(table: ExportTable): ExportChunks {
	const object = objectWriter(table);
	let buf = '[';
	let first = true;
	for (const row of table.rows) {
		buf += (first ? '\n' : ',\n') + object(row);
		first = false;
		if (buf.length >= CHUNK_CHARS) {
			yield encodeUtf8(buf);
			buf = '';
		}
	}
	yield encodeUtf8(buf + (first ? ']\n' : '\n]\n'));
}

export function* writeNdjson(table: ExportTable): ExportChunks {
	const object = objectWriter(table);
	let buf = '';
	for (const row of table.rows) {
		buf += object(row) + '\n';
		if (buf.length >= CHUNK_CHARS) {
			yield encodeUtf8(buf);
			buf = '';
		}
	}
	if (buf) yield encodeUtf8(buf);
}
