import { createHash } from 'node:crypto';
import type { DB } from './open';
import type { ArticleRecord, CommentRecord, IngestItem } from '../../types';
import { resolveThreads, indexNewComments, ftsIndexedThrough } from './threads';

export interface WriteCounts {
	added: number;
	updated: number;
	unchanged: number;
	rejected: number;
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

function commentHash(c: CommentRecord): string {
	return hash(
		JSON.stringify([c.text, c.authorHandle, c.authorName, c.createdAt, c.score, c.status, c.type, c.parentExternalId, c.position])
	);
}

/**
 * Writes importer output into the corpus. Natural keys make it idempotent: a record already stored
 * with the same content is counted unchanged, a changed one is updated in place, a new one added.
 * Each writeBatch() is one transaction, so a killed process keeps every batch it reported.
 */
export class CorpusWriter {
	readonly sourceId: number;
	readonly counts: WriteCounts = { added: 0, updated: 0, unchanged: 0, rejected: 0 };
	private articleIds = new Map<string, { id: number; publishedAt: string | null }>();
	private authorIds = new Map<string, number>();
	private touched = new Set<number>();
	private ftsThrough: number;
	private stmts;

	constructor(
		private db: DB,
		private source: SourceInfo
	) {
		this.sourceId = Number(
			db
				.prepare(`INSERT INTO sources (namespace, path, format, content_hash, imported_at) VALUES (?, ?, ?, ?, ?)`)
				.run(source.namespace, source.path, source.format, source.contentHash, new Date().toISOString()).lastInsertRowid
		);
		this.ftsThrough = ftsIndexedThrough(db);
		this.stmts = {
			findArticle: db.prepare(`SELECT id, published_at, content_hash FROM articles WHERE namespace = ? AND external_id = ?`),
			insertArticle: db.prepare(
				`INSERT INTO articles (source_id, namespace, external_id, url, title, body, author, section, tags, published_at, content_hash)
				 VALUES (@sourceId, @namespace, @externalId, @url, @title, @body, @author, @section, @tags, @publishedAt, @hash)`
			),
			updateArticle: db.prepare(
				`UPDATE articles SET source_id = @sourceId, url = @url, title = @title, body = @body, author = @author, section = @section,
				 tags = @tags, published_at = @publishedAt, content_hash = @hash WHERE id = @id`
			),
			findAuthor: db.prepare(`SELECT id FROM authors WHERE namespace = ? AND handle = ?`),
			insertAuthor: db.prepare(`INSERT INTO authors (namespace, handle, display_name, first_seen_at) VALUES (?, ?, ?, ?)`),
			seenAuthor: db.prepare(
				`UPDATE authors SET first_seen_at = ? WHERE id = ? AND (first_seen_at IS NULL OR first_seen_at > ?)`
			),
			findComment: db.prepare(`SELECT id, content_hash, text FROM comments WHERE article_id = ? AND external_id = ?`),
			insertComment: db.prepare(
				`INSERT INTO comments (article_id, external_id, parent_external_id, position, author_id, text, created_at, effective_at, score, status, type, content_hash)
				 VALUES (@articleId, @externalId, @parentExternalId, @position, @authorId, @text, @createdAt, @effectiveAt, @score, @status, @type, @hash)`
			),
			updateComment: db.prepare(
				`UPDATE comments SET parent_external_id = @parentExternalId, parent_id = NULL, position = @position, author_id = @authorId,
				 text = @text, created_at = @createdAt, effective_at = @effectiveAt, score = @score, status = @status, type = @type,
				 content_hash = @hash WHERE id = @id`
			),
			ftsDelete: db.prepare(`INSERT INTO comments_fts (comments_fts, rowid, text) VALUES ('delete', ?, ?)`),
			ftsInsert: db.prepare(`INSERT INTO comments_fts (rowid, text) VALUES (?, ?)`)
		};
	}

	/** Writes one batch in one transaction; rejects are only counted here (the caller reports them). */
	writeBatch(items: IngestItem[]): void {
		this.db.transaction(() => {
			for (const item of items) {
				if (item.kind === 'article') this.writeArticle(item.article);
				else if (item.kind === 'comment') this.writeComment(item.comment);
				else this.counts.rejected++;
			}
		})();
	}

	/** Resolves reply threads and the full-text index for everything this writer touched. */
	finish(): WriteCounts {
		this.db.transaction(() => {
			resolveThreads(this.db, [...this.touched]);
			indexNewComments(this.db);
			this.db
				.prepare(`UPDATE sources SET summary = ? WHERE id = ?`)
				.run(JSON.stringify(this.counts), this.sourceId);
		})();
		return { ...this.counts };
	}

	private writeArticle(a: ArticleRecord) {
		const h = articleHash(a);
		const row = {
			sourceId: this.sourceId,
			namespace: this.source.namespace,
			externalId: a.externalId,
			url: a.url ?? null,
			title: a.title ?? null,
			body: a.body ?? null,
			author: a.author ?? null,
			section: a.section ?? null,
			tags: a.tags?.length ? JSON.stringify(a.tags) : null,
			publishedAt: a.publishedAt ?? null,
			hash: h
		};
		const found = this.stmts.findArticle.get(this.source.namespace, a.externalId) as
			| { id: number; published_at: string | null; content_hash: string | null }
			| undefined;
		let id: number;
		if (!found) {
			id = Number(this.stmts.insertArticle.run(row).lastInsertRowid);
			this.counts.added++;
		} else {
			id = found.id;
			if (found.content_hash === h) this.counts.unchanged++;
			else {
				this.stmts.updateArticle.run({ ...row, id });
				// A stub created for comments that arrived first is completed, not "updated".
				if (found.content_hash === null) this.counts.added++;
				else this.counts.updated++;
				this.touched.add(id);
			}
		}
		this.articleIds.set(a.externalId, { id, publishedAt: row.publishedAt });
	}

	/** The article a comment belongs to; a stub is made when comments come before their article. */
	private articleFor(externalId: string): { id: number; publishedAt: string | null } {
		let a = this.articleIds.get(externalId);
		if (a) return a;
		const found = this.stmts.findArticle.get(this.source.namespace, externalId) as
			| { id: number; published_at: string | null }
			| undefined;
		if (found) a = { id: found.id, publishedAt: found.published_at };
		else {
			const id = Number(
				this.stmts.insertArticle.run({
					sourceId: this.sourceId,
					namespace: this.source.namespace,
					externalId,
					url: null,
					title: null,
					body: null,
					author: null,
					section: null,
					tags: null,
					publishedAt: null,
					hash: null
				}).lastInsertRowid
			);
			a = { id, publishedAt: null };
		}
		this.articleIds.set(externalId, a);
		return a;
	}

	private authorFor(c: CommentRecord): number | null {
		const handle = c.authorHandle || c.authorName;
		if (!handle) return null;
		let id = this.authorIds.get(handle);
		if (id === undefined) {
			const found = this.stmts.findAuthor.get(this.source.namespace, handle) as { id: number } | undefined;
			id = found
				? found.id
				: Number(this.stmts.insertAuthor.run(this.source.namespace, handle, c.authorName ?? handle, c.createdAt ?? null).lastInsertRowid);
			this.authorIds.set(handle, id);
		}
		if (c.createdAt) this.stmts.seenAuthor.run(c.createdAt, id, c.createdAt);
		return id;
	}

	private writeComment(c: CommentRecord) {
		const article = this.articleFor(c.articleExternalId);
		const h = commentHash(c);
		const found = this.stmts.findComment.get(article.id, c.externalId) as
			| { id: number; content_hash: string; text: string }
			| undefined;
		if (found && found.content_hash === h) {
			this.counts.unchanged++;
			return;
		}
		const row = {
			articleId: article.id,
			externalId: c.externalId,
			parentExternalId: c.parentExternalId ?? null,
			position: c.position ?? null,
			authorId: this.authorFor(c),
			text: c.text,
			createdAt: c.createdAt ?? null,
			effectiveAt: c.createdAt ?? article.publishedAt,
			score: c.score ?? null,
			status: c.status ?? 'visible',
			type: c.type ?? 'comment',
			hash: h
		};
		if (!found) {
			this.stmts.insertComment.run(row);
			this.counts.added++;
		} else {
			this.stmts.updateComment.run({ ...row, id: found.id });
			// Rows above the watermark are indexed by finish(); below it, the index is patched here.
			if (found.text !== c.text && found.id <= this.ftsThrough) {
				this.stmts.ftsDelete.run(found.id, found.text);
				this.stmts.ftsInsert.run(found.id, c.text);
			}
			this.counts.updated++;
		}
		this.touched.add(article.id);
	}
}
