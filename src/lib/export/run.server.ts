// One export, start to finish, for the HTTP route and the CLI alike: a single read snapshot
// (the database fingerprint and the rows come from the same state), the rows streamed through
// a writer, and the provenance that describes exactly what was written.
import type { DB } from '../server/db/open';
import {
	articleTitles,
	countExportRows,
	databaseFingerprint,
	exportRows,
	tuneForExport
} from '../server/db/export';
import type { WriterContext } from './context';
import { FORMAT_INFO } from './formats';
import { exportFileName, makeProvenance, type DatabaseFingerprint, type Provenance } from './provenance';
import type { ExportRequest } from './request';
import { RowTally } from './table';
import { formatRowCap, writeExport } from './writers';

export interface ExportRun {
	fileName: string;
	contentType: string;
	/** The database state the rows are read from (known before the first byte). */
	fingerprint: DatabaseFingerprint;
	rowCap: number | null;
	/** The file's bytes. Ends the read transaction when exhausted or stopped early. */
	chunks: AsyncGenerator<Uint8Array>;
	/** What the file holds; final once `chunks` is exhausted. */
	provenance(): Provenance;
}

function rowCapOf(req: ExportRequest): number | null {
	const caps = [formatRowCap(req.format), req.limit].filter((c): c is number => c !== null);
	return caps.length ? Math.min(...caps) : null;
}

/** Begins a read transaction so that everything read afterwards sees one snapshot (WAL). */
function snapshot(db: DB): void {
	tuneForExport(db);
	if (!db.inTransaction) db.exec('BEGIN');
	db.prepare('SELECT 1 FROM sqlite_schema LIMIT 1').get(); // a deferred BEGIN takes its snapshot at the first read
}

function endSnapshot(db: DB): void {
	if (db.open && db.inTransaction) db.exec('COMMIT');
}

export interface RunOptions {
	now?: Date;
	/** Names the file in the provenance (the CLI's --out); the download name is made up otherwise. */
	file?: string;
}

/** Starts an export on `db`, which the caller keeps open until `chunks` is done and then closes. */
export function runExport(db: DB, req: ExportRequest, opts: RunOptions = {}): ExportRun {
	const now = opts.now ?? new Date();
	snapshot(db);
	const fingerprint = databaseFingerprint(db);
	const titles = articleTitles(db, req.filters.article);
	const rowCap = rowCapOf(req);
	const tally = new RowTally(rowCap, req.columns.length);
	const fileName = opts.file ?? exportFileName(req.level, req.format, now);
	const notes: string[] = [];
	const provenance = () =>
		makeProvenance({
			format: req.format,
			level: req.level,
			file: fileName,
			filters: req.filters,
			articleTitles: titles,
			columns: req.columns.map((c) => c.name),
			rowCount: tally.count,
			rowCap,
			truncated: tally.truncated,
			nlpVersions: tally.versions(),
			database: fingerprint,
			createdAt: now,
			notes
		});
	const ctx: WriterContext = { bom: req.bom, createdAt: now, notes, provenance };

	async function* chunks(): AsyncGenerator<Uint8Array> {
		try {
			const table = { columns: req.columns, rows: tally.pass(exportRows(db, req.level, req.filters, req.columns)) };
			yield* writeExport(req.format, req.level, table, ctx);
		} finally {
			endSnapshot(db);
		}
	}
	return { fileName, contentType: FORMAT_INFO[req.format].contentType, fingerprint, rowCap, chunks: chunks(), provenance };
}

/**
 * The provenance of the export a request would produce, from a count instead of the rows: the
 * sidecar the dashboard offers beside each download link.
 */
export function exportMeta(db: DB, req: ExportRequest, opts: { now?: Date; file?: string } = {}): Provenance {
	const now = opts.now ?? new Date();
	snapshot(db);
	try {
		const fingerprint = databaseFingerprint(db);
		const { rows, nlpVersions } = countExportRows(db, req.level, req.filters);
		const rowCap = rowCapOf(req);
		const truncated = rowCap !== null && rows > rowCap;
		return makeProvenance({
			format: req.format,
			level: req.level,
			file: opts.file ?? exportFileName(req.level, req.format, now),
			filters: req.filters,
			articleTitles: articleTitles(db, req.filters.article),
			columns: req.columns.map((c) => c.name),
			rowCount: truncated ? rowCap : rows,
			rowCap,
			truncated,
			nlpVersions,
			database: fingerprint,
			createdAt: now,
			notes: ['counted without writing the file: a download of the same query against the same database_hash holds these rows']
		});
	} finally {
		endSnapshot(db);
	}
}
