// A large first tag (no comment has tags yet) writes comment_tags, comment_topics and
// comment_emoji without their secondary indexes and builds each once by sorting at the end
// (indexSuspension.ts, as for a first ingest). Kept row by row, those indexes (seven; three since
// migration 011) cost more than the rows themselves (~16 CPU µs of a comment's ~23 µs write; a
// sort rebuilds them for ~5 µs).
// Only a first tag suspends them: a dashboard reading a tagged corpus keeps its indexes.
import type { DB } from './open';
import { restoreAbandonedIndexSet, restoreIndexes, suspendIndexes, type IndexSet } from './indexSuspension';

// Sorted in 2 MB runs (indexSuspension.ts sortCacheKiB): ~35% less CPU than one run the size of
// the 64 MB page cache.
const TAG_INDEXES: IndexSet = { key: 'suspended_tag_indexes', tables: ['comment_tags', 'comment_topics', 'comment_emoji'], sortThreads: 2, sortCacheKiB: 2048 };
/** Fewer comments than this are cheaper to index as they come. */
const MIN_COMMENTS = 20_000;

/** Whether this pass is a large first tag: no comment has tags yet, and at least `min` comments. */
export function worthSuspendingTagIndexes(db: DB, min = MIN_COMMENTS): boolean {
	if (db.prepare(`SELECT 1 FROM comment_tags LIMIT 1`).get()) return false;
	return (db.prepare(`SELECT count(*) AS n FROM comments`).get() as { n: number }).n >= min;
}

/** Drops the tag tables' secondary indexes; false (nothing changed) when another live process holds them. */
export function suspendTagIndexes(db: DB): boolean {
	return suspendIndexes(db, TAG_INDEXES);
}

/** Rebuilds this process's suspended tag indexes; how many were built. */
export function restoreTagIndexes(db: DB): number {
	return restoreIndexes(db, TAG_INDEXES);
}

/** Rebuilds the indexes a killed tag pass left suspended; one lookup when there are none. */
export function restoreAbandonedTagIndexes(db: DB): number {
	return restoreAbandonedIndexSet(db, TAG_INDEXES);
}
