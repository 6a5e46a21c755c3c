// Rejected records go to an NDJSON file next to the database (<db>.rejects.ndjson), one line each:
// {"time","file","at","reason","raw"}. Appended, so earlier runs' rejects stay readable.
import { closeSync, openSync, writeSync } from 'node:fs';

export interface RejectLine {
	file: string;
	at: string;
	reason: string;
	raw?: string;
	/** True for a file that could not be read at all (nothing from it was written). */
	fatal?: boolean;
}

export class RejectsFile {
	private fd: number | null = null;
	written = 0;

	constructor(readonly path: string | null) {}

	add(r: RejectLine): void {
		if (!this.path) return;
		this.fd ??= openSync(this.path, 'a');
		writeSync(this.fd, JSON.stringify({ time: new Date().toISOString().slice(0, 19) + 'Z', ...r }) + '\n');
		this.written++;
	}

	close(): void {
		if (this.fd !== null) closeSync(this.fd);
		this.fd = null;
	}
}

/** "data/murmur.db" -> "data/murmur.db.rejects.ndjson"; no file for an in-memory database. */
export function rejectsPathFor(dbPath: string): string | null {
	return dbPath === ':memory:' || !dbPath ? null : `${dbPath}.rejects.ndjson`;
}
