// Client-side CSV of a chart's data. Cells that a spreadsheet would run as a formula are
// neutralised with a leading apostrophe (OWASP CSV injection guidance); RFC 4180 quoting.

export type Cell = string | number | boolean | null | undefined | Date;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(v: Cell): string {
	if (v == null) return '';
	let s = v instanceof Date ? v.toISOString() : String(v);
	// Numbers are data, not formulas: only neutralise text.
	if (typeof v === 'string' && FORMULA_START.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(columns: string[], rows: Cell[][]): string {
	const lines = [columns.map(csvCell).join(',')];
	for (const r of rows) lines.push(r.map(csvCell).join(','));
	return lines.join('\r\n') + '\r\n';
}
