// Writes tags, topics and duplicate flags given directly rather than computed by the NLP pass:
// what test fixtures and benchmark corpora use to get a tagged database without running `tag`.
import type { DB } from './open';
import type { Analysis } from '../../types';

export interface DirectTag {
	commentId: number;
	/** lang, sentiment (score, label, evidence), emoji, stance, topics: the `murmur analyze` shape. */
	analysis: Analysis;
	nlpVersion?: string;
	taggedAt?: string;
}

export interface DirectCluster {
	method: 'near-duplicate' | 'template';
	commentIds: number[];
	sharedPhrase?: string | null;
	similarity?: number;
	threshold?: number;
}

function topicIdGetter(db: DB): (name: string, kind?: string | null) => number {
	const find = db.prepare(`SELECT id FROM topics WHERE name = ?`);
	const insert = db.prepare(`INSERT INTO topics (name, kind) VALUES (?, ?)`);
	const cache = new Map<string, number>();
	return (name, kind = null) => {
		let id = cache.get(name);
		if (id === undefined) {
			const row = find.get(name) as { id: number } | undefined;
			id = row ? row.id : Number(insert.run(name, kind).lastInsertRowid);
			cache.set(name, id);
		}
		return id;
	};
}

/** Replaces the tags, emoji and topics of the given comments, in one transaction. */
export function insertTags(db: DB, tags: DirectTag[]): void {
	const topicId = topicIdGetter(db);
	const upsertTag = db.prepare(
		`INSERT OR REPLACE INTO comment_tags (comment_id, nlp_version, lang, sentiment_score, sentiment_label, sentiment_evidence,
		   stance_target, stance_label, stance_confidence, stance_evidence, tagged_at)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const clearEmoji = db.prepare(`DELETE FROM comment_emoji WHERE comment_id = ?`);
	const addEmoji = db.prepare(`INSERT INTO comment_emoji (comment_id, emoji, name, count) VALUES (?, ?, ?, ?)`);
	const clearTopics = db.prepare(`DELETE FROM comment_topics WHERE comment_id = ?`);
	const addTopic = db.prepare(`INSERT OR IGNORE INTO comment_topics (comment_id, topic_id) VALUES (?, ?)`);
	db.transaction(() => {
		for (const { commentId, analysis: a, nlpVersion = 'direct', taggedAt = '2026-01-01T00:00:00Z' } of tags) {
			const scored = a.sentiment.label !== 'unscored';
			upsertTag.run(
				commentId, nlpVersion, a.lang,
				scored ? a.sentiment.score : null, a.sentiment.label, JSON.stringify(a.sentiment.evidence),
				a.stance.target, a.stance.label, a.stance.confidence, JSON.stringify(a.stance.evidence),
				taggedAt
			);
			clearEmoji.run(commentId);
			for (const e of a.emoji) addEmoji.run(commentId, e.emoji, e.name, e.count);
			clearTopics.run(commentId);
			for (const t of a.topics) addTopic.run(commentId, topicId(t));
		}
	})();
}

/** Sets an article's topics (names), creating topics as needed. */
export function insertArticleTopics(db: DB, articleId: number, topics: { name: string; kind?: string | null; weight?: number }[]): void {
	const topicId = topicIdGetter(db);
	const add = db.prepare(`INSERT OR REPLACE INTO article_topics (article_id, topic_id, weight) VALUES (?, ?, ?)`);
	db.transaction(() => {
		for (const t of topics) add.run(articleId, topicId(t.name, t.kind ?? null), t.weight ?? 1);
	})();
}

/** Stores duplicate clusters and flags their comments; returns the cluster ids in order. */
export function insertFlagClusters(db: DB, clusters: DirectCluster[], createdAt = '2026-01-01T00:00:00Z'): number[] {
	const addCluster = db.prepare(
		`INSERT INTO dup_clusters (method, size, authors, shared_phrase, exemplar_id, threshold, created_at)
		 VALUES (?, ?, (SELECT count(DISTINCT author_id) FROM comments WHERE id IN (SELECT value FROM json_each(?))), ?, ?, ?, ?)`
	);
	const flag = db.prepare(`INSERT OR REPLACE INTO comment_flags (comment_id, cluster_id, similarity) VALUES (?, ?, ?)`);
	return db.transaction(() =>
		clusters.map((c) => {
			const id = Number(
				addCluster.run(
					c.method, c.commentIds.length, JSON.stringify(c.commentIds), c.sharedPhrase ?? null,
					c.commentIds[0] ?? null, c.threshold ?? null, createdAt
				).lastInsertRowid
			);
			for (const cid of c.commentIds) flag.run(cid, id, c.similarity ?? 1);
			return id;
		})
	)();
}
