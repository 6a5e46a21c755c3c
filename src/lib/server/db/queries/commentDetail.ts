// One comment expanded: its tags with their evidence, its thread context and its duplicate cluster.
import type { CommentCard, CommentDetailResponse } from '../../../api-types';
import { TAGS_JOIN } from '../filterSql';
import type { DB } from '../open';
import { CARD_COLUMNS, CARD_JOINS, locateEvidence, toCard, type CardRow } from './cards';

const MAX_CONTEXT = 50;

function parseJson<T>(s: string | null, fallback: T): T {
	try {
		return s ? (JSON.parse(s) as T) : fallback;
	} catch {
		return fallback;
	}
}

/** Any stored comment (the explorer links only reader comments; context may include others). */
export function commentDetail(db: DB, id: number): CommentDetailResponse | null {
	const card = db.prepare(`SELECT ${CARD_COLUMNS} FROM comments c ${TAGS_JOIN} ${CARD_JOINS} WHERE c.id = ?`);
	const row = db
		.prepare(
			`SELECT ${CARD_COLUMNS}, a.title AS articleTitle, t.sentiment_evidence AS sentimentEvidence, t.stance_evidence AS stanceEvidence,
			   t.nlp_version AS nlpVersion,
			   (SELECT count(*) FROM comments r WHERE r.parent_id = c.id AND r.type = 'comment' AND r.status = 'visible') AS replies
			 FROM comments c ${TAGS_JOIN} ${CARD_JOINS} JOIN articles a ON a.id = c.article_id WHERE c.id = ?`
		)
		.get(id) as
		| (CardRow & { articleTitle: string | null; sentimentEvidence: string | null; stanceEvidence: string | null; nlpVersion: string | null; replies: number })
		| undefined;
	if (!row) return null;
	const comment = { ...toCard(row), articleTitle: row.articleTitle, replies: row.replies };

	const ancestors: CommentCard[] = [];
	for (let p = row.parentId, guard = 0; p !== null && guard < MAX_CONTEXT; guard++) {
		const r = card.get(p) as CardRow | undefined;
		if (!r) break;
		ancestors.unshift(toCard(r));
		p = r.parentId;
	}
	const replies = (
		db
			.prepare(`SELECT ${CARD_COLUMNS} FROM comments c ${TAGS_JOIN} ${CARD_JOINS} WHERE c.parent_id = ? AND c.type = 'comment' ORDER BY c.position, c.id LIMIT ?`)
			.all(id, MAX_CONTEXT) as CardRow[]
	).map(toCard);
	const topics = (
		db.prepare(`SELECT tp.name FROM comment_topics ct JOIN topics tp ON tp.id = ct.topic_id WHERE ct.comment_id = ? ORDER BY tp.name`).raw().all(id) as [string][]
	).map(([n]) => n);
	const cluster = db
		.prepare(
			`SELECT d.id, d.method, d.size, d.shared_phrase AS sharedPhrase, fl.similarity
			 FROM comment_flags fl JOIN dup_clusters d ON d.id = fl.cluster_id WHERE fl.comment_id = ?`
		)
		.get(id) as CommentDetailResponse['cluster'] | undefined;
	const visibleText = comment.text;
	return {
		comment,
		sentimentEvidence: visibleText ? locateEvidence(row.text, row.sentimentEvidence) : [],
		stanceEvidence: visibleText ? parseJson(row.stanceEvidence, []) : [],
		topics,
		nlpVersion: row.nlpVersion,
		ancestors,
		replies,
		cluster: cluster ?? null
	};
}
