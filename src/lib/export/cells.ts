// Formula-injection neutralisation for the formats a spreadsheet opens (CSV, TSV, XLSX).

/**
 * OWASP CSV-injection guidance: a cell that a spreadsheet could read as a formula starts with
 * = + - @, a tab or a carriage return. `code` is the cell's first UTF-16 code unit.
 */
export function startsFormula(code: number): boolean {
	return code === 0x3d /* = */ || code === 0x2b /* + */ || code === 0x2d /* - */ || code === 0x40 /* @ */ || code === 0x09 /* tab */ || code === 0x0d; /* CR */
}

/**
 * Such a cell gets a leading apostrophe, which spreadsheets show as text. Only text columns pass
 * through here: numbers murmur writes itself (a sentiment of -0.5) are data.
 */
export function neutralise(text: string): string {
	return startsFormula(text.charCodeAt(0)) ? "'" + text : text;
}
