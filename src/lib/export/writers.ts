// Which writer makes which format, and the row cap each format imposes.
import type { ExportLevel } from './columns';
import type { WriterContext } from './context';
import type { ExportFormat } from './formats';
import { writeParquet } from './parquet';
import { writeText } from './text';
import type { ExportChunks, ExportTable } from './table';
import { writeXlsx, XLSX_ROW_CAP } from './xlsx';

export function writeExport(format: ExportFormat, level: ExportLevel, table: ExportTable, ctx: WriterContext): ExportChunks {
	switch (format) {
		case 'csv':
		case 'tsv':
		case 'json':
		case 'ndjson':
			return writeText(format, table, ctx.bom);
		case 'parquet':
			return writeParquet(table, ctx.provenance);
		case 'xlsx':
			return writeXlsx(table, ctx, level);
	}
}

/** The most rows a format can hold; the export stops there and says so (null: no limit). */
export function formatRowCap(format: ExportFormat): number | null {
	return format === 'xlsx' ? XLSX_ROW_CAP : null;
}
