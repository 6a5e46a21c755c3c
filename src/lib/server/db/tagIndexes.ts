// A large first tag (no comment has tags yet) writes comment_tags, comment_topics and
// comment_emoji without their secondary indexes and builds each once by sorting at the end, as
// bulkIndexes.ts does for a first ingest. Kept row by row, those seven indexes cost more than the
// rows themselves (~16 CPU µs of a comment's ~23 µs write; a sort rebuilds them for ~5 µs).
//
// Crash safety: the indexes' SQL is saved in `meta`, with the tagging process's id, in the same
// transaction that drops them. A killed pass leaves every committed batch whole, only unindexed; the next
// writer (openForWrite, `murmur tag`) rebuilds the indexes of a process that is no longer running.
// Only a first tag suspends them: a dashboard reading a tagged corpus keeps its indexes.
import type { DB } from './open';

const KEY = 'suspended_tag_indexes';
const TABLES = ['comment_tags', 'comment_topics', 'comment_emoji'];
/** Fewer comments than this are cheaper to index as they come. */
const MIN_COMMENTS = 20_000;

interface Suspension {
	pid: number;
	indexes: { name: string; sql: string }[];
}

function suspension(db: DB): Suspension | null {
	const row = db.prepare(`SELECT value FROM meta WHERE key = ?`).get(KEY) as { value: string } | undefined;
	return row ? (JSON.parse(row.value) as Suspension) : null;
}

function running(pid: number): boolean {
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		// EPERM: the process exists but belongs to someone else.
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function secondaryIndexes(db: DB): { name: string; sql: string }[] {
	return db
		.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN (${TABLES.map(() => '?').join(',')}) AND sql IS NOT NULL ORDER BY name`)
		.all(...TABLES) as { name: string; sql: string }[];
}

/** Whether this pass is a large first tag: no comment has tags yet, and at least `min` comments. */
export function worthSuspendingTagIndexes(db: DB, min = MIN_COMMENTS): boolean {
	if (db.prepare(`SELECT 1 FROM comment_tags LIMIT 1`).get()) return false;
	return (db.prepare(`SELECT count(*) AS n FROM comments`).get() as { n: number }).n >= min;
}

/**
 * Drops the tag tables' secondary indexes and records how to rebuild them. Returns false (and
 * changes nothing) when another live process holds them suspended.
 */
export function suspendTagIndexes(db: DB): boolean {
	return db.transaction(() => {
		const held = suspension(db);
		if (held && held.pid !== process.pid && running(held.pid)) return false;
		const indexes = [...(held?.indexes ?? [])];
		for (const index of secondaryIndexes(db)) {
			if (!indexes.some((i) => i.name === index.name)) indexes.push(index);
			db.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`);
		}
		db.prepare(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(
			KEY,
			JSON.stringify({ pid: process.pid, indexes } satisfies Suspension)
		);
		return true;
	}).immediate();
}

/**
 * Rebuilds the suspended indexes (one sort each) and clears the record: this process's, or with
 * `abandoned` those of a process that is gone. Returns how many indexes were built.
 */
export function restoreTagIndexes(db: DB, { abandoned = false } = {}): number {
	const held = suspension(db);
	if (!held || (abandoned ? running(held.pid) : held.pid !== process.pid)) return 0;
	// Outside a transaction SQLite lets the sorts spill to temporary files rather than memory, and
	// sort on helper threads: the rebuild is the one part of a pass that would leave a core idle.
	const spill = !db.inTransaction;
	const tempStore = db.pragma('temp_store', { simple: true }) as number;
	const threads = db.pragma('threads', { simple: true }) as number;
	if (spill) db.pragma('temp_store = FILE');
	db.pragma('threads = 2');
	try {
		return build(db, held.pid);
	} finally {
		if (spill) db.pragma(`temp_store = ${tempStore}`);
		db.pragma(`threads = ${threads}`);
	}
}

function build(db: DB, pid: number): number {
	return db.transaction(() => {
		// Read again under the write lock: another process may have done it meanwhile.
		const now = suspension(db);
		if (!now || now.pid !== pid) return 0;
		const present = new Set(secondaryIndexes(db).map((i) => i.name));
		let built = 0;
		for (const index of now.indexes)
			if (!present.has(index.name)) {
				db.exec(index.sql);
				built++;
			}
		db.prepare(`DELETE FROM meta WHERE key = ?`).run(KEY);
		return built;
	}).immediate();
}

/** Rebuilds the indexes a killed tag pass left suspended; one lookup when there are none. */
export function restoreAbandonedTagIndexes(db: DB): number {
	const hasMeta = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'`).get();
	return hasMeta ? restoreTagIndexes(db, { abandoned: true }) : 0;
}
