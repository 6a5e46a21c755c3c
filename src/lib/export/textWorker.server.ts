// A worker of the parallel text export (parallel.server.ts): its own read-only connection and
// read transaction, whose snapshot it reports as a database fingerprint; then, per slice of
// comment ids it is given, the slice's rows formatted and encoded, handed back as bytes.
// It runs bundled into plain JavaScript (workerSource.server.ts), so it imports nothing that
// needs its own file location at load time.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { databaseFingerprint, tuneForExport } from '../server/db/export';
import { commentRows, type IdRange } from '../server/db/exportRows';
import type { Filters } from '../filters';
import { selectColumns } from './columns';
import { ChunkWriter, textFraming, type TextFormat } from './text';

export interface WorkerJob {
	dbPath: string;
	format: TextFormat;
	filters: Filters;
	columns: string[];
}

export type ToWorker = { type: 'slice'; k: number; range: IdRange } | { type: 'end' };
export type FromWorker =
	| { type: 'ready'; hash: string }
	| { type: 'slice'; k: number; pieces: Uint8Array[]; rows: number; versions: string[] };

const job = workerData as WorkerJob;
const port = parentPort!;
const db = new Database(job.dbPath, { readonly: true, fileMustExist: true });
tuneForExport(db);
db.pragma('cache_size = -4096'); // each worker reads its own slices: a small cache is enough
db.exec('BEGIN');
port.postMessage({ type: 'ready', hash: databaseFingerprint(db).hash } satisfies FromWorker);

const columns = selectColumns('comments', job.columns.join(','));
const framing = textFraming(job.format, columns);
const n = columns.length;

port.on('message', (m: ToWorker) => {
	if (m.type === 'end') {
		db.exec('COMMIT');
		db.close();
		port.close();
		return;
	}
	const versions = new Set<string>();
	let rows = 0;
	const counted = (function* () {
		for (const row of commentRows(db, job.filters, columns, m.range)) {
			const v = row[n];
			if (typeof v === 'string') versions.add(v);
			rows++;
			yield row;
		}
	})();
	const out = new ChunkWriter();
	let first = true;
	for (const row of counted) {
		out.write(first ? framing.row(row) : framing.separator + framing.row(row));
		first = false;
	}
	out.flush();
	const pieces = out.take();
	// Hand the chunk buffers over rather than copy them (each has a buffer of its own).
	const transfer = [...new Set(pieces.map((p) => p.buffer as ArrayBuffer))];
	port.postMessage({ type: 'slice', k: m.k, pieces, rows, versions: [...versions] } satisfies FromWorker, transfer);
});
