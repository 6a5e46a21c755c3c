import { createHash } from 'node:crypto';
import type { DB } from './open';
import type { ArticleRecord, CommentRecord, IngestItem } from '../../types';
import { linkPendingReplies, reshapeThreads, indexNewComments, ftsIndexedThrough, waitingRepliesByArticle } from './threads';
import { sameComment, type FoundComment, type ThreadNode } from './commentRow';

export interface WriteCounts {
	added: number;
	updated: number;
	unchanged: number;
	rejected: number;
}

export interface KindCounts {
	added: number;
	updated: number;
	unchanged: number;
}

export interface SourceInfo {
	namespace: string;
	path: string;
	format: string;
	contentHash: string;
}

const hash = (s: string) => createHash('sha1').update(s).digest('base64url');

function articleHash(a: ArticleRecord): string {
	return hash(JSON.stringify([a.url, a.title, a.body, a.author, a.section, a.tags ?? [], a.publishedAt]));
}

interface ArticleState {
	id: number;
	publishedAt: string | null;
	/** Created by this writer: none of its comments can exist yet, so inserts need no lookup first. */
	fresh: boolean;
	/** Next arrival position for comments whose source gives none (loaded lazily). */
	nextPosition: number | null;
}

/** Caches are dropped when they reach this many entries: memory stays flat on any input size. */
const CACHE_LIMIT = 100_000;

/**
 * Writes importer output into the corpus. Natural keys make it idempotent: a record already stored
 * with the same content is counted unchanged, a changed one is updated in place, a new one added.
 * Each writeBatch() is one transaction, so a killed process keeps every batch it reported.
 *
 * Speed: comment ids are assigned here, so a reply whose parent is already known gets its parent,
 * thread root and depth in the same INSERT; only replies that arrive before their parent are left
 * for finish(). Positions without a source order are arrival order in the article.
 */
export class CorpusWriter {
	readonly sourceId: number;
	readonly counts: WriteCounts = { added: 0, updated: 0, unchanged: 0, rejected: 0 };
	readonly byKind: { articles: KindCounts; comments: KindCounts } = {
		articles: { added: 0, updated: 0, unchanged: 0 },
		comments: { added: 0, updated: 0, unchanged: 0 }
	};
	private articles = new Map<string, ArticleState>();
	/** Ids of every article this writer wrote to (numbers only, so it stays small). */
	private touched = new Set<number>();
	private authors = new Map<string, { id: number; firstSeen: string | null }>();
	private nodes = new Map<number, Map<string, ThreadNode>>();
	private nodeCount = 0;
	/** Articles whose existing threads changed shape (a comment's parent was edited). */
	private reshape = new Set<number>();
	private ftsThrough: number;
	private nextId = 0;
	private stmts;

	constructor(
		private db: DB,
		private source: SourceInfo
	) {
		this.sourceId = Number(
			db
				.prepare(`INSERT INTO sources (namespace, path, format, content_hash, imported_at) VALUES (?, ?, ?, ?, ?)`)
				.run(source.namespace, source.path, source.format, source.contentHash, new Date().toISOString().slice(0, 19) + 'Z').lastInsertRowid
		);
		this.ftsThrough = ftsIndexedThrough(db);
		this.stmts = {
			maxId: db.prepare(`SELECT coalesce(max(id), 0) AS m FROM comments`).pluck(),
			findArticle: db.prepare(`SELECT id, published_at, content_hash FROM articles WHERE namespace = ? AND external_id = ?`),
			insertArticle: db.prepare(
				`INSERT INTO articles (source_id, namespace, external_id, url, title, body, author, section, tags, published_at, content_hash)
				 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
			),
			updateArticle: db.prepare(
				`UPDATE articles SET source_id = ?, url = ?, title = ?, body = ?, author = ?, section = ?, tags = ?, published_at = ?,
				 content_hash = ? WHERE id = ?`
			),
			untimedEffective: db.prepare(`UPDATE comments SET effective_at = ? WHERE article_id = ? AND created_at IS NULL`),
			maxPosition: db.prepare(`SELECT coalesce(max(position), 0) FROM comments WHERE article_id = ?`).pluck(),
			findAuthor: db.prepare(`SELECT id, first_seen_at FROM authors WHERE namespace = ? AND handle = ?`),
			insertAuthor: db.prepare(`INSERT INTO authors (namespace, handle, display_name, first_seen_at) VALUES (?, ?, ?, ?)`),
			seenAuthor: db.prepare(`UPDATE authors SET first_seen_at = ? WHERE id = ? AND (first_seen_at IS NULL OR first_seen_at > ?)`),
			findComment: db.prepare(
				`SELECT id, text, author_id, created_at, score, status, type, parent_external_id, position, thread_root_id, depth
				 FROM comments WHERE article_id = ? AND external_id = ?`
			),
			insertComment: db.prepare(
				`INSERT OR IGNORE INTO comments (id, article_id, external_id, parent_external_id, parent_id, thread_root_id, depth, position,
				 author_id, text, created_at, effective_at, score, status, type)
				 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
			),
			updateComment: db.prepare(
				`UPDATE comments SET parent_external_id = ?, parent_id = ?, thread_root_id = ?, depth = ?, position = ?, author_id = ?,
				 text = ?, created_at = ?, effective_at = ?, score = ?, status = ?, type = ? WHERE id = ?`
			),
			ftsDelete: db.prepare(`INSERT INTO comments_fts (comments_fts, rowid, text) VALUES ('delete', ?, ?)`),
			ftsInsert: db.prepare(`INSERT INTO comments_fts (rowid, text) VALUES (?, ?)`)
		};
	}

	/**
	 * Writes one batch in one transaction; rejects are only counted here (the caller reports them).
	 * Articles go first, then comments grouped by article, each group in arrival order (so parents
	 * still come before their replies): rows of one article then sit together in the indexes, and
	 * each commit rewrites far fewer index pages than in arrival order (on 200,000 comments about
	 * a quarter less CPU for the whole ingest).
	 */
	writeBatch(items: IngestItem[]): void {
		const groups = new Map<string, CommentRecord[]>();
		this.db.transaction(() => {
			// Read inside the transaction: no other writer can take these ids before it commits.
			this.nextId = (this.stmts.maxId.get() as number) + 1;
			for (const item of items) {
				if (item.kind === 'comment') {
					const key = item.comment.articleExternalId;
					const group = groups.get(key);
					if (group) group.push(item.comment);
					else groups.set(key, [item.comment]);
				} else if (item.kind === 'article') this.writeArticle(item.article);
				else this.counts.rejected++;
			}
			// In article id order, so inserts walk the article_id-led indexes in one direction.
			const order = [...groups.keys()].map((k) => ({ k, id: this.articleFor(k).id }));
			order.sort((a, b) => a.id - b.id);
			for (const { k } of order) for (const c of groups.get(k)!) this.writeComment(c);
		})();
	}

	/**
	 * Links replies whose parent arrived later (in any run: a killed run's leftovers are picked up),
	 * re-derives thread shape where it changed, and indexes new comments for full-text search.
	 * Returns the combined counts; `byKind` splits them into articles and comments.
	 */
	finish(extra: { contentHash?: string } = {}): WriteCounts {
		this.db.transaction(() => {
			for (const id of linkPendingReplies(this.db)) this.reshape.add(id);
			reshapeThreads(this.db, [...this.reshape]);
			indexNewComments(this.db);
			this.db
				.prepare(`UPDATE sources SET summary = ?, content_hash = coalesce(?, content_hash) WHERE id = ?`)
				.run(JSON.stringify({ ...this.counts, ...this.byKind }), extra.contentHash ?? null, this.sourceId);
		})();
		this.reshape.clear();
		return { ...this.counts };
	}

	/** Replies in the articles this writer touched whose parent is not in the corpus (after finish()). */
	orphanReplies(): number {
		const waiting = waitingRepliesByArticle(this.db);
		let n = 0;
		for (const id of this.touched) n += waiting.get(id) ?? 0;
		return n;
	}

	private rememberArticle(externalId: string, state: ArticleState) {
		if (this.articles.size >= CACHE_LIMIT) this.articles.clear();
		this.articles.set(externalId, state);
		this.touched.add(state.id);
	}

	private count(kind: 'articles' | 'comments', what: keyof KindCounts) {
		this.counts[what]++;
		this.byKind[kind][what]++;
	}

	private writeArticle(a: ArticleRecord) {
		const h = articleHash(a);
		const publishedAt = a.publishedAt ?? null;
		const values = [
			a.url ?? null, a.title ?? null, a.body ?? null, a.author ?? null, a.section ?? null,
			a.tags?.length ? JSON.stringify(a.tags) : null, publishedAt, h
		];
		const found = this.stmts.findArticle.get(this.source.namespace, a.externalId) as
			| { id: number; published_at: string | null; content_hash: string | null }
			| undefined;
		const known = this.articles.get(a.externalId);
		if (!found) {
			const id = Number(this.stmts.insertArticle.run(this.sourceId, this.source.namespace, a.externalId, ...values).lastInsertRowid);
			this.rememberArticle(a.externalId, { id, publishedAt, fresh: true, nextPosition: 1 });
			this.count('articles', 'added');
			return;
		}
		const state: ArticleState = known ?? { id: found.id, publishedAt: found.published_at, fresh: false, nextPosition: null };
		if (found.content_hash === h) this.count('articles', 'unchanged');
		else {
			this.stmts.updateArticle.run(this.sourceId, ...values, found.id);
			// A stub made for comments that came first is completed, not "updated".
			this.count('articles', found.content_hash === null ? 'added' : 'updated');
			if (found.published_at !== publishedAt) this.stmts.untimedEffective.run(publishedAt, found.id);
		}
		state.publishedAt = publishedAt;
		this.rememberArticle(a.externalId, state);
	}

	/** The article a comment belongs to; a stub is made when comments come before their article. */
	private articleFor(externalId: string): ArticleState {
		let a = this.articles.get(externalId);
		if (a) return a;
		const found = this.stmts.findArticle.get(this.source.namespace, externalId) as { id: number; published_at: string | null } | undefined;
		if (found) a = { id: found.id, publishedAt: found.published_at, fresh: false, nextPosition: null };
		else {
			const id = Number(
				this.stmts.insertArticle.run(this.sourceId, this.source.namespace, externalId, null, null, null, null, null, null, null, null)
					.lastInsertRowid
			);
			a = { id, publishedAt: null, fresh: true, nextPosition: 1 };
		}
		this.rememberArticle(externalId, a);
		return a;
	}

	private authorFor(c: CommentRecord): number | null {
		const handle = c.authorHandle || c.authorName;
		if (!handle) return null;
		const createdAt = c.createdAt ?? null;
		let a = this.authors.get(handle);
		if (!a) {
			const found = this.stmts.findAuthor.get(this.source.namespace, handle) as { id: number; first_seen_at: string | null } | undefined;
			a = found
				? { id: found.id, firstSeen: found.first_seen_at }
				: {
						id: Number(this.stmts.insertAuthor.run(this.source.namespace, handle, c.authorName ?? handle, createdAt).lastInsertRowid),
						firstSeen: createdAt
					};
			if (this.authors.size >= CACHE_LIMIT) this.authors.clear();
			this.authors.set(handle, a);
		}
		if (createdAt && (a.firstSeen === null || createdAt < a.firstSeen)) {
			this.stmts.seenAuthor.run(createdAt, a.id, createdAt);
			a.firstSeen = createdAt;
		}
		return a.id;
	}

	/** The parent's place in its thread: from the cache, else the database, else null (not arrived yet). */
	private parentNode(articleId: number, externalId: string): ThreadNode | null {
		const cached = this.nodes.get(articleId)?.get(externalId);
		if (cached) return cached;
		const row = this.stmts.findComment.get(articleId, externalId) as FoundComment | undefined;
		return row ? { id: row.id, root: row.thread_root_id ?? row.id, depth: row.depth } : null;
	}

	private remember(articleId: number, externalId: string, node: ThreadNode) {
		if (this.nodeCount >= CACHE_LIMIT) {
			this.nodes.clear();
			this.nodeCount = 0;
		}
		let m = this.nodes.get(articleId);
		if (!m) this.nodes.set(articleId, (m = new Map()));
		m.set(externalId, node);
		this.nodeCount++;
	}

	private writeComment(c: CommentRecord) {
		const article = this.articleFor(c.articleExternalId);
		const authorId = this.authorFor(c);
		let found = article.fresh ? undefined : (this.stmts.findComment.get(article.id, c.externalId) as FoundComment | undefined);
		if (found && sameComment(found, c, authorId)) return this.count('comments', 'unchanged');
		const parentExt = c.parentExternalId ?? null;
		const parent = parentExt !== null && parentExt !== c.externalId ? this.parentNode(article.id, parentExt) : null;
		const createdAt = c.createdAt ?? null;
		const effectiveAt = createdAt ?? article.publishedAt;
		if (!found) {
			const id = this.nextId;
			const node: ThreadNode = parent ? { id, root: parent.root, depth: parent.depth + 1 } : { id, root: id, depth: 0 };
			if (article.nextPosition === null) article.nextPosition = (this.stmts.maxPosition.get(article.id) as number) + 1;
			const position = c.position ?? article.nextPosition;
			const inserted = this.stmts.insertComment.run(
				id, article.id, c.externalId, parentExt, parent?.id ?? null, node.root, node.depth, position, authorId, c.text, createdAt,
				effectiveAt, c.score ?? null, c.status ?? 'visible', c.type ?? 'comment'
			).changes;
			if (inserted) {
				this.nextId++;
				article.nextPosition = Math.max(article.nextPosition, position) + 1;
				this.remember(article.id, c.externalId, node);
				return this.count('comments', 'added');
			}
			// The same id twice in one new article: the second occurrence is an update of the first.
			found = this.stmts.findComment.get(article.id, c.externalId) as FoundComment | undefined;
			if (!found) throw new Error(`could not store comment ${c.externalId} of article ${c.articleExternalId}`);
			if (sameComment(found, c, authorId)) return this.count('comments', 'unchanged');
		}
		const node: ThreadNode = parent
			? { id: found.id, root: parent.root, depth: parent.depth + 1 }
			: { id: found.id, root: found.id, depth: 0 };
		if (node.root !== found.thread_root_id || node.depth !== found.depth) this.reshape.add(article.id);
		this.stmts.updateComment.run(
			parentExt, parent?.id ?? null, node.root, node.depth, c.position ?? found.position, authorId, c.text, createdAt, effectiveAt,
			c.score ?? null, c.status ?? 'visible', c.type ?? 'comment', found.id
		);
		// Rows above the watermark are indexed by finish(); below it, the index is patched here.
		if (found.text !== c.text && found.id <= this.ftsThrough) {
			this.stmts.ftsDelete.run(found.id, found.text);
			this.stmts.ftsInsert.run(found.id, c.text);
		}
		this.remember(article.id, c.externalId, node);
		this.count('comments', 'updated');
	}
}
