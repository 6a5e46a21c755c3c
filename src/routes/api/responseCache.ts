// Answers a repeated /api request from memory until the database changes. The dashboard's charts,
// several people on the same story, and scripts polling an endpoint ask the same question again
// and again; the answer stays the same until another connection commits (an ingest, a tag run, a
// rollup refresh), which PRAGMA data_version reports at the cost of one call. Only answers that
// took a while are kept (search and author filters no rollup covers), within a fixed budget.
import type { DB } from '$lib/server/db/open';

/** Keep answers that took at least this long to make. */
const MIN_MS = 10;
const MAX_ENTRIES = 500;
const MAX_CHARS = 32 * 1024 * 1024;

let owner: DB | null = null;
let version = -1;
const entries = new Map<string, string>();
let chars = 0;

/** Forgets everything when the database is another one or has changed since. */
function validate(db: DB): void {
	const v = db.pragma('data_version', { simple: true }) as number;
	if (db === owner && v === version) return;
	owner = db;
	version = v;
	entries.clear();
	chars = 0;
}

export function cachedAnswer(db: DB, key: string): string | undefined {
	validate(db);
	const hit = entries.get(key);
	if (hit !== undefined) {
		// Most recently used last, so the oldest is evicted first.
		entries.delete(key);
		entries.set(key, hit);
	}
	return hit;
}

export function keepAnswer(db: DB, key: string, body: string, tookMs: number): void {
	if (tookMs < MIN_MS || body.length > MAX_CHARS / 8) return;
	validate(db);
	chars += body.length - (entries.get(key)?.length ?? 0);
	entries.delete(key);
	entries.set(key, body);
	while (entries.size > MAX_ENTRIES || chars > MAX_CHARS) {
		const [oldest, text] = entries.entries().next().value!;
		entries.delete(oldest);
		chars -= text.length;
	}
}
