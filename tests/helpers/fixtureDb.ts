// A small tagged corpus generated in code from a fixed seed, written through the real
// CorpusWriter plus direct tag inserts. Shared by the dashboard, UI and export tests.
//
//   const fx = buildFixtureDb();            // temp file, rollups refreshed
//   fx.db, fx.path                           // writable connection and its file (openReadOnly works)
//   fx.articles, fx.comments                 // what was generated, with database ids and tags: an oracle
//   fx.readers()                             // the default population: type comment, status visible
//   fx.close()                               // closes and deletes the file
//
// Edge cases it always contains: untimed comments (created_at null), an undated article whose
// untimed comments have no time at all, pingbacks/trackbacks, deleted/spam/unapproved comments,
// reply threads several levels deep, non-English (unscored) and untagged comments, emoji with and
// without U+FE0F, hostile text (quotes, SQL, HTML, newlines, right-to-left), two flagged clusters.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openForWrite, type DB } from '../../src/lib/server/db/open';
import { CorpusWriter } from '../../src/lib/server/db/write';
import { insertTags, insertArticleTopics, insertFlagClusters } from '../../src/lib/server/db/directTags';
import { refreshRollups } from '../../src/lib/server/db/rollups';
import type { CommentStatus, CommentType, SentimentLabel, StanceLabel, IngestItem } from '../../src/lib/types';
import { generateFixture, type FixtureArticle, type FixtureComment } from './fixtureCorpus';

export type { FixtureArticle, FixtureComment };

export interface Fixture {
	db: DB;
	path: string;
	articles: FixtureArticle[];
	comments: FixtureComment[];
	/** Comments the dashboard counts by default: type 'comment', status 'visible'. */
	readers(): FixtureComment[];
	close(): void;
}

export interface FixtureOptions {
	seed?: number;
	/** Approximate number of comments (default 400). */
	comments?: number;
	/** Database file; default a fresh temp file. */
	path?: string;
	/** Refresh rollups after writing (default true); false leaves them empty, as after a bare ingest. */
	rollups?: boolean;
}

export function buildFixtureDb(opts: FixtureOptions = {}): Fixture {
	const dir = opts.path ? null : mkdtempSync(join(tmpdir(), 'murmur-fixture-'));
	const path = opts.path ?? join(dir!, 'fixture.db');
	const db = openForWrite(path);
	const gen = generateFixture(opts.seed ?? 42, opts.comments ?? 400);

	const writer = new CorpusWriter(db, { namespace: 'fixture', path: 'fixture', format: 'fixture', contentHash: `seed-${opts.seed ?? 42}` });
	const items: IngestItem[] = [
		...gen.articles.map((a, i): IngestItem => ({ kind: 'article', article: a.record, at: `fixture:${i + 1}` })),
		...gen.comments.map((c, i): IngestItem => ({ kind: 'comment', comment: c.record, at: `fixture:c${i + 1}` }))
	];
	for (let i = 0; i < items.length; i += 100) writer.writeBatch(items.slice(i, i + 100));
	writer.finish();

	const articleIds = new Map(
		(db.prepare(`SELECT external_id, id FROM articles`).all() as { external_id: string; id: number }[]).map((r) => [r.external_id, r.id])
	);
	const rows = db
		.prepare(`SELECT c.id, c.external_id, a.external_id AS article, c.parent_id, c.thread_root_id, c.depth, c.effective_at
		          FROM comments c JOIN articles a ON a.id = c.article_id`)
		.all() as { id: number; external_id: string; article: string; parent_id: number | null; thread_root_id: number; depth: number; effective_at: string | null }[];
	const byKey = new Map(rows.map((r) => [`${r.article}/${r.external_id}`, r]));

	for (const a of gen.articles) {
		a.id = articleIds.get(a.record.externalId)!;
		insertArticleTopics(db, a.id, a.topics.map((name) => ({ name, kind: 'phrase' })));
	}
	for (const c of gen.comments) {
		const r = byKey.get(`${c.record.articleExternalId}/${c.record.externalId}`)!;
		c.id = r.id;
		c.articleId = articleIds.get(c.record.articleExternalId)!;
		c.parentId = r.parent_id;
		c.threadRootId = r.thread_root_id;
		c.depth = r.depth;
		c.effectiveAt = r.effective_at;
	}
	insertTags(
		db,
		gen.comments.filter((c) => c.analysis).map((c) => ({ commentId: c.id, analysis: c.analysis!, nlpVersion: 'fixture-1' }))
	);
	const clusterIds = insertFlagClusters(
		db,
		gen.clusters.map((cl) => ({
			method: 'near-duplicate' as const,
			commentIds: cl.members.map((m) => m.id),
			sharedPhrase: cl.phrase,
			similarity: 0.9,
			threshold: 0.8
		}))
	);
	gen.clusters.forEach((cl, i) => cl.members.forEach((m) => (m.clusterId = clusterIds[i])));
	if (opts.rollups !== false) refreshRollups(db);

	return {
		db,
		path,
		articles: gen.articles,
		comments: gen.comments,
		readers: () => gen.comments.filter((c) => c.record.type === 'comment' && c.record.status === 'visible'),
		close() {
			if (db.open) db.close();
			if (dir) rmSync(dir, { recursive: true, force: true });
		}
	};
}

export type { CommentStatus, CommentType, SentimentLabel, StanceLabel };
