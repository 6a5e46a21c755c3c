// One export, start to finish, for the HTTP route and the CLI alike: a single read snapshot
// (the database fingerprint and the rows come from the same state), the rows streamed through
// a writer, and the provenance that describes exactly what was written.
import type { DB } from '../server/db/open';
import { articleTitles, beginSnapshot, countExportRows, databaseFingerprint, endSnapshot, exportRows, openChangeProbe } from '../server/db/export';
import type { WriterContext } from './context';
import { FORMAT_INFO } from './formats';
import { exportFileName, makeProvenance, type DatabaseFingerprint, type Provenance } from './provenance';
import type { ExportRequest } from './request';
import { RowTally } from './table';
import { formatRowCap, writeExport } from './writers';
import { BufferPool } from './text';
import { mayRunInParallel, parallelText, planParts, type ParallelOptions } from './parallel.server';

export interface ExportRun {
	fileName: string;
	contentType: string;
	/** The database state the rows are read from; ask before the first byte, or after the last. */
	readonly fingerprint: DatabaseFingerprint;
	rowCap: number | null;
	/** The file's bytes. Ends the read transaction when exhausted or stopped early. */
	chunks: AsyncGenerator<Uint8Array>;
	/** What the file holds; final once `chunks` is exhausted. */
	provenance(): Provenance;
	/**
	 * Lets go of what the export holds besides `db` (the connection that watches for commits):
	 * for a download cancelled before its first chunk, whose `chunks` never ran. Done by `chunks` otherwise.
	 */
	close(): void;
}

function rowCapOf(req: ExportRequest): number | null {
	const caps = [formatRowCap(req.format), req.limit].filter((c): c is number => c !== null);
	return caps.length ? Math.min(...caps) : null;
}

export interface RunOptions extends ParallelOptions {
	now?: Date;
	/** Names the file in the provenance (the CLI's --out); the download name is made up otherwise. */
	file?: string;
	/**
	 * The caller is done with each chunk when it asks for the next (it has written it out), so
	 * the export may fill the same buffers again. Not for a consumer that queues chunks (a web stream).
	 */
	reuseChunks?: boolean;
}

/** Starts an export on `db`, which the caller keeps open until `chunks` is done and then closes. */
export function runExport(db: DB, req: ExportRequest, opts: RunOptions = {}): ExportRun {
	const now = opts.now ?? new Date();
	// Workers take snapshots of their own; this tells whether they can match this one.
	const probe = opts.workers && mayRunInParallel(req) && db.name !== ':memory:' ? openChangeProbe(db.name) : null;
	let probeOpen = probe !== null;
	const closeProbe = () => {
		if (probeOpen) probe?.close();
		probeOpen = false;
	};
	beginSnapshot(db);
	// Taken when first asked for, in this snapshot: a parallel export takes it while its workers start.
	let fingerprint: DatabaseFingerprint | null = null;
	const fingerprintOf = () => (fingerprint ??= databaseFingerprint(db));
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
			database: fingerprintOf(),
			createdAt: now,
			notes
		});
	const pool = opts.reuseChunks ? new BufferPool() : null;
	const ctx: WriterContext = { bom: req.bom, createdAt: now, notes, provenance, allocate: pool?.allocate };

	function bytes(): AsyncIterable<Uint8Array> | Iterable<Uint8Array> {
		const parts = probe ? planParts(db, req, rowCap, opts) : null;
		if (parts) return parallelText(db, req, parts, tally, probe!, { stats: opts.stats, whileStarting: fingerprintOf, allocate: pool?.allocate });
		const table = { columns: req.columns, rows: tally.pass(exportRows(db, req.level, req.filters, req.columns)) };
		return writeExport(req.format, req.level, table, ctx);
	}

	async function* chunks(): AsyncGenerator<Uint8Array> {
		try {
			if (!pool) {
				yield* bytes();
				return;
			}
			for await (const chunk of bytes()) {
				yield chunk;
				// Asked for the next chunk: the caller is done with this one.
				pool.giveBack(chunk);
			}
		} finally {
			try {
				// The provenance needs it after the snapshot ends.
				if (db.open && db.inTransaction) fingerprintOf();
			} finally {
				closeProbe();
				endSnapshot(db);
			}
		}
	}
	return {
		fileName,
		contentType: FORMAT_INFO[req.format].contentType,
		get fingerprint() {
			return fingerprintOf();
		},
		rowCap,
		chunks: chunks(),
		provenance,
		close: closeProbe
	};
}

/**
 * The provenance of the export a request would produce, from a count instead of the rows: the
 * sidecar the dashboard offers beside each download link.
 */
export function exportMeta(db: DB, req: ExportRequest, opts: { now?: Date; file?: string } = {}): Provenance {
	const now = opts.now ?? new Date();
	beginSnapshot(db);
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
