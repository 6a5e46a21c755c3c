// Articles and authors by their natural keys (namespace + external id, namespace + handle), as the
// corpus writer needs them: looked up once, made when missing, then served from bounded caches.
import { createHash } from 'node:crypto';
import type { DB } from './open';
import type { ArticleRecord, CommentRecord } from '../../types';

/** Caches are dropped when they reach this many entries: memory stays flat on any input size. */
export const CACHE_LIMIT = 100_000;

/**
 * The same text in memory of its own. Strings sliced from a larger one (the parse worker's packed
 * batches, itemPack.ts) keep all of it alive while a cache holds them; concatenating forces V8 to
 * flatten into a new string, which the slice then refers to instead. Short strings are copies already.
 */
export const own = (s: string) => (s.length < 13 ? s : (s + ' ').slice(0, -1));

const hash = (s: string) => createHash('sha1').update(s).digest('base64url');

function articleHash(a: ArticleRecord): string {
	return hash(JSON.stringify([a.url, a.title, a.body, a.author, a.section, a.tags ?? [], a.publishedAt]));
}

export interface ArticleState {
	id: number;
	publishedAt: string | null;
	/** Created by this writer: none of its comments can exist yet, so inserts need no lookup first. */
	fresh: boolean;
	/** Next arrival position for comments whose source gives none (loaded lazily). */
	nextPosition: number | null;
}

/** Articles of one namespace; `count` is told what each article record did. */
export class ArticleKeys {
	/** Ids of every article written to (numbers only, so it stays small). */
	readonly touched = new Set<number>();
	private cache = new Map<string, ArticleState>();
	private stmts;

	constructor(
		db: DB,
		private namespace: string,
		private sourceId: number,
		private count: (what: 'added' | 'updated' | 'unchanged') => void
	) {
		this.stmts = {
			find: db.prepare(`SELECT id, published_at, content_hash FROM articles WHERE namespace = ? AND external_id = ?`),
			insert: db.prepare(
				`INSERT INTO articles (source_id, namespace, external_id, url, title, body, author, section, tags, published_at, content_hash)
				 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
			),
			update: db.prepare(
				`UPDATE articles SET source_id = ?, url = ?, title = ?, body = ?, author = ?, section = ?, tags = ?, published_at = ?,
				 content_hash = ? WHERE id = ?`
			),
			untimedEffective: db.prepare(`UPDATE comments SET effective_at = ? WHERE article_id = ? AND created_at IS NULL`)
		};
	}

	private remember(externalId: string, state: ArticleState) {
		if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
		this.cache.set(own(externalId), state);
		this.touched.add(state.id);
	}

	/** Stores an article record: added, completed (a stub made for its comments), updated or unchanged. */
	write(a: ArticleRecord): void {
		const h = articleHash(a);
		const publishedAt = a.publishedAt ?? null;
		const values = [
			a.url ?? null, a.title ?? null, a.body ?? null, a.author ?? null, a.section ?? null,
			a.tags?.length ? JSON.stringify(a.tags) : null, publishedAt, h
		];
		const found = this.stmts.find.get(this.namespace, a.externalId) as { id: number; published_at: string | null; content_hash: string | null } | undefined;
		const known = this.cache.get(a.externalId);
		if (!found) {
			const id = Number(this.stmts.insert.run(this.sourceId, this.namespace, a.externalId, ...values).lastInsertRowid);
			this.remember(a.externalId, { id, publishedAt, fresh: true, nextPosition: 1 });
			this.count('added');
			return;
		}
		const state: ArticleState = known ?? { id: found.id, publishedAt: found.published_at, fresh: false, nextPosition: null };
		if (found.content_hash === h) this.count('unchanged');
		else {
			this.stmts.update.run(this.sourceId, ...values, found.id);
			// A stub made for comments that came first is completed, not "updated".
			this.count(found.content_hash === null ? 'added' : 'updated');
			if (found.published_at !== publishedAt) this.stmts.untimedEffective.run(publishedAt, found.id);
		}
		state.publishedAt = publishedAt;
		this.remember(a.externalId, state);
	}

	/** The article a comment belongs to; a stub is made when comments come before their article. */
	for(externalId: string): ArticleState {
		let a = this.cache.get(externalId);
		if (a) return a;
		const found = this.stmts.find.get(this.namespace, externalId) as { id: number; published_at: string | null } | undefined;
		if (found) a = { id: found.id, publishedAt: found.published_at, fresh: false, nextPosition: null };
		else {
			const id = Number(this.stmts.insert.run(this.sourceId, this.namespace, externalId, null, null, null, null, null, null, null, null).lastInsertRowid);
			a = { id, publishedAt: null, fresh: true, nextPosition: 1 };
		}
		this.remember(externalId, a);
		return a;
	}
}

/**
 * Authors of one namespace. An author's first_seen_at is the earliest time of their comments:
 * lowered in memory as comments arrive and written once per author per batch (settle()), not once
 * per earlier comment.
 */
export class AuthorKeys {
	private cache = new Map<string, { id: number; firstSeen: string | null }>();
	/** Authors whose first sight moved earlier since the last settle(), and to when. */
	private seen = new Map<number, string>();
	private stmts;

	constructor(
		db: DB,
		private namespace: string
	) {
		this.stmts = {
			find: db.prepare(`SELECT id, first_seen_at FROM authors WHERE namespace = ? AND handle = ?`),
			insert: db.prepare(`INSERT INTO authors (namespace, handle, display_name, first_seen_at) VALUES (?, ?, ?, ?)`),
			seen: db.prepare(`UPDATE authors SET first_seen_at = ? WHERE id = ? AND (first_seen_at IS NULL OR first_seen_at > ?)`)
		};
	}

	/** The comment's author id (made on first sight), or null when the comment names none. */
	for(c: CommentRecord): number | null {
		const handle = c.authorHandle || c.authorName;
		if (!handle) return null;
		const createdAt = c.createdAt ?? null;
		let a = this.cache.get(handle);
		if (!a) {
			const found = this.stmts.find.get(this.namespace, handle) as { id: number; first_seen_at: string | null } | undefined;
			a = found
				? { id: found.id, firstSeen: found.first_seen_at }
				: { id: Number(this.stmts.insert.run(this.namespace, handle, c.authorName ?? handle, createdAt).lastInsertRowid), firstSeen: createdAt && own(createdAt) };
			if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
			this.cache.set(own(handle), a);
		}
		if (createdAt && (a.firstSeen === null || createdAt < a.firstSeen)) {
			a.firstSeen = own(createdAt);
			this.seen.set(a.id, a.firstSeen);
		}
		return a.id;
	}

	/** Writes the first sights that moved (inside the batch's transaction). */
	settle(): void {
		for (const [id, at] of this.seen) this.stmts.seen.run(at, id, at);
		this.seen.clear();
	}

	/** Forgets unwritten first sights (their batch was rolled back). */
	discard(): void {
		this.seen.clear();
	}
}
