import type { DB } from './open';
import type { CommentRecord, IngestItem } from '../../types';
import { linkPendingReplies, reshapeThreads, indexNewComments, ftsIndexedThrough, waitingRepliesByArticle } from './threads';
import { sameComment, type FoundComment, type ThreadNode } from './commentRow';
import { CommentInserts, insertCommentSql, type PendingRow } from './commentInserts';
import { restoreCommentIndexes, suspendCommentIndexes } from './bulkIndexes';
import { ThreadNodes } from './threadNodes';
import { ArticleKeys, AuthorKeys, CACHE_LIMIT, own, type ArticleState } from './corpusKeys';

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

/** A new comment waiting in the multi-row insert, with what a late-found duplicate needs. */
interface NewComment {
	article: ArticleState;
	c: CommentRecord;
	authorId: number | null;
	/** The article's next arrival position before this row took one. */
	positionBefore: number;
}

export interface WriterOptions {
	/**
	 * Bulk load: drop the comments' secondary indexes now and rebuild them by sort in finish()
	 * (bulkIndexes.ts). For a large load into an empty table (worthBulkLoading); ignored when
	 * another live process is bulk loading the same database.
	 */
	bulk?: boolean;
}

/**
 * Writes importer output into the corpus. Natural keys make it idempotent: a record already stored
 * with the same content is counted unchanged, a changed one is updated in place, a new one added.
 * Each writeBatch() is one transaction, so a killed process keeps every batch it reported.
 *
 * Speed: comment ids are assigned here, so a reply whose parent is already known gets its parent,
 * thread root and depth in the same INSERT; only replies that arrive before their parent are left
 * for finish(). Positions without a source order are arrival order in the article. New rows wait
 * in a multi-row insert (commentInserts.ts), flushed before anything could read them.
 */
export class CorpusWriter {
	readonly sourceId: number;
	readonly counts: WriteCounts = { added: 0, updated: 0, unchanged: 0, rejected: 0 };
	readonly byKind: { articles: KindCounts; comments: KindCounts } = {
		articles: { added: 0, updated: 0, unchanged: 0 },
		comments: { added: 0, updated: 0, unchanged: 0 }
	};
	private articles: ArticleKeys;
	private authors: AuthorKeys;
	private nodes = new ThreadNodes(CACHE_LIMIT / 2);
	/** Articles whose existing threads changed shape (a comment's parent was edited). */
	private reshape = new Set<number>();
	private ftsThrough: number;
	private nextId = 0;
	private stmts;
	private inserts: CommentInserts<NewComment>;
	/** The comments' secondary indexes are suspended by this writer until finish(). */
	private bulk = false;

	constructor(
		private db: DB,
		source: SourceInfo,
		options: WriterOptions = {}
	) {
		this.sourceId = Number(
			db
				.prepare(`INSERT INTO sources (namespace, path, format, content_hash, imported_at) VALUES (?, ?, ?, ?, ?)`)
				.run(source.namespace, source.path, source.format, source.contentHash, new Date().toISOString().slice(0, 19) + 'Z').lastInsertRowid
		);
		this.ftsThrough = ftsIndexedThrough(db);
		this.articles = new ArticleKeys(db, source.namespace, this.sourceId, (what) => this.count('articles', what));
		this.authors = new AuthorKeys(db, source.namespace);
		this.stmts = {
			maxId: db.prepare(`SELECT coalesce(max(id), 0) AS m FROM comments`).pluck(),
			maxPosition: db.prepare(`SELECT coalesce(max(position), 0) FROM comments WHERE article_id = ?`).pluck(),
			insertComment: db.prepare(insertCommentSql(1, true)),
			findComment: db.prepare(
				`SELECT id, text, author_id, created_at, score, status, type, parent_external_id, position, thread_root_id, depth
				 FROM comments WHERE article_id = ? AND external_id = ?`
			),
			updateComment: db.prepare(
				`UPDATE comments SET parent_external_id = ?, parent_id = ?, thread_root_id = ?, depth = ?, position = ?, author_id = ?,
				 text = ?, created_at = ?, effective_at = ?, score = ?, status = ?, type = ? WHERE id = ?`
			),
			ftsDelete: db.prepare(`INSERT INTO comments_fts (comments_fts, rowid, text) VALUES ('delete', ?, ?)`),
			ftsInsert: db.prepare(`INSERT INTO comments_fts (rowid, text) VALUES (?, ?)`)
		};
		this.inserts = new CommentInserts<NewComment>(db, (rows) => this.oneByOne(rows));
		if (options.bulk) this.bulk = suspendCommentIndexes(db);
	}

	/**
	 * Writes one batch in one transaction; rejects are only counted here (the caller reports them).
	 * Comments are grouped by article, each group in arrival order (so parents still come before
	 * their replies), and written in article id order: rows of one article then sit together in
	 * the indexes, and each commit rewrites far fewer index pages than in arrival order.
	 */
	writeBatch(items: IngestItem[]): void {
		const write = this.db.transaction(() => {
			// Read inside the transaction: no other writer can take these ids before it commits.
			this.nextId = (this.stmts.maxId.get() as number) + 1;
			const groups = new Map<ArticleState, CommentRecord[]>();
			for (const item of items) {
				if (item.kind === 'comment') {
					const article = this.articles.for(item.comment.articleExternalId);
					const group = groups.get(article);
					if (group) group.push(item.comment);
					else groups.set(article, [item.comment]);
				} else if (item.kind === 'article') this.articles.write(item.article);
				else this.counts.rejected++;
			}
			for (const article of [...groups.keys()].sort((a, b) => a.id - b.id)) for (const c of groups.get(article)!) this.writeComment(article, c);
			this.inserts.flush();
			this.authors.settle();
		});
		try {
			write();
		} catch (e) {
			this.inserts.discard();
			throw e;
		} finally {
			this.authors.discard();
		}
	}

	/**
	 * Links replies whose parent arrived later (in any run: a killed run's leftovers are picked up),
	 * re-derives thread shape where it changed, and indexes new comments for full-text search.
	 * Returns the combined counts; `byKind` splits them into articles and comments.
	 */
	finish(extra: { contentHash?: string } = {}): WriteCounts {
		// First, in a transaction of its own unless the caller holds one (bulkIndexes.ts: sorting
		// then spills to temporary files): linking and reshaping threads look replies up by parent.
		if (this.bulk) {
			restoreCommentIndexes(this.db);
			this.bulk = false;
		}
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

	/** After a failed batch was rolled back: rebuilds suspended indexes, since finish() will not run. */
	abandon(): void {
		if (this.bulk && !this.db.inTransaction) restoreCommentIndexes(this.db);
		this.bulk = false;
	}

	/** Replies in the articles this writer touched whose parent is not in the corpus (after finish()). */
	orphanReplies(): number {
		const waiting = waitingRepliesByArticle(this.db);
		let n = 0;
		for (const id of this.articles.touched) n += waiting.get(id) ?? 0;
		return n;
	}

	private count(kind: 'articles' | 'comments', what: keyof KindCounts) {
		this.counts[what]++;
		this.byKind[kind][what]++;
	}

	/** The parent's place in its thread: from the cache, else the database, else null (not arrived yet). */
	private parentNode(articleId: number, externalId: string): ThreadNode | null {
		const cached = this.nodes.get(articleId, externalId);
		if (cached) return cached;
		const row = this.stmts.findComment.get(articleId, externalId) as FoundComment | undefined;
		return row ? { id: row.id, root: row.thread_root_id ?? row.id, depth: row.depth } : null;
	}

	private remember(articleId: number, externalId: string, node: ThreadNode) {
		this.nodes.set(articleId, own(externalId), node);
	}

	private writeComment(article: ArticleState, c: CommentRecord) {
		const authorId = this.authors.for(c);
		// In an article this writer created, a comment is new unless the same one came before: no
		// lookup, the table's UNIQUE key says so (oneByOne). Elsewhere, look (after inserting a
		// waiting row with the same key, or it would be missed).
		let found: FoundComment | undefined;
		if (!article.fresh) {
			if (this.inserts.holds((t) => t.article === article && t.c.externalId === c.externalId)) this.inserts.flush();
			found = this.stmts.findComment.get(article.id, c.externalId) as FoundComment | undefined;
		}
		if (found && sameComment(found, c, authorId)) return this.count('comments', 'unchanged');
		const parentExt = c.parentExternalId ?? null;
		const parent = parentExt !== null && parentExt !== c.externalId ? this.parentNode(article.id, parentExt) : null;
		if (found) return this.update(article, c, authorId, found, parent);
		const id = this.nextId++;
		const node: ThreadNode = parent ? { id, root: parent.root, depth: parent.depth + 1 } : { id, root: id, depth: 0 };
		if (article.nextPosition === null) {
			// Rows of this article may still wait in the multi-row insert (its cached state was dropped).
			this.inserts.flush();
			article.nextPosition = (this.stmts.maxPosition.get(article.id) as number) + 1;
		}
		const positionBefore = article.nextPosition;
		const position = c.position ?? positionBefore;
		article.nextPosition = Math.max(positionBefore, position) + 1;
		const createdAt = c.createdAt ?? null;
		this.remember(article.id, c.externalId, node);
		this.count('comments', 'added');
		this.inserts.add(
			[
				id, article.id, c.externalId, parentExt, parent?.id ?? null, node.root, node.depth, position, authorId, c.text, createdAt,
				createdAt ?? article.publishedAt, c.score ?? null, c.status ?? 'visible', c.type ?? 'comment'
			],
			{ article, c, authorId, positionBefore }
		);
	}

	/**
	 * Rows the table refused as a group: the same comment came twice (in an article this writer
	 * created, or too far apart for the lookup to see it). Inserted one by one with what one-by-one
	 * writing gives: each duplicate updates the row that was kept and takes no position, and
	 * replies to it point at that row.
	 */
	private oneByOne(rows: PendingRow<NewComment>[]) {
		for (let i = rows.length - 1; i >= 0; i--) rows[i].tag.article.nextPosition = rows[i].tag.positionBefore;
		const kept = new Map<number, number>();
		for (const { values: v, tag } of rows) {
			const { article, c, authorId } = tag;
			if (kept.size) {
				if (kept.has(v[4] as number)) v[4] = kept.get(v[4] as number);
				if (kept.has(v[5] as number)) v[5] = kept.get(v[5] as number);
			}
			const position = c.position ?? article.nextPosition!;
			v[7] = position;
			if (this.stmts.insertComment.run(v).changes) {
				article.nextPosition = Math.max(article.nextPosition!, position) + 1;
				continue;
			}
			const found = this.stmts.findComment.get(article.id, c.externalId) as FoundComment | undefined;
			if (!found) throw new Error(`could not store comment ${c.externalId} of article ${c.articleExternalId}`);
			kept.set(v[0] as number, found.id);
			this.counts.added--;
			this.byKind.comments.added--;
			const parentId = v[4] as number | null;
			if (!sameComment(found, c, authorId)) {
				this.update(article, c, authorId, found, parentId === null ? null : { id: parentId, root: v[5] as number, depth: (v[6] as number) - 1 });
				continue;
			}
			this.remember(article.id, c.externalId, { id: found.id, root: found.thread_root_id ?? found.id, depth: found.depth });
			this.count('comments', 'unchanged');
		}
	}

	/** Rewrites a stored comment with what the record says; `parent` is its parent's place, if known. */
	private update(article: ArticleState, c: CommentRecord, authorId: number | null, found: FoundComment, parent: ThreadNode | null) {
		// The new parent may be a row still waiting to be inserted.
		this.inserts.flush();
		const node: ThreadNode = parent
			? { id: found.id, root: parent.root, depth: parent.depth + 1 }
			: { id: found.id, root: found.id, depth: 0 };
		if (node.root !== found.thread_root_id || node.depth !== found.depth) this.reshape.add(article.id);
		const createdAt = c.createdAt ?? null;
		this.stmts.updateComment.run(
			c.parentExternalId ?? null, parent?.id ?? null, node.root, node.depth, c.position ?? found.position, authorId, c.text, createdAt,
			createdAt ?? article.publishedAt, c.score ?? null, c.status ?? 'visible', c.type ?? 'comment', found.id
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
