// Which writer makes which format, and the row cap each format imposes. The Parquet and XLSX
// writers are loaded when first used: exceljs alone adds 17 MB to every process that imports it,
// and every `murmur` command imports this module through the command list.
import type { ExportLevel } from './columns';
import type { WriterContext } from './context';
import { XLSX_ROW_CAP, type ExportFormat } from './formats';
import { writeText } from './text';
import type { ExportChunks, ExportTable } from './table';

export function writeExport(format: ExportFormat, level: ExportLevel, table: ExportTable, ctx: WriterContext): ExportChunks {
	switch (format) {
		case 'csv':
		case 'tsv':
		case 'json':
		case 'ndjson':
			return writeText(format, table, ctx.bom, ctx.allocate);
		case 'parquet':
			return (async function* () {
				const { writeParquet } = await import('./parquet');
				yield* writeParquet(table, ctx.provenance);
			})();
		case 'xlsx':
			return (async function* () {
				const { writeXlsx } = await import('./xlsx');
				yield* writeXlsx(table, ctx, level);
			})();
	}
}

/** The most rows a format can hold; the export stops there and says so (null: no limit). */
export function formatRowCap(format: ExportFormat): number | null {
	return format === 'xlsx' ? XLSX_ROW_CAP : null;
}
