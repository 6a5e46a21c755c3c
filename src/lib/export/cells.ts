// Formula-injection neutralisation for the formats a spreadsheet opens (CSV, TSV, XLSX).

/**
 * OWASP CSV-injection guidance: a cell that a spreadsheet could read as a formula (it starts with
 * = + - @, a tab or a carriage return) gets a leading apostrophe, which spreadsheets show as text.
 * Only text columns pass through here: numbers murmur writes itself (a sentiment of -0.5) are data.
 */
export function neutralise(text: string): string {
	switch (text.charCodeAt(0)) {
		case 0x3d: // =
		case 0x2b: // +
		case 0x2d: // -
		case 0x40: // @
		case 0x09: // tab
		case 0x0d: // carriage return
			return "'" + text;
		default:
			return text;
	}
}
