// All SQL of the NLP pass: which comments and articles are stale, the article context a comment
// is analysed in, and writing tags, emoji, topics and article topics. Every batch is one
// transaction, so a killed `murmur tag` keeps what it reported and resumes with the rest.
import Database from 'better-sqlite3';
import type { DB } from './open';

/** Comments that need tags, in id order, column by column (a batch posts to a worker ~3x cheaper so). */
export interface StaleBatch {
	ids: number[];
	articleIds: number[];
	texts: string[];
	contentHashes: (string | null)[];
	/** Has tags already (they are replaced). */
	tagged: boolean[];
}

export interface StaleArticle {
	id: number;
	title: string | null;
	body: string | null;
	contentHash: string | null;
}

export interface ArticleContext {
	mainTopic: string | null;
	target: string | null;
	/** Its heaviest topics, which its comments inherit. */
	topics: string[];
}

export interface CommentTagRow {
	id: number;
	contentHash: string | null;
	tagged: boolean;
	lang: string;
	score: number;
	label: string;
	sentimentEvidence: string;
	stanceTarget: string | null;
	stanceLabel: string;
	stanceConfidence: number;
	stanceEvidence: string;
	emoji: [emoji: string, name: string, count: number][];
	topics: string[];
}

export interface ArticleTopicRow {
	id: number;
	contentHash: string | null;
	topics: { name: string; kind: string; weight: number }[];
	target: string | null;
}

const STALE = `(t.comment_id IS NULL OR t.nlp_version <> @version OR t.content_hash IS NOT c.content_hash)`;

/**
 * The next `limit` comments after `afterId` that need tags (all of them when `force`). A forced
 * pass does not look up which have tags: it marks them all `tagged`, and the writer, which reads
 * the stored tags of the batch's id range anyway, finds out.
 */
export function staleComments(db: DB, o: { afterId: number; limit: number; version: string; force: boolean }): StaleBatch {
	const sql = o.force
		? `SELECT c.id, c.article_id, c.text, c.content_hash, 1 FROM comments c WHERE c.id > @afterId ORDER BY c.id LIMIT @limit`
		: `SELECT c.id, c.article_id, c.text, c.content_hash, t.comment_id IS NOT NULL
		FROM comments c LEFT JOIN comment_tags t ON t.comment_id = c.id
		WHERE c.id > @afterId AND ${STALE} ORDER BY c.id LIMIT @limit`;
	const params = o.force ? { afterId: o.afterId, limit: o.limit } : { afterId: o.afterId, limit: o.limit, version: o.version };
	const rows = db.prepare(sql).raw().all(params) as [number, number, string, string | null, number][];
	const batch: StaleBatch = { ids: [], articleIds: [], texts: [], contentHashes: [], tagged: [] };
	for (const [id, articleId, text, hash, tagged] of rows) {
		batch.ids.push(id);
		batch.articleIds.push(articleId);
		batch.texts.push(text);
		batch.contentHashes.push(hash);
		batch.tagged.push(tagged === 1);
	}
	return batch;
}

export function countStaleComments(db: DB, o: { afterId: number; version: string; force: boolean }): number {
	const sql = `SELECT count(*) AS n FROM comments c LEFT JOIN comment_tags t ON t.comment_id = c.id
		WHERE c.id > @afterId ${o.force ? '' : `AND ${STALE}`}`;
	return (db.prepare(sql).get({ afterId: o.afterId, version: o.version }) as { n: number }).n;
}

const STALE_ARTICLE = `(n.article_id IS NULL OR n.nlp_version <> @version OR n.content_hash IS NOT a.content_hash)`;

/** Articles without current topics: never done, older analyser, or edited since. */
export function staleArticles(db: DB, o: { afterId: number; limit: number; version: string; force: boolean }): StaleArticle[] {
	const sql = `SELECT a.id, a.title, a.body, a.content_hash AS contentHash
		FROM articles a LEFT JOIN article_nlp n ON n.article_id = a.id
		WHERE a.id > @afterId ${o.force ? '' : `AND ${STALE_ARTICLE}`} ORDER BY a.id LIMIT @limit`;
	return db.prepare(sql).all({ afterId: o.afterId, limit: o.limit, version: o.version }) as StaleArticle[];
}

export function countStaleArticles(db: DB, o: { version: string; force: boolean }): number {
	const sql = `SELECT count(*) AS n FROM articles a LEFT JOIN article_nlp n ON n.article_id = a.id ${o.force ? '' : `WHERE ${STALE_ARTICLE}`}`;
	return (db.prepare(sql).get({ version: o.version }) as { n: number }).n;
}

/** Every topic of the corpus: the vocabulary comments are matched against. */
export function topicVocabulary(db: DB): { id: number; name: string; kind: string | null }[] {
	return db.prepare(`SELECT id, name, kind FROM topics ORDER BY id`).all() as { id: number; name: string; kind: string | null }[];
}

/** Context of the given articles: main topic, mentioned target and top `topTopics` topics. */
export function articleContexts(db: DB, ids: number[], topTopics = 3): Map<number, ArticleContext> {
	const out = new Map<number, ArticleContext>();
	const nlp = db.prepare(`SELECT main_topic AS mainTopic, target FROM article_nlp WHERE article_id = ?`);
	const topics = db.prepare(
		`SELECT t.name FROM article_topics at JOIN topics t ON t.id = at.topic_id WHERE at.article_id = ? ORDER BY at.weight DESC, t.name LIMIT ?`
	);
	for (const id of ids) {
		const row = nlp.get(id) as { mainTopic: string | null; target: string | null } | undefined;
		out.set(id, {
			mainTopic: row?.mainTopic ?? null,
			target: row?.target ?? null,
			topics: (topics.all(id, topTopics) as { name: string }[]).map((r) => r.name)
		});
	}
	return out;
}

/** Ids of topics by name, creating the missing ones. */
export class TopicIds {
	private ids = new Map<string, number>();
	private insert;
	private find;

	constructor(private db: DB) {
		for (const t of topicVocabulary(db)) this.ids.set(t.name, t.id);
		this.insert = db.prepare(`INSERT INTO topics (name, kind) VALUES (?, ?) ON CONFLICT(name) DO NOTHING`);
		this.find = db.prepare(`SELECT id FROM topics WHERE name = ?`);
	}

	get(name: string, kind: string | null = null): number {
		let id = this.ids.get(name);
		if (id === undefined) {
			this.insert.run(name, kind);
			id = (this.find.get(name) as { id: number }).id;
			this.ids.set(name, id);
		}
		return id;
	}
}

/** Writes article topics and their NLP row, one transaction for the batch. */
export function writeArticleTopics(db: DB, rows: ArticleTopicRow[], version: string, now: string, topicIds: TopicIds): void {
	const clear = db.prepare(`DELETE FROM article_topics WHERE article_id = ?`);
	const link = db.prepare(`INSERT OR REPLACE INTO article_topics (article_id, topic_id, weight) VALUES (?, ?, ?)`);
	const mark = db.prepare(
		`INSERT OR REPLACE INTO article_nlp (article_id, nlp_version, content_hash, main_topic, target, tagged_at) VALUES (?, ?, ?, ?, ?, ?)`
	);
	db.transaction(() => {
		for (const r of rows) {
			clear.run(r.id);
			for (const t of r.topics) link.run(r.id, topicIds.get(t.name, t.kind), t.weight);
			mark.run(r.id, version, r.contentHash, r.topics[0]?.name ?? null, r.target, now);
		}
	})();
}

const TAG_COLUMNS = `comment_id, nlp_version, lang, sentiment_score, sentiment_label, sentiment_evidence,
	stance_target, stance_label, stance_confidence, stance_evidence, tagged_at, content_hash`;
/** Rows per multi-row INSERT: one statement per 50 rows costs about half of 50 single-row ones. */
const CHUNK = 50;
const values = (n: number, width: number) => Array(n).fill(`(${Array(width).fill('?').join(',')})`).join(',');

/** Inserts fixed-width rows, `CHUNK` per statement, the remainder one by one. */
function chunkedInsert(db: DB, head: string, width: number) {
	const many = db.prepare(`${head} VALUES ${values(CHUNK, width)}`);
	const one = db.prepare(`${head} VALUES ${values(1, width)}`);
	return (flat: unknown[]) => {
		const rows = flat.length / width;
		let i = 0;
		for (; i + CHUNK <= rows; i += CHUNK) many.run(flat.slice(i * width, (i + CHUNK) * width));
		for (; i < rows; i++) one.run(flat.slice(i * width, (i + 1) * width));
	};
}

/** A comment's stored topics (ids joined by commas) and emoji, to tell whether a re-tag changed them. */
interface StoredLinks {
	topics: string;
	emoji: Map<string, string> | null;
}
const NO_LINKS: StoredLinks = { topics: '', emoji: null };

/** The stored topics and emoji of the comments with ids in [from, to], one row per comment. */
function storedLinksReader(db: DB) {
	// The rows come in primary-key order, so the ids ascend; were they ever not to, a comment would
	// only be rewritten needlessly.
	const topics = db.prepare(`SELECT comment_id, group_concat(topic_id) FROM comment_topics WHERE comment_id BETWEEN ? AND ? GROUP BY comment_id`).raw();
	const emoji = db.prepare(`SELECT comment_id, emoji, name, count FROM comment_emoji WHERE comment_id BETWEEN ? AND ?`).raw();
	return (from: number, to: number): Map<number, StoredLinks> => {
		const out = new Map<number, StoredLinks>();
		for (const [id, ids] of topics.all(from, to) as [number, string][]) out.set(id, { topics: ids, emoji: null });
		for (const [id, e, name, count] of emoji.all(from, to) as [number, string, string | null, number][]) {
			let s = out.get(id);
			if (!s) out.set(id, (s = { topics: '', emoji: null }));
			(s.emoji ??= new Map()).set(e, `${name}\u0000${count}`);
		}
		return out;
	};
}

const ascending = (a: number, b: number) => a - b;

function sameLinks(old: StoredLinks, r: CommentTagRow, topicIds: number[]): boolean {
	if ((old.emoji?.size ?? 0) !== r.emoji.length) return false;
	if (old.topics !== (topicIds.length > 1 ? [...topicIds].sort(ascending) : topicIds).join(',')) return false;
	for (const [e, name, count] of r.emoji) if (old.emoji!.get(e) !== `${name}\u0000${count}`) return false;
	return true;
}

/**
 * Prepared statements for writing comment tags; reuse one per run. A re-tagged comment whose tags
 * came out the same (the usual case after an analyser upgrade) only gets its version, time and
 * content hash updated: rewriting its rows and their index entries is most of a write's cost.
 * Whether its tag row is the same is asked of SQLite (an UPDATE that matches only an identical
 * row), which compares the evidence without reading it back into JavaScript.
 */
export function commentTagWriter(db: DB, version: string, topicIds: TopicIds) {
	const tags = chunkedInsert(db, `INSERT OR REPLACE INTO comment_tags (${TAG_COLUMNS})`, 12);
	const topics = chunkedInsert(db, `INSERT OR IGNORE INTO comment_topics (comment_id, topic_id)`, 2);
	const emoji = chunkedInsert(db, `INSERT OR REPLACE INTO comment_emoji (comment_id, emoji, name, count)`, 4);
	const clearEmoji = db.prepare(`DELETE FROM comment_emoji WHERE comment_id = ?`);
	const clearTopics = db.prepare(`DELETE FROM comment_topics WHERE comment_id = ?`);
	const touch = db.prepare(
		`UPDATE comment_tags SET nlp_version = ?, tagged_at = ?, content_hash = ?
		 WHERE comment_id = ? AND lang IS ? AND sentiment_score IS ? AND sentiment_label IS ? AND sentiment_evidence IS ?
		   AND stance_target IS ? AND stance_label IS ? AND stance_confidence IS ? AND stance_evidence IS ?`
	);
	const stored = storedLinksReader(db);
	const meta = db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)`);
	/** Writes batches of rows, each with its own time; `cursor` (a meta key and value) is saved in the same transaction. */
	const tx = db.transaction((batches: { rows: CommentTagRow[]; now: string }[], cursor?: [string, string]) => {
		const tagValues: unknown[] = [];
		const topicValues: unknown[] = [];
		const emojiValues: unknown[] = [];
		for (const { rows, now } of batches) {
			let from = Infinity;
			let to = -Infinity;
			let retagged = 0;
			for (const r of rows) {
				if (!r.tagged) continue;
				retagged++;
				if (r.id < from) from = r.id;
				if (r.id > to) to = r.id;
			}
			// Stored links are read by id range; a few stale comments spread over a large corpus are rewritten unread.
			const old = retagged && to - from < 4 * retagged + 1000 ? stored(from, to) : undefined;
			// Values go straight into the flat arrays: no per-row arrays for a first tag's many rows.
			for (const r of rows) {
				const prev = old && r.tagged ? (old.get(r.id) ?? NO_LINKS) : undefined;
				if (prev && sameLinks(prev, r, r.topics.map((t) => topicIds.get(t)))) {
					const same = touch.run(version, now, r.contentHash, r.id, r.lang, r.score, r.label, r.sentimentEvidence, r.stanceTarget, r.stanceLabel, r.stanceConfidence, r.stanceEvidence).changes;
					if (!same) tagValues.push(r.id, version, r.lang, r.score, r.label, r.sentimentEvidence, r.stanceTarget, r.stanceLabel, r.stanceConfidence, r.stanceEvidence, now, r.contentHash);
					continue;
				}
				if (prev ? prev.emoji : r.tagged) clearEmoji.run(r.id);
				if (prev ? prev.topics : r.tagged) clearTopics.run(r.id);
				tagValues.push(r.id, version, r.lang, r.score, r.label, r.sentimentEvidence, r.stanceTarget, r.stanceLabel, r.stanceConfidence, r.stanceEvidence, now, r.contentHash);
				for (const [e, name, count] of r.emoji) emojiValues.push(r.id, e, name, count);
				for (const t of r.topics) topicValues.push(r.id, topicIds.get(t));
			}
		}
		tags(tagValues);
		topics(topicValues);
		emoji(emojiValues);
		if (cursor) meta.run(cursor[0], cursor[1]);
	});
	// IMMEDIATE takes the write lock up front: with several writers, a deferred transaction could fail upgrading.
	return {
		/** Writes one batch. */
		write: (rows: CommentTagRow[], now: string, cursor?: [string, string]) => tx.immediate([{ rows, now }], cursor),
		/** Writes several batches in one transaction. */
		writeAll: (batches: { rows: CommentTagRow[]; now: string }[]) => tx.immediate(batches)
	};
}

/**
 * Stops this connection from checkpointing the WAL until the returned function is called: while
 * workers write, the main thread's small cursor writes would otherwise each copy their pages.
 */
export function pauseCheckpoints(db: DB): () => void {
	const before = db.pragma('wal_autocheckpoint', { simple: true }) as number;
	db.pragma('wal_autocheckpoint = 0');
	return () => db.pragma(`wal_autocheckpoint = ${Number(before)}`);
}

export function getMeta(db: DB, key: string): string | null {
	return (db.prepare(`SELECT value FROM meta WHERE key = ?`).get(key) as { value: string } | undefined)?.value ?? null;
}

export function setMeta(db: DB, key: string, value: string | null): void {
	if (value === null) db.prepare(`DELETE FROM meta WHERE key = ?`).run(key);
	else db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)`).run(key, value);
}

/** How many comments carry tags from each analyser version, most first. */
export function tagVersions(db: DB): { version: string; comments: number }[] {
	return db.prepare(`SELECT nlp_version AS version, count(*) AS comments FROM comment_tags GROUP BY 1 ORDER BY 2 DESC, 1`).all() as { version: string; comments: number }[];
}

/** The first `limit` comment texts by id: the bench scores the same texts with other analysers. */
export function sampleCommentTexts(db: DB, limit: number): string[] {
	return (db.prepare(`SELECT text FROM comments ORDER BY id LIMIT ?`).all(limit) as { text: string }[]).map((r) => r.text);
}

/**
 * A tagging worker's own connection to the corpus: workers write their batches themselves, so
 * writing runs beside analysis on the other cores. Writers take turns on SQLite's write lock
 * (WAL mode, set when the main thread opened the database); the busy timeout covers the wait.
 * Foreign keys are not checked on this connection: every id it writes was read from comments and
 * topics moments before, and nothing deletes those (the checks cost a fifth of a write). Deletes
 * on other connections still cascade to the tags.
 * The WAL may grow to ~64 MB before a checkpoint: fewer checkpoints write hot index pages fewer times.
 */
export function openTagWriter(path: string): DB {
	const db = new Database(path, { fileMustExist: true });
	db.pragma('busy_timeout = 30000');
	db.pragma('synchronous = NORMAL');
	db.pragma('foreign_keys = OFF');
	db.pragma('cache_size = -65536');
	db.pragma('wal_autocheckpoint = 16384');
	return db;
}
