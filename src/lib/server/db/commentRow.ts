// A stored comment as the writer reads it back, and whether a record would change it.
import type { CommentRecord } from '../../types';

/** Where a comment sits in its thread, so a reply can be placed without a query. */
export interface ThreadNode {
	id: number;
	root: number;
	depth: number;
}

export interface FoundComment {
	id: number;
	text: string;
	author_id: number | null;
	created_at: string | null;
	score: number | null;
	status: string;
	type: string;
	parent_external_id: string | null;
	position: number | null;
	thread_root_id: number | null;
	depth: number;
}

/**
 * Whether a stored comment already says what the record says. Compared field by field rather than
 * by a stored hash: the common case (a new comment) then costs no hashing at all, and a re-ingest
 * compares strings SQLite already handed over. A position the source did not give is not compared
 * (the stored one is arrival order).
 */
export function sameComment(row: FoundComment, c: CommentRecord, authorId: number | null): boolean {
	return (
		row.text === c.text &&
		row.author_id === authorId &&
		row.created_at === (c.createdAt ?? null) &&
		row.score === (c.score ?? null) &&
		row.status === (c.status ?? 'visible') &&
		row.type === (c.type ?? 'comment') &&
		row.parent_external_id === (c.parentExternalId ?? null) &&
		(c.position == null || row.position === c.position)
	);
}
