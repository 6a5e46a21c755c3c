// JSON and NDJSON objects: values as values (numbers, arrays, null), keys in column order, so
// nothing needs neutralising. Framing (the array brackets, line ends) is in text.ts.
import type { ColumnKind, ExportColumn } from './columns';

type Value = (v: unknown) => string;

/** Text and times; remembers the last value, since neighbouring rows share an article or a label. */
function stringValue(): Value {
	let last: unknown = null;
	let lastJson = 'null';
	return (v) => {
		if (v === null || v === undefined) return 'null';
		if (v === last) return lastJson;
		last = v;
		return (lastJson = JSON.stringify(v));
	};
}

const numberValue: Value = (v) =>
	typeof v === 'number' ? (Number.isFinite(v) ? '' + v : 'null') : v === null || v === undefined ? 'null' : JSON.stringify(v);

/** Items repeat (topics, emoji), so each item's JSON is made once; a list rows share is joined once. */
function listValue(): Value {
	const items = new Map<string, string>();
	const item = (s: string) => {
		let out = items.get(s);
		if (out === undefined) {
			out = JSON.stringify(s);
			if (items.size >= 100_000) items.clear();
			items.set(s, out);
		}
		return out;
	};
	let last: unknown = null;
	let lastJson = 'null';
	return (v) => {
		if (v === last) return lastJson;
		const list = v as readonly string[] | null | undefined;
		let json = 'null';
		if (list) {
			json = '[';
			for (let i = 0; i < list.length; i++) json += (i ? ',' : '') + item(list[i]);
			json += ']';
		}
		last = v;
		return (lastJson = json);
	};
}

function valueFor(kind: ColumnKind): Value {
	switch (kind) {
		case 'list':
			return listValue();
		case 'text':
		case 'time':
			return stringValue();
		default:
			return numberValue;
	}
}

/** Builds each object by concatenation with precomputed keys: no per-row object is allocated. */
export function objectWriter(columns: readonly ExportColumn[]): (row: readonly unknown[]) => string {
	const keys = columns.map((c, i) => (i === 0 ? '{' : ',') + JSON.stringify(c.name) + ':');
	const values = columns.map((c) => valueFor(c.kind));
	const n = keys.length;
	return (row) => {
		let s = '';
		for (let i = 0; i < n; i++) s += keys[i] + values[i](row[i]);
		return n === 0 ? '{}' : s + '}';
	};
}
