// All SQL of the coordination pass: reading comments story by story, rebuilding the evidence
// tables, and the per-story summary the story view shows.
import type { DB } from './open';
import type { CoordinationResult } from '../../coordination/detector';

/** The comments the pass looks at: reader comments with text (deleted ones have none to compare). */
const POPULATION = `c.type = 'comment' AND c.status <> 'deleted'`;

/**
 * One comment as the pass reads it, as a tuple (raw rows skip building an object per row):
 * id, article id, author id, created_at, the article's published_at, text, and 1 when the author
 * is anonymous or has commented on no other story.
 */
export type CoordinationRow = [id: number, articleId: number, authorId: number | null, createdAt: string | null, publishedAt: string | null, text: string, fresh: number];

export function countCoordinationComments(db: DB): number {
	return (db.prepare(`SELECT count(*) AS n FROM comments c WHERE ${POPULATION}`).get() as { n: number }).n;
}

/**
 * Every comment of the population, story after story and in time order within a story, straight
 * off the (article_id, effective_at) index so no sort and no second copy of the corpus is made.
 */
export function iterateCoordinationComments(db: DB): IterableIterator<CoordinationRow> {
	// An author's stories: min = max article means one story. One pass over the author index.
	return db
		.prepare(
			`WITH history AS (
			   SELECT author_id, min(article_id) = max(article_id) AS one_story FROM comments c
			   WHERE ${POPULATION} AND author_id IS NOT NULL GROUP BY author_id)
			 SELECT c.id, c.article_id, c.author_id, c.created_at, a.published_at, c.text,
			        CASE WHEN c.author_id IS NULL THEN 1 ELSE h.one_story END AS fresh
			 FROM comments c JOIN articles a ON a.id = c.article_id
			 LEFT JOIN history h ON h.author_id = c.author_id
			 WHERE ${POPULATION}
			 ORDER BY c.article_id, c.effective_at, c.id`
		)
		.raw(true)
		.iterate() as IterableIterator<CoordinationRow>;
}

/** Texts by id, for the evidence of each cluster. */
export function commentTexts(db: DB, ids: number[]): Map<number, string> {
	const out = new Map<number, string>();
	const stmt = db.prepare(`SELECT id, text FROM comments WHERE id IN (SELECT value FROM json_each(?))`);
	for (let i = 0; i < ids.length; i += 5000)
		for (const r of stmt.all(JSON.stringify(ids.slice(i, i + 5000))) as { id: number; text: string }[]) out.set(r.id, r.text);
	return out;
}

export interface CoordinationRunInfo {
	threshold: number;
	ranAt: string;
	clusters: number;
	flagged: number;
	bursts: number;
	comments: number;
	seconds: number;
}

const iso = (seconds: number) => (Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString().slice(0, 19) + 'Z' : null);

/** Replaces the previous run's clusters, flags, bursts and story summaries in one transaction. */
export function writeCoordination(db: DB, result: CoordinationResult, info: CoordinationRunInfo): void {
	db.transaction(() => {
		db.exec(`DELETE FROM comment_flags; DELETE FROM dup_clusters; DELETE FROM coordination_bursts; DELETE FROM coordination_stories;`);
		const insertCluster = db.prepare(
			`INSERT INTO dup_clusters (method, size, authors, shared_phrase, exemplar_id, threshold, created_at, stories, first_at, last_at, part)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		);
		const insertFlag = db.prepare(`INSERT INTO comment_flags (comment_id, cluster_id, similarity) VALUES (?, ?, ?)`);
		for (const c of result.clusters) {
			const threshold = c.method === 'near-duplicate' ? info.threshold : null;
			const id = insertCluster.run(c.method, c.members.length, c.authors, c.sharedPhrase, c.exemplar, threshold, info.ranAt, c.stories, iso(c.firstAt), iso(c.lastAt), c.part).lastInsertRowid;
			c.members.forEach((m, k) => insertFlag.run(m, id, c.similarity[k]));
		}
		const insertBurst = db.prepare(
			`INSERT INTO coordination_bursts (article_id, start_at, end_at, comments, authors, new_authors, new_author_comments, expected, ratio)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
		);
		for (const b of result.bursts)
			insertBurst.run(b.articleId, iso(b.start), iso(b.end), b.comments, b.authors, b.newAuthors, b.newAuthorComments, round(b.expected), round(b.ratio));
		const insertStory = db.prepare(
			`INSERT INTO coordination_stories (article_id, comments, flagged, clusters, bursts, max_burst_ratio, new_author_share) VALUES (?, ?, ?, ?, ?, ?, ?)`
		);
		for (const s of result.stories) insertStory.run(s.articleId, s.comments, s.flagged, s.clusters, s.bursts, s.maxBurstRatio, s.newAuthorShare);
		db.prepare(`INSERT INTO meta (key, value) VALUES ('coordination', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(JSON.stringify(info));
	})();
}

const round = (x: number) => Math.round(x * 100) / 100;

/** The last run's figures, or null when coordination never ran on this database. */
export function lastCoordinationRun(db: DB): CoordinationRunInfo | null {
	const row = db.prepare(`SELECT value FROM meta WHERE key = 'coordination'`).get() as { value: string } | undefined;
	return row ? (JSON.parse(row.value) as CoordinationRunInfo) : null;
}

export interface StoryCoordinationCluster {
	id: number;
	method: string;
	size: number;
	/** Members on this story (the cluster may span others). */
	inStory: number;
	authors: number;
	stories: number;
	sharedPhrase: string | null;
	part: string | null;
	firstAt: string | null;
	lastAt: string | null;
	members: { id: number; author: string | null; createdAt: string | null; text: string; similarity: number | null }[];
}

export interface StoryCoordinationBurst {
	startAt: string;
	endAt: string;
	comments: number;
	authors: number;
	newAuthors: number;
	newAuthorComments: number;
	expected: number;
	ratio: number;
}

export interface StoryCoordination {
	comments: number;
	flagged: number;
	clusters: StoryCoordinationCluster[];
	bursts: StoryCoordinationBurst[];
	/** When the evidence was computed; null when coordination never ran. */
	ranAt: string | null;
}

/**
 * The coordination panel of one story: its clusters (largest here first, with up to
 * `membersPerCluster` of their comments on this story) and its bursts. Null when nothing is flagged.
 */
export function storyCoordination(db: DB, articleId: number, opts: { clusters?: number; membersPerCluster?: number } = {}): StoryCoordination | null {
	const summary = db.prepare(`SELECT comments, flagged FROM coordination_stories WHERE article_id = ?`).get(articleId) as
		| { comments: number; flagged: number }
		| undefined;
	if (!summary) return null;
	const clusters = db
		.prepare(
			`SELECT d.id, d.method, d.size, s.in_story AS inStory, d.authors, d.stories, d.shared_phrase AS sharedPhrase, d.part,
			        d.first_at AS firstAt, d.last_at AS lastAt
			 FROM (SELECT f.cluster_id, count(*) AS in_story FROM comments c JOIN comment_flags f ON f.comment_id = c.id
			       WHERE c.article_id = ? GROUP BY f.cluster_id) s
			 JOIN dup_clusters d ON d.id = s.cluster_id
			 ORDER BY s.in_story DESC, d.size DESC, d.id LIMIT ?`
		)
		.all(articleId, opts.clusters ?? 20) as Omit<StoryCoordinationCluster, 'members'>[];
	const members = db.prepare(
		`SELECT c.id, au.handle AS author, c.created_at AS createdAt, c.text, f.similarity
		 FROM comment_flags f JOIN comments c ON c.id = f.comment_id LEFT JOIN authors au ON au.id = c.author_id
		 WHERE f.cluster_id = ? AND c.article_id = ? ORDER BY c.effective_at, c.id LIMIT ?`
	);
	const bursts = db
		.prepare(
			`SELECT start_at AS startAt, end_at AS endAt, comments, authors, new_authors AS newAuthors,
			        new_author_comments AS newAuthorComments, expected, ratio
			 FROM coordination_bursts WHERE article_id = ? ORDER BY ratio DESC, start_at`
		)
		.all(articleId) as StoryCoordinationBurst[];
	return {
		...summary,
		clusters: clusters.map((c) => ({ ...c, members: members.all(c.id, articleId, opts.membersPerCluster ?? 10) as StoryCoordinationCluster['members'] })),
		bursts,
		ranAt: lastCoordinationRun(db)?.ranAt ?? null
	};
}

export interface CoordinatedStory {
	articleId: number;
	title: string | null;
	comments: number;
	flagged: number;
	clusters: number;
	bursts: number;
	maxBurstRatio: number | null;
	newAuthorShare: number | null;
}

/** Stories ranked by how much of their thread is flagged, for an overview list. */
export function coordinatedStories(db: DB, limit = 20): CoordinatedStory[] {
	return db
		.prepare(
			`SELECT s.article_id AS articleId, a.title, s.comments, s.flagged, s.clusters, s.bursts,
			        s.max_burst_ratio AS maxBurstRatio, s.new_author_share AS newAuthorShare
			 FROM coordination_stories s JOIN articles a ON a.id = s.article_id
			 ORDER BY s.flagged DESC, s.max_burst_ratio DESC, s.article_id LIMIT ?`
		)
		.all(limit) as CoordinatedStory[];
}

export interface ClusterListing {
	id: number;
	method: string;
	size: number;
	authors: number;
	stories: number;
	sharedPhrase: string | null;
	part: string | null;
	exemplarId: number | null;
	firstAt: string | null;
	lastAt: string | null;
}

/** The largest clusters of the last run. */
export function largestClusters(db: DB, limit = 10): ClusterListing[] {
	return db
		.prepare(
			`SELECT id, method, size, authors, stories, shared_phrase AS sharedPhrase, part, exemplar_id AS exemplarId,
			        first_at AS firstAt, last_at AS lastAt
			 FROM dup_clusters ORDER BY size DESC, id LIMIT ?`
		)
		.all(limit) as ClusterListing[];
}

/** Every flagged comment as "article external id/comment external id", for evaluation against a truth table. */
export function flaggedCommentKeys(db: DB): Set<string> {
	const rows = db
		.prepare(
			`SELECT a.external_id AS article, c.external_id AS comment
			 FROM comment_flags f JOIN comments c ON c.id = f.comment_id JOIN articles a ON a.id = c.article_id`
		)
		.all() as { article: string; comment: string }[];
	return new Set(rows.map((r) => `${r.article}/${r.comment}`));
}

/** Flagged comments grouped by cluster, as external keys (the pasted-page check: which pairs share a cluster). */
export function clusterMemberKeys(db: DB): { clusterId: number; method: string; members: string[] }[] {
	const rows = db
		.prepare(
			`SELECT f.cluster_id AS clusterId, d.method, a.external_id AS article, c.external_id AS comment
			 FROM comment_flags f JOIN dup_clusters d ON d.id = f.cluster_id
			 JOIN comments c ON c.id = f.comment_id JOIN articles a ON a.id = c.article_id
			 ORDER BY f.cluster_id, c.id`
		)
		.all() as { clusterId: number; method: string; article: string; comment: string }[];
	const out = new Map<number, { clusterId: number; method: string; members: string[] }>();
	for (const r of rows) {
		let c = out.get(r.clusterId);
		if (!c) out.set(r.clusterId, (c = { clusterId: r.clusterId, method: r.method, members: [] }));
		c.members.push(`${r.article}/${r.comment}`);
	}
	return [...out.values()];
}

/**
 * Flags against the demo generator's truth table of planted campaigns (migration 006), or null
 * when the database has none (not a demo corpus).
 */
export function plantedCampaignScore(db: DB): { planted: number; flagged: number; hits: number } | null {
	const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'demo_campaign_comments'`).get();
	if (!table) return null;
	return db
		.prepare(
			`SELECT (SELECT count(*) FROM demo_campaign_comments) AS planted, (SELECT count(*) FROM comment_flags) AS flagged,
			        (SELECT count(*) FROM comment_flags f JOIN demo_campaign_comments t ON t.comment_id = f.comment_id) AS hits`
		)
		.get() as { planted: number; flagged: number; hits: number };
}
