// Comments an editor reads first: the most positive and most negative (with the words that made
// them so), and those flagged as coordinated, grouped by cluster.
import type { FlaggedCluster, ScoredComment, StoryExtremesResponse, StoryFlaggedResponse } from '../../../api-types';
import type { Filters } from '../../../filters';
import { filterToSql } from '../filterSql';
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
	const fs = filterToSql(f);
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
	const fs = filterToSql(f);
	const clusters = db
		.prepare(
			`SELECT fl.cluster_id AS clusterId, d.method, d.size, d.authors, d.shared_phrase AS sharedPhrase,
			   count(*) AS inStory, min(c.effective_at) AS firstAt, max(c.effective_at) AS lastAt
			 FROM comments c ${fs.joins} JOIN comment_flags fl ON fl.comment_id = c.id JOIN dup_clusters d ON d.id = fl.cluster_id
			 WHERE ${fs.where} GROUP BY fl.cluster_id ORDER BY inStory DESC, fl.cluster_id`
		)
		.all(...fs.params) as Omit<FlaggedCluster, 'comments'>[];
	const members = db.prepare(
		`SELECT ${CARD_COLUMNS} FROM comments c ${fs.joins} ${CARD_JOINS} JOIN comment_flags f2 ON f2.comment_id = c.id
		 WHERE ${fs.where} AND f2.cluster_id = ? ORDER BY c.effective_at, c.id LIMIT ?`
	);
	const total = totals(env, f);
	return {
		meta: buildMeta(env, f, total.row, [total.source, 'raw']),
		flagged: clusters.reduce((s, c) => s + c.inStory, 0),
		clusters: clusters.map((c) => ({
			...c,
			comments: (members.all(...fs.params, c.clusterId, perCluster) as CardRow[]).map(toCard)
		}))
	};
}
