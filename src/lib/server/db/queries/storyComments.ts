// Comments an editor reads first: the most positive and most negative (with the words that made
// them so), and those flagged as coordinated, grouped by cluster.
import type { FlaggedCluster, ScoredComment, StoryExtremesResponse, StoryFlaggedResponse } from '../../../api-types';
import type { Filters } from '../../../filters';
import { placeholders, TAGS_JOIN } from '../filterSql';
import { rawSource } from './rawFilter';
import type { DB } from '../open';
import { totals } from './aggregate';
import { CARD_COLUMNS, CARD_JOINS, locateEvidence, toCard, type CardRow } from './cards';
import { prepared, queryEnv } from './env';
import { buildMeta } from './meta';
import { articleInfo, storyFilters } from './story';

export function storyExtremes(db: DB, articleId: number, filters: Filters, opts: { limit?: number } = {}): StoryExtremesResponse | null {
	const env = queryEnv(db);
	if (!articleInfo(db, articleId)) return null;
	const f = storyFilters(filters, articleId);
	const limit = Math.min(Math.max(opts.limit ?? 5, 1), 50);
	const src = rawSource(env, f);
	// The ranking reads the selection (the facts: narrow rows); the cards read the few it picked.
	const pick = (label: 'positive' | 'negative') => {
		const dir = label === 'positive' ? 'DESC' : 'ASC';
		return (prepared(
			db,
			`SELECT ${CARD_COLUMNS}, t.sentiment_evidence AS evidenceJson FROM comments c ${TAGS_JOIN} ${CARD_JOINS}
			 WHERE c.id IN (SELECT c.id FROM ${src.from} WHERE ${src.where} AND ${src.col.sentiment} = ? AND ${src.col.score} IS NOT NULL
			                ORDER BY ${src.col.score} ${dir}, c.id LIMIT ?)
			 ORDER BY t.sentiment_score ${dir}, c.id`
		).all(...src.params, label, limit) as (CardRow & { evidenceJson: string | null })[]).map(
			(r): ScoredComment => ({ ...toCard(r), evidence: locateEvidence(r.text, r.evidenceJson) })
		);
	};
	const total = totals(env, f);
	return { meta: buildMeta(env, f, total.row, [total.source, 'raw']), positive: pick('positive'), negative: pick('negative') };
}

export function storyFlagged(db: DB, articleId: number, filters: Filters, opts: { limit?: number } = {}): StoryFlaggedResponse | null {
	const env = queryEnv(db);
	if (!articleInfo(db, articleId)) return null;
	const f = storyFilters(filters, articleId);
	const perCluster = Math.min(Math.max(opts.limit ?? 10, 1), 100);
	// The selection's flagged comments (from the few flagged, not the story's every comment), then
	// one pass over them: each row knows its cluster's count and its rank in it.
	const src = rawSource(env, { ...f, flagged: f.flagged === 'exclude' ? 'exclude' : 'only' });
	const selected = src.facts
		? `SELECT c.id FROM comment_flags sel CROSS JOIN ${src.from} ON c.id = sel.comment_id WHERE ${src.where}`
		: `SELECT c.id FROM ${src.from} WHERE ${src.where}`;
	const rows = prepared(
		db,
		`SELECT * FROM (
		   SELECT ${CARD_COLUMNS}, fl.cluster_id AS cluster,
		     count(*) OVER (PARTITION BY fl.cluster_id) AS inStory,
		     min(c.effective_at) OVER (PARTITION BY fl.cluster_id) AS firstAt,
		     max(c.effective_at) OVER (PARTITION BY fl.cluster_id) AS lastAt,
		     row_number() OVER (PARTITION BY fl.cluster_id ORDER BY c.effective_at, c.id) AS rank
		   FROM comments c ${TAGS_JOIN} ${CARD_JOINS} JOIN comment_flags fl ON fl.comment_id = c.id
		   WHERE c.id IN (${selected})
		 ) WHERE rank <= ? ORDER BY inStory DESC, cluster, rank`
	).all(...src.params, perCluster) as (CardRow & { cluster: number; inStory: number; firstAt: string | null; lastAt: string | null })[];
	const ids = [...new Set(rows.map((r) => r.cluster))];
	const info = new Map(
		(ids.length
			? (db
					.prepare(`SELECT id, method, size, authors, shared_phrase AS sharedPhrase FROM dup_clusters WHERE id IN (${placeholders(ids.length)})`)
					.all(...ids) as { id: number; method: string; size: number; authors: number; sharedPhrase: string | null }[])
			: []
		).map((d) => [d.id, d])
	);
	const clusters = new Map<number, FlaggedCluster>();
	for (const r of rows) {
		let c = clusters.get(r.cluster);
		if (!c) {
			const d = info.get(r.cluster);
			c = {
				clusterId: r.cluster, method: d?.method ?? 'unknown', size: d?.size ?? r.inStory, authors: d?.authors ?? 0,
				sharedPhrase: d?.sharedPhrase ?? null, inStory: r.inStory, firstAt: r.firstAt, lastAt: r.lastAt, comments: []
			};
			clusters.set(r.cluster, c);
		}
		c.comments.push(toCard(r));
	}
	const total = totals(env, f);
	return {
		meta: buildMeta(env, f, total.row, [total.source, 'raw']),
		flagged: [...clusters.values()].reduce((s, c) => s + c.inStory, 0),
		clusters: [...clusters.values()]
	};
}
