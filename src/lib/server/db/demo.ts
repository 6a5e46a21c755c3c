import type { DB } from './open';
import type { CampaignTruth, DemoSummary } from '../../demo/corpus';

// SQL for the demo corpus' record and its planted-campaign truth (migration 006).

export interface DemoRun {
	seed: string;
	comments: number;
	articles: number;
	authors: number;
	campaigns: number;
	generator: string;
}

export function demoRun(db: DB, namespace = 'demo'): DemoRun | null {
	return (db.prepare(`SELECT seed, comments, articles, authors, campaigns, generator FROM demo_runs WHERE namespace = ?`).get(namespace) as DemoRun | undefined) ?? null;
}

/**
 * Records the run and its campaigns, resolving each planted copy to its comment id. Upserts by
 * natural key, so a rerun with the same options leaves every row as it was. Throws when a copy is
 * missing from the corpus: the truth must describe exactly what was written.
 */
export function recordDemoTruth(db: DB, summary: DemoSummary, generator: string, campaigns: CampaignTruth[], namespace = 'demo'): void {
	const run = db.prepare(
		`INSERT INTO demo_runs (namespace, seed, comments, articles, authors, campaigns, generator, summary)
		 VALUES (@namespace, @seed, @comments, @articles, @authors, @campaigns, @generator, @summary)
		 ON CONFLICT(namespace) DO UPDATE SET seed = excluded.seed, comments = excluded.comments, articles = excluded.articles,
		   authors = excluded.authors, campaigns = excluded.campaigns, generator = excluded.generator, summary = excluded.summary`
	);
	const campaign = db.prepare(
		`INSERT INTO demo_campaigns (id, kind, section, target, stance, size, accounts, articles, window_start, window_end)
		 VALUES (@id, @kind, @section, @target, @stance, @size, @accounts, @articles, @windowStart, @windowEnd)
		 ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, section = excluded.section, target = excluded.target, stance = excluded.stance,
		   size = excluded.size, accounts = excluded.accounts, articles = excluded.articles, window_start = excluded.window_start,
		   window_end = excluded.window_end`
	);
	const member = db.prepare(
		`INSERT INTO demo_campaign_comments (comment_id, campaign_id, article_external_id, comment_external_id, author_handle)
		 SELECT c.id, @campaign, @article, @comment, @author
		 FROM comments c JOIN articles a ON a.id = c.article_id
		 WHERE a.namespace = @namespace AND a.external_id = @article AND c.external_id = @comment
		 ON CONFLICT(comment_id) DO UPDATE SET campaign_id = excluded.campaign_id, author_handle = excluded.author_handle`
	);
	const exists = db.prepare(
		`SELECT 1 FROM comments c JOIN articles a ON a.id = c.article_id WHERE a.namespace = ? AND a.external_id = ? AND c.external_id = ?`
	);
	db.transaction(() => {
		const { seed, comments, articles, authors, campaigns: count, byStatus, byLanguage, campaignComments } = summary;
		run.run({ namespace, seed, comments, articles, authors, campaigns: count, generator, summary: JSON.stringify({ byStatus, byLanguage, campaignComments }) });
		for (const c of campaigns) {
			campaign.run({ ...c, articles: JSON.stringify(c.articles) });
			for (const m of c.members) {
				if (!exists.get(namespace, m.article, m.comment)) throw new Error(`demo: planted comment ${m.article}/${m.comment} of ${c.id} is not in the corpus`);
				member.run({ namespace, campaign: c.id, article: m.article, comment: m.comment, author: m.author });
			}
		}
	})();
}

/** Comment id -> campaign id for every planted copy: what a coordination evaluation compares against. */
export function plantedCampaignComments(db: DB): Map<number, string> {
	const rows = db.prepare(`SELECT comment_id, campaign_id FROM demo_campaign_comments ORDER BY comment_id`).all() as { comment_id: number; campaign_id: string }[];
	return new Map(rows.map((r) => [r.comment_id, r.campaign_id]));
}

/** What one namespace holds, counted the way `murmur stats` counts (every comment record). */
export function namespaceCounts(db: DB, namespace: string): { articles: number; comments: number; authors: number } {
	const one = (sql: string) => (db.prepare(sql).get(namespace) as { n: number }).n;
	return {
		articles: one(`SELECT count(*) AS n FROM articles WHERE namespace = ?`),
		comments: one(`SELECT count(*) AS n FROM comments c JOIN articles a ON a.id = c.article_id WHERE a.namespace = ?`),
		authors: one(`SELECT count(*) AS n FROM authors WHERE namespace = ?`)
	};
}
