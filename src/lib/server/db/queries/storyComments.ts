// Comments an editor reads first: the most positive and most negative (with the words that made
// them so), and those flagged as coordinated, grouped by cluster.
import type { FlaggedCluster, ScoredComment, StoryExtremesResponse, StoryFlaggedResponse } from '../../../api-types';
import type { Filters } from '../../../filters';
import { placeholders } from '../filterSql';
import { rawFilter } from './rawFilter';
import type { DB } from '../open';
import { totals } from './aggregate';
import { CARD_COLUMNS, CARD_JOINS, locateEvidence, toCard, type CardRow } from './cards';
import { queryEnv } from './env';
import { buildMeta } from './meta';
import { articleInfo, storyFilters } from './story';

export function storyExtremes(db: DB, articleId: number, filters: Filters, opts: { limit?: number } = {}): StoryExtremesResponse | null {
	const env = queryEnv(db);
	if (!articleInfo(db, articleId)) return null;
	const f = storyFilters(filters, articleId);
	const limit = Math.min(Math.max(opts.limit ?? 5, 1), 50);
	const fs = rawFilter(env, f);
	const pick = (label: 'positive' | 'negative') =>
		(db
			.prepare(
				`SELECT ${CARD_COLUMNS}, t.sentiment_evidence AS evidenceJson FROM comments c ${fs.joins} ${CARD_JOINS}
				 WHERE ${fs.where} AND t.sentiment_label = ? AND t.sentiment_score IS NOT NULL
				 ORDER BY t.sentiment_score ${label === 'positive' ? 'DESC' : 'ASC'}, c.id LIMIT ?`
			)
			.all(...fs.params, label, limit) as (CardRow & { evidenceJson: string | null })[]).map(
			(r): ScoredComment => ({ ...toCard(r), evidence: locateEvidence(r.text, r.evidenceJson) })
		);
	const total = totals(env, f);
	return { meta: buildMeta(env, f, total.row, [total.source, 'raw']), positive: pick('positive'), negative: pick('negative') };
}

export function storyFlagged(db: DB, articleId: number, filters: Filters, opts: { limit?: number } = {}): StoryFlaggedResponse | null {
	const env = queryEnv(db);
	if (!articleInfo(db, articleId)) return null;
	const f = storyFilters(filters, articleId);
	const perCluster = Math.min(Math.max(opts.limit ?? 10, 1), 100);
	const fs = rawFilter(env, f);
	// One pass over the story's flagged comments: each row knows its cluster's count and its rank in it.
	const rows = db
		.prepare(
			`SELECT * FROM (
			   SELECT ${CARD_COLUMNS}, fl.cluster_id AS cluster,
			     count(*) OVER (PARTITION BY fl.cluster_id) AS inStory,
			     min(c.effective_at) OVER (PARTITION BY fl.cluster_id) AS firstAt,
			     max(c.effective_at) OVER (PARTITION BY fl.cluster_id) AS lastAt,
			     row_number() OVER (PARTITION BY fl.cluster_id ORDER BY c.effective_at, c.id) AS rank
			   FROM comments c ${fs.joins} ${CARD_JOINS} JOIN comment_flags fl ON fl.comment_id = c.id
			   WHERE ${fs.where}
			 ) WHERE rank <= ? ORDER BY inStory DESC, cluster, rank`
		)
		.all(...fs.params, perCluster) as (CardRow & { cluster: number; inStory: number; firstAt: string | null; lastAt: string | null })[];
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
