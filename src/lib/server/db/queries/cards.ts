// One comment as lists show it: the select list, and the row -> CommentCard mapping.
import type { CommentCard, EvidenceSpan } from '../../../api-types';
import type { CommentStatus, SentimentLabel, StanceLabel, SentimentEvidence } from '../../../types';

/** Needs `comments c`, `LEFT JOIN comment_tags t` and CARD_JOINS. */
export const CARD_COLUMNS = `c.id, c.article_id AS articleId, au.handle AS author, c.created_at AS createdAt,
  c.effective_at AS effectiveAt, c.text, c.status, c.parent_id AS parentId, c.depth,
  t.sentiment_label AS sentimentLabel, t.sentiment_score AS sentimentScore, t.stance_target AS stanceTarget,
  t.stance_label AS stanceLabel, t.stance_confidence AS stanceConfidence, t.lang,
  (SELECT json_group_array(ce.emoji) FROM comment_emoji ce WHERE ce.comment_id = c.id) AS emojiJson,
  (SELECT fl.cluster_id FROM comment_flags fl WHERE fl.comment_id = c.id) AS clusterId`;

export const CARD_JOINS = `LEFT JOIN authors au ON au.id = c.author_id`;

/** The fields a card shows as stored, plus the tags flat as selected. */
export interface CardRow extends Pick<CommentCard, 'id' | 'articleId' | 'author' | 'createdAt' | 'effectiveAt' | 'text' | 'status' | 'parentId' | 'depth' | 'lang'> {
	sentimentLabel: SentimentLabel | null;
	sentimentScore: number | null;
	stanceTarget: string | null;
	stanceLabel: StanceLabel | null;
	stanceConfidence: number | null;
	emojiJson: string | null;
	clusterId: number | null;
}

/** Deleted and spam comments keep their place in a thread but not their words. */
const HIDDEN: CommentStatus[] = ['deleted', 'spam'];

export function toCard(r: CardRow): CommentCard {
	return {
		id: r.id,
		articleId: r.articleId,
		author: r.author,
		createdAt: r.createdAt,
		effectiveAt: r.effectiveAt,
		text: HIDDEN.includes(r.status) ? '' : r.text,
		status: r.status,
		parentId: r.parentId,
		depth: r.depth,
		sentiment: { label: r.sentimentLabel, score: r.sentimentScore },
		stance: { target: r.stanceTarget, label: r.stanceLabel, confidence: r.stanceConfidence },
		lang: r.lang,
		emoji: r.emojiJson ? (JSON.parse(r.emojiJson) as string[]) : [],
		clusterId: r.clusterId
	};
}

/**
 * Evidence with character offsets into the text, for highlighting. Offsets the tagger gave are
 * kept when they point at the token; otherwise the token is searched for (case-insensitively,
 * after the previous match), and left without offsets when it is not in the text.
 */
export function locateEvidence(text: string, json: string | null): EvidenceSpan[] {
	let items: SentimentEvidence[];
	try {
		items = json ? (JSON.parse(json) as SentimentEvidence[]) : [];
	} catch {
		return [];
	}
	if (!Array.isArray(items)) return [];
	const lower = text.toLowerCase();
	let cursor = 0;
	return items.map((e) => {
		const token = String(e.token ?? '');
		if (typeof e.start === 'number' && typeof e.end === 'number' && lower.slice(e.start, e.end) === token.toLowerCase()) {
			cursor = e.end;
			return { ...e, token };
		}
		const { start: _s, end: _e, ...rest } = e;
		let at = token ? lower.indexOf(token.toLowerCase(), cursor) : -1;
		if (at < 0 && token) at = lower.indexOf(token.toLowerCase());
		if (at < 0) return { ...rest, token };
		cursor = at + token.length;
		return { ...rest, token, start: at, end: at + token.length };
	});
}
