// Moderation states as exports spell them, to the corpus's four. Unknown spellings are rejected
// with the value shown, never guessed.
import type { CommentStatus, CommentType } from '../types';

const STATUS: Record<string, CommentStatus> = {
	visible: 'visible', approved: 'visible', accepted: 'visible', published: 'visible', public: 'visible', none: 'visible',
	'1': 'visible', true: 'visible', active: 'visible', ok: 'visible',
	deleted: 'deleted', removed: 'deleted', trash: 'deleted', trashed: 'deleted', 'post-trashed': 'deleted', rejected: 'deleted',
	spam: 'spam',
	unapproved: 'unapproved', pending: 'unapproved', premod: 'unapproved', hold: 'unapproved', moderated: 'unapproved',
	'0': 'unapproved', false: 'unapproved', systemwithheld: 'unapproved', system_withheld: 'unapproved', withheld: 'unapproved'
};

/** The corpus status for an export's spelling, `undefined` for empty, or null when unknown. */
export function statusOf(value: string): CommentStatus | undefined | null {
	const v = value.trim().toLowerCase();
	if (!v) return undefined;
	return STATUS[v] ?? null;
}

export function typeOf(value: string): CommentType | undefined | null {
	const v = value.trim().toLowerCase();
	if (!v) return undefined;
	if (v === 'comment' || v === 'pingback' || v === 'trackback') return v;
	return null;
}
