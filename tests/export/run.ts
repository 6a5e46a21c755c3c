// Runs an export the way the route and the CLI do, into memory.
import { openReadOnly } from '../../src/lib/server/db/open';
import { parseExportRequest } from '../../src/lib/export/request';
import { runExport, type RunOptions } from '../../src/lib/export/run.server';
import type { Provenance } from '../../src/lib/export/provenance';

export async function exportBytes(
	dbPath: string,
	query: string,
	format: string,
	now = new Date('2026-05-01T12:00:00Z'),
	opts: RunOptions = {}
): Promise<{ bytes: Uint8Array; provenance: Provenance }> {
	const db = openReadOnly(dbPath)!;
	try {
		const run = runExport(db, parseExportRequest(new URLSearchParams(query), format), { now, ...opts });
		const parts: Uint8Array[] = [];
		for await (const chunk of run.chunks) parts.push(chunk);
		return { bytes: new Uint8Array(Buffer.concat(parts)), provenance: run.provenance() };
	} finally {
		db.close();
	}
}
