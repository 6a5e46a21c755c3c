// An export request from a query string (the page's own, plus export options) or from CLI flags
// turned into one. The filters go through the dashboard's one parser, parseFilters, so an export
// holds exactly what the page with the same query string showed.
import { parseFilters, type Filters } from '../filters';
import { parseLevel, selectColumns, type ExportColumn, type ExportLevel } from './columns';
import { EXPORT_PARAMS, parseFormat, type ExportFormat } from './formats';

export interface ExportRequest {
	format: ExportFormat;
	level: ExportLevel;
	filters: Filters;
	columns: ExportColumn[];
	/** Start CSV/TSV with a UTF-8 byte order mark, so Excel reads the text as UTF-8. */
	bom: boolean;
	/** At most this many rows (stated in the provenance); null for all of them. */
	limit: number | null;
}

/** A bad export option; `parameter` names it, like FilterError does for filters. */
export class ExportOptionError extends Error {
	constructor(
		readonly parameter: string,
		message: string
	) {
		super(message);
	}
}

function flag(params: URLSearchParams, name: string): boolean {
	const v = params.get(name);
	if (v === null) return false;
	if (['', '1', 'true', 'yes'].includes(v)) return true;
	if (['0', 'false', 'no'].includes(v)) return false;
	throw new ExportOptionError(name, `${name}: "${v}" is not true or false`);
}

function limitOf(params: URLSearchParams): number | null {
	const v = params.get('limit');
	if (v === null || v === '') return null;
	if (!/^\d{1,12}$/.test(v) || Number(v) < 1) throw new ExportOptionError('limit', `limit: "${v}" is not a positive whole number`);
	return Number(v);
}

/**
 * Reads the export options and the filters from one query string. `format` comes from the path
 * (/export.csv) or, for the sidecar route, from ?format=. Throws FilterError, or an error with a
 * `parameter` naming the bad option (columns, level, format, bom, limit).
 */
export function parseExportRequest(params: URLSearchParams, format?: string): ExportRequest {
	const filterParams = new URLSearchParams(params);
	for (const p of EXPORT_PARAMS) filterParams.delete(p);
	const level = parseLevel(params.get('level'));
	return {
		format: parseFormat(format ?? params.get('format') ?? 'csv'),
		level,
		filters: parseFilters(filterParams),
		columns: selectColumns(level, params.get('columns')),
		bom: flag(params, 'bom'),
		limit: limitOf(params)
	};
}

/** The `parameter` of any error this module's parsers throw, or null for an unexpected error. */
export function badParameter(e: unknown): string | null {
	const p = (e as { parameter?: unknown })?.parameter;
	return typeof p === 'string' ? p : null;
}
