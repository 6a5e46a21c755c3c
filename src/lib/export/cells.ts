// How one value becomes the text of a cell in the flat formats (CSV, TSV, XLSX).
import type { ColumnKind, ExportColumn } from './columns';

/**
 * OWASP CSV-injection guidance: a cell that a spreadsheet could read as a formula (it starts with
 * = + - @, a tab or a carriage return) gets a leading apostrophe, which spreadsheets show as text.
 * Only text columns pass through here: numbers murmur writes itself (a sentiment of -0.5) are data.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(text: string): string {
	return FORMULA_START.test(text) ? "'" + text : text;
}

export type CellText = (value: unknown) => string;

const empty = (v: unknown) => v === null || v === undefined;

/** Lists are JSON arrays (unambiguous whatever a topic name holds); an empty list is an empty cell. */
function listText(v: unknown): string {
	if (empty(v)) return '';
	const list = v as string[];
	return list.length === 0 ? '' : JSON.stringify(list);
}

function plainText(v: unknown): string {
	return empty(v) ? '' : String(v);
}

function safeText(v: unknown): string {
	return empty(v) ? '' : neutralise(String(v));
}

export function cellTextFor(kind: ColumnKind): CellText {
	if (kind === 'list') return listText;
	if (kind === 'text') return safeText;
	return plainText;
}

/** One formatter per column, looked up once per export rather than once per cell. */
export function cellFormatters(columns: readonly ExportColumn[]): CellText[] {
	return columns.map((c) => cellTextFor(c.kind));
}
