// Bulk loading: a large import into an empty comments table drops the table's secondary indexes,
// appends the rows, and rebuilds each index once by sorting (indexSuspension.ts holds the how and
// the crash safety). bench/ingest.ts prints both costs.
import type { DB } from './open';
import { restoreAbandonedIndexSet, restoreIndexes, suspendIndexes, type IndexSet } from './indexSuspension';

const COMMENT_INDEXES: IndexSet = { key: 'suspended_comment_indexes', tables: ['comments'], sortThreads: 0 };

/** Drops the comments' secondary indexes for a bulk load; false when another live process holds them. */
export function suspendCommentIndexes(db: DB): boolean {
	return suspendIndexes(db, COMMENT_INDEXES);
}

/** Rebuilds this process's suspended comment indexes (or a gone loader's, with `abandoned`). */
export function restoreCommentIndexes(db: DB, opts: { abandoned?: boolean } = {}): number {
	return restoreIndexes(db, COMMENT_INDEXES, opts);
}

/** Rebuilds the indexes a killed bulk load left suspended; cheap (one lookup) when there are none. */
export function restoreAbandonedIndexes(db: DB): number {
	return restoreAbandonedIndexSet(db, COMMENT_INDEXES);
}

/** Fewer new rows than this are cheaper to index as they come. */
const BULK_MIN_ROWS = 20_000;

/**
 * Whether loading about `newRows` comments is worth suspending the indexes: only into an empty
 * comments table (a first import), and only for a large load. Into a corpus a dashboard may be
 * serving, a load without indexes would make its queries scan: measured with 20,000 comments
 * served while 150,000 were added, reads stalled for 14 s (none over 3 s with the indexes kept).
 */
export function worthBulkLoading(db: DB, newRows: number): boolean {
	if (newRows < BULK_MIN_ROWS) return false;
	return !db.prepare(`SELECT 1 FROM comments LIMIT 1`).get();
}
