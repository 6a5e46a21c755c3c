// The export formats and how to link to them. Browser-safe: the dashboard's Export menu uses it.

export const EXPORT_FORMATS = ['csv', 'tsv', 'json', 'ndjson', 'parquet', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface FormatInfo {
	label: string;
	contentType: string;
}

export const FORMAT_INFO: Record<ExportFormat, FormatInfo> = {
	csv: { label: 'CSV', contentType: 'text/csv; charset=utf-8; header=present' },
	tsv: { label: 'TSV', contentType: 'text/tab-separated-values; charset=utf-8' },
	json: { label: 'JSON', contentType: 'application/json; charset=utf-8' },
	ndjson: { label: 'NDJSON', contentType: 'application/x-ndjson; charset=utf-8' },
	parquet: { label: 'Parquet', contentType: 'application/vnd.apache.parquet' },
	xlsx: { label: 'Excel (XLSX)', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }
};

/** An XLSX worksheet holds at most 1,048,576 rows; one is the header. */
export const XLSX_ROW_CAP = 1_048_575;
/** Excel refuses cells longer than this many characters. */
export const XLSX_CELL_CHARS = 32_767;

export class FormatError extends Error {
	readonly parameter = 'format';
}

export function parseFormat(value: string | null | undefined): ExportFormat {
	if (value && (EXPORT_FORMATS as readonly string[]).includes(value)) return value as ExportFormat;
	throw new FormatError(`format: "${value ?? ''}" is not one of ${EXPORT_FORMATS.join(', ')}`);
}

/** Query parameters the export reads besides the filters; they are removed before the filter parser sees the query. */
export const EXPORT_PARAMS = ['format', 'columns', 'level', 'bom', 'limit'] as const;

function withExtra(search: string, extra: Record<string, string>): URLSearchParams {
	const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
	for (const [k, v] of Object.entries(extra)) params.set(k, v);
	return params;
}

/**
 * The link that exports what a page shows: the page's own query string with another renderer.
 * `search` is the page's `url.search` (with or without the "?").
 */
export function exportHref(format: ExportFormat, search: string, extra: Record<string, string> = {}): string {
	const q = withExtra(search, extra).toString();
	return `/export.${format}${q ? '?' + q : ''}`;
}

/** The sidecar (provenance) of the export that exportHref() would produce, answered without writing the rows. */
export function exportMetaHref(format: ExportFormat, search: string, extra: Record<string, string> = {}): string {
	return `/export.meta.json?${withExtra(search, { ...extra, format })}`;
}
