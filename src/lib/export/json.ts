// JSON and NDJSON objects: values as values (numbers, arrays, null), keys in column order, so
// nothing needs neutralising. Framing (the array brackets, line ends) is in text.ts.
import type { ExportColumn } from './columns';

/** Builds each object by concatenation with precomputed keys: no per-row object is allocated. */
export function objectWriter(columns: readonly ExportColumn[]): (row: readonly unknown[]) => string {
	const keys = columns.map((c, i) => (i === 0 ? '{' : ',') + JSON.stringify(c.name) + ':');
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
