// Formula-injection neutralisation for the formats a spreadsheet opens (CSV, TSV, XLSX).

/**
 * OWASP CSV-injection guidance: a cell that a spreadsheet could read as a formula (it starts with
 * = + - @, a tab or a carriage return) gets a leading apostrophe, which spreadsheets show as text.
 * Only text columns pass through here: numbers murmur writes itself (a sentiment of -0.5) are data.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(text: string): string {
	return FORMULA_START.test(text) ? "'" + text : text;
}
