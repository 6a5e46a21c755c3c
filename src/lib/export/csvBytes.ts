// CSV and TSV rows written straight into the output buffer, cell by cell, rather than joined into
// a string per row that is then flattened and encoded: the same bytes as csv.ts's delimitedRow
// (which stays the definition), for about half the CPU. Short ASCII cells (numbers, times,
// labels, handles) are copied in a loop here; anything else is made by csv.ts's rules as a string
// and encoded natively. A cell that repeats the previous row's is copied from where it was written.
import type { ColumnKind, ExportColumn } from './columns';
import { cellFor, type Delimiter } from './csv';
import { startsFormula } from './cells';
import type { ChunkWriter } from './text';

/** Writes one value; `out` has room for it (see `most`). */
type Put = (v: unknown, out: ChunkWriter) => void;

/** Cells up to this long are checked and copied in JavaScript; longer ones by the native encoder. */
const SHORT = 32;

// The native UTF-8 encoder without Buffer.write's argument handling (present on every Node Buffer).
type Utf8Writer = Buffer & { utf8Write(text: string, offset: number): number };

/** A string's UTF-8 at out.pos. */
function putString(s: string, out: ChunkWriter): void {
	const buf = out.buf as Utf8Writer;
	const p = out.pos;
	const n = s.length;
	if (n <= SHORT) {
		let i = 0;
		for (; i < n; i++) {
			const c = s.charCodeAt(i);
			if (c >= 0x80) break;
			buf[p + i] = c;
		}
		if (i === n) {
			out.pos = p + n;
			return;
		}
	}
	out.pos = p + buf.utf8Write(s, p);
}

/** Bytes `s` can take as a cell: 3 per UTF-16 code unit, plus quotes and an apostrophe. */
const most = (s: string) => 3 * s.length + 3;

/**
 * Room for a cell of `bytes`; false when it is bigger than a chunk (it is then written as its
 * own chunk by out.write).
 */
const room = (out: ChunkWriter, bytes: number) => out.reserve(bytes);

/** The last value a column wrote, and where, so that a repeat is a copy. */
class Repeat {
	last: unknown = undefined;
	buf: Buffer | null = null;
	from = 0;
	to = 0;

	/** True when `v` is the last value and was copied again. */
	copied(v: unknown, out: ChunkWriter): boolean {
		if (v !== this.last || out.buf !== this.buf) return false;
		const n = this.to - this.from;
		if (!room(out, n) || out.buf !== this.buf) return false;
		const buf = out.buf!;
		// copyWithin costs more than a short loop.
		if (n > 64) buf.copyWithin(out.pos, this.from, this.to);
		else for (let i = this.from, p = out.pos; i < this.to; ) buf[p++] = buf[i++];
		out.pos += n;
		return true;
	}

	/** Notes that `v` was just written from `from` to out.pos. */
	wrote(v: unknown, out: ChunkWriter, from: number): void {
		this.last = v;
		this.buf = out.buf;
		this.from = from;
		this.to = out.pos;
	}
}

/** Writes a cell string made by csv.ts, reserving room for it (or handing it on as its own chunk). */
function putCell(cell: string, out: ChunkWriter): boolean {
	if (!room(out, most(cell))) {
		out.write(cell);
		return false;
	}
	putString(cell, out);
	return true;
}

function textPut(delimiter: Delimiter): Put {
	const d = delimiter.charCodeAt(0);
	const slow = cellFor('text', delimiter);
	const repeat = new Repeat();
	return (v, out) => {
		if (v === null || v === undefined) return;
		if (repeat.copied(v, out)) return;
		const s = typeof v === 'string' ? v : String(v);
		const n = s.length;
		if (n <= SHORT && room(out, n + 3)) {
			// One look: ASCII without quotes? Then which framing csv.ts would give it.
			let special = false;
			let i = 0;
			for (; i < n; i++) {
				const c = s.charCodeAt(i);
				if (c >= 0x80 || c === 34 /* " */) break;
				if (c === d || c === 10 || c === 13) special = true;
			}
			if (i === n) {
				const buf = out.buf!;
				const from = out.pos;
				let p = from;
				if (special) buf[p++] = 34;
				// csv.ts neutralises (cells.ts): the apostrophe.
				if (startsFormula(s.charCodeAt(0))) buf[p++] = 39;
				for (let k = 0; k < n; k++) buf[p++] = s.charCodeAt(k);
				if (special) buf[p++] = 34;
				out.pos = p;
				repeat.wrote(v, out, from);
				return;
			}
		}
		if (s.indexOf('"') < 0 && room(out, 3 * n + 3)) {
			// A long text (a comment) as it is, between quotes if need be: no string is made for the cell.
			const quote = s.indexOf(delimiter) >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
			const buf = out.buf as Utf8Writer;
			const from = out.pos;
			let p = from;
			if (quote) buf[p++] = 34;
			if (startsFormula(s.charCodeAt(0))) buf[p++] = 39;
			p += buf.utf8Write(s, p);
			if (quote) buf[p++] = 34;
			out.pos = p;
			repeat.wrote(v, out, from);
			return;
		}
		const cell = slow(v);
		if (room(out, most(cell))) {
			const from = out.pos;
			putString(cell, out);
			repeat.wrote(v, out, from);
		} else {
			out.write(cell);
			repeat.last = undefined;
		}
	};
}

const FRACTION_SLOTS = 4096;

/** Numbers as JavaScript writes them ('' + v); integers digit by digit. Other values as text. */
function numberPut(delimiter: Delimiter): Put {
	const text = textPut(delimiter);
	const digits = new Uint8Array(12);
	// Converting a fraction to text is slow, and scores take few values (three decimals): a
	// direct-mapped cache by thousandths, checked against the exact value.
	const seen = new Float64Array(FRACTION_SLOTS).fill(NaN);
	const texts = new Array<string>(FRACTION_SLOTS).fill('');
	return (v, out) => {
		if (typeof v !== 'number') return text(v, out);
		if ((v | 0) !== v) {
			const slot = Math.round(v * 1000) & (FRACTION_SLOTS - 1);
			let s = texts[slot];
			if (seen[slot] !== v) {
				s = '' + v;
				seen[slot] = v;
				texts[slot] = s;
			}
			putCell(s, out);
			return;
		}
		// A 32-bit integer (-0 among them, written "0" as '' + -0 is): at most 11 bytes.
		room(out, 12);
		const buf = out.buf!;
		let p = out.pos;
		let x = v;
		if (x < 0) {
			buf[p++] = 45;
			x = -x;
		}
		let k = 0;
		do {
			digits[k++] = 48 + (x % 10);
			x = Math.floor(x / 10);
		} while (x > 0);
		while (k > 0) buf[p++] = digits[--k];
		out.pos = p;
	};
}

/**
 * Lists: csv.ts's listCell, a JSON array in quotes ("[""a"",""b""]"), from each item's bytes
 * made once. An empty list is an empty cell.
 */
function listPut(): Put {
	const items = new Map<string, Uint8Array>();
	const item = (s: string): Uint8Array => {
		let bytes = items.get(s);
		if (bytes === undefined) {
			bytes = Buffer.from(JSON.stringify(s).replace(/"/g, '""'), 'utf8');
			if (items.size >= 100_000) items.clear();
			items.set(s, bytes);
		}
		return bytes;
	};
	return (v, out) => {
		const list = v as readonly string[] | null | undefined;
		if (!list || list.length === 0) return;
		let total = 4 + list.length;
		const parts: Uint8Array[] = [];
		for (let i = 0; i < list.length; i++) {
			const b = item(list[i]);
			parts.push(b);
			total += b.length;
		}
		if (!room(out, total)) {
			out.write(cellFor('list', ',')(list));
			return;
		}
		const buf = out.buf!;
		let p = out.pos;
		buf[p++] = 34;
		buf[p++] = 91; // [
		for (let i = 0; i < parts.length; i++) {
			if (i > 0) buf[p++] = 44;
			const b = parts[i];
			if (b.length > 64) buf.set(b, p);
			else for (let k = 0; k < b.length; k++) buf[p + k] = b[k];
			p += b.length;
		}
		buf[p++] = 93; // ]
		buf[p++] = 34;
		out.pos = p;
	};
}

function putFor(kind: ColumnKind, delimiter: Delimiter): Put {
	switch (kind) {
		case 'list':
			return listPut();
		case 'text':
		case 'time':
			return textPut(delimiter);
		default:
			return numberPut(delimiter);
	}
}

/** Writes one record and its CRLF into `out`: the bytes of delimitedRow(columns)(row) + '\r\n'. */
export function delimitedRowBytes(columns: readonly ExportColumn[], delimiter: Delimiter): (row: readonly unknown[], out: ChunkWriter) => void {
	const puts = columns.map((c) => putFor(c.kind, delimiter));
	const n = puts.length;
	const d = delimiter.charCodeAt(0);
	return (row, out) => {
		puts[0](row[0], out);
		for (let i = 1; i < n; i++) {
			room(out, 1);
			out.buf![out.pos++] = d;
			puts[i](row[i], out);
		}
		room(out, 2);
		const buf = out.buf!;
		buf[out.pos++] = 13;
		buf[out.pos++] = 10;
	};
}
