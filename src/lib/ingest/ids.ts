import { createHash } from 'node:crypto';

/**
 * An id for a comment whose source gave none, derived from what it says: re-ingesting the same
 * comment finds itself; an edited one is a new record (the source offered nothing better).
 */
export function derivedCommentId(article: string, author: string | null | undefined, createdAt: string | null | undefined, text: string): string {
	return 'h:' + createHash('sha1').update(JSON.stringify([article, author ?? null, createdAt ?? null, text])).digest('base64url').slice(0, 16);
}
