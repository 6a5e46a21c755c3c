// The SQL face of a Filters object, over `comments c`. Every value is a bound parameter; the
// only text spliced into SQL is fixed fragments and `?` placeholders.
//
// Default population: reader comments only, i.e. type 'comment' (pingbacks and trackbacks are
// left out, as issue 3 asks) and status 'visible' (deleted, spam and unapproved are kept in the
// database and counted by `murmur stats`, but are not reader reactions). Every dashboard figure,
// /api endpoint and export uses this same population.
import type { Filters } from '../../filters';
import { lowerInstant, upperInstantExclusive } from '../../filters';

export interface FilterSql {
	/** Always `LEFT JOIN comment_tags t ON t.comment_id = c.id`, so callers may select t.* */
	joins: string;
	/** A boolean expression (no WHERE keyword); never empty. */
	where: string;
	params: unknown[];
}

export const READER_COMMENTS = `c.type = 'comment' AND c.status = 'visible'`;
export const TAGS_JOIN = `LEFT JOIN comment_tags t ON t.comment_id = c.id`;

export const placeholders = (n: number) => Array(n).fill('?').join(', ');

/** An emoji as the user typed it, plus its forms with and without U+FE0F (stored forms vary). */
export function emojiVariants(e: string): string[] {
	const bare = e.replace(/\uFE0F/g, '');
	const out = new Set([e, bare]);
	if ([...bare].length === 1) out.add(bare + '\uFE0F');
	return [...out];
}

const WORDISH = /[\p{L}\p{N}\p{So}]/u;

/**
 * Turns a user's search into an FTS5 query that cannot be a syntax error: "quoted phrases" stay
 * phrases, every other word becomes a quoted token (quotes doubled), a trailing * keeps prefix
 * search. All terms must match. Returns null when nothing searchable is left (e.g. "!!!").
 */
export function ftsQuery(q: string): string | null {
	const terms: string[] = [];
	const re = /"([^"]*)"|(\S+)/g;
	for (let m; (m = re.exec(q)); ) {
		const phrase = m[1] ?? m[2];
		const prefix = m[2] !== undefined && phrase.length > 1 && phrase.endsWith('*');
		const body = prefix ? phrase.slice(0, -1) : phrase;
		if (!WORDISH.test(body)) continue;
		terms.push(`"${body.replace(/"/g, '""')}"${prefix ? '*' : ''}`);
	}
	return terms.length ? terms.join(' ') : null;
}

/** Matches a topic by name, case-insensitively; used by the raw and the rollup paths alike. */
export function topicIdsSql(names: string[]): { sql: string; params: string[] } {
	return { sql: `SELECT id FROM topics WHERE name COLLATE NOCASE IN (${placeholders(names.length)})`, params: names };
}

export interface FilterSqlOptions {
	/** Leave the default population (reader comments) out, for callers that add their own. */
	allStatuses?: boolean;
	/**
	 * Test these multi-valued filters comment by comment (EXISTS) rather than collecting every
	 * matching comment first (IN): better when something else drives the scan (one article, a
	 * time order) and the topic or emoji is common. Same rows either way.
	 */
	probe?: ('topic' | 'emoji')[];
}

export function filterToSql(f: Filters, opts: FilterSqlOptions = {}): FilterSql {
	const where: string[] = [];
	const params: unknown[] = [];
	const add = (sql: string, ...ps: unknown[]) => {
		where.push(sql);
		params.push(...ps);
	};
	if (!opts.allStatuses) add(READER_COMMENTS);
	if (f.from) add(`c.effective_at >= ?`, lowerInstant(f.from));
	if (f.to) add(`c.effective_at < ?`, upperInstantExclusive(f.to));
	if (f.article.length) add(`c.article_id IN (${placeholders(f.article.length)})`, ...f.article);
	if (f.topic.length) {
		const t = topicIdsSql(f.topic);
		if (opts.probe?.includes('topic'))
			add(`EXISTS (SELECT 1 FROM comment_topics ct WHERE ct.comment_id = c.id AND ct.topic_id IN (${t.sql}))`, ...t.params);
		else add(`c.id IN (SELECT ct.comment_id FROM comment_topics ct WHERE ct.topic_id IN (${t.sql}))`, ...t.params);
	}
	if (f.author.length)
		add(`c.author_id IN (SELECT id FROM authors WHERE handle IN (${placeholders(f.author.length)}))`, ...f.author);
	// Unary + keeps SQLite off the label indexes: a label matches a third of the corpus, so
	// walking the comments by time or article and checking the tag is faster than the index.
	if (f.sentiment.length) add(`+t.sentiment_label IN (${placeholders(f.sentiment.length)})`, ...f.sentiment);
	if (f.stance.length) add(`+t.stance_label IN (${placeholders(f.stance.length)})`, ...f.stance);
	if (f.target.length) add(`t.stance_target COLLATE NOCASE IN (${placeholders(f.target.length)})`, ...f.target);
	if (f.lang.length) add(`+t.lang IN (${placeholders(f.lang.length)})`, ...f.lang);
	if (f.emoji.length) {
		const forms = f.emoji.flatMap(emojiVariants);
		if (opts.probe?.includes('emoji'))
			add(`EXISTS (SELECT 1 FROM comment_emoji ce WHERE ce.comment_id = c.id AND ce.emoji IN (${placeholders(forms.length)}))`, ...forms);
		else add(`c.id IN (SELECT ce.comment_id FROM comment_emoji ce WHERE ce.emoji IN (${placeholders(forms.length)}))`, ...forms);
	}
	if (f.q) {
		const match = ftsQuery(f.q);
		// Punctuation-only searches have no FTS tokens; a substring test still answers them.
		if (match) add(`c.id IN (SELECT rowid FROM comments_fts WHERE comments_fts MATCH ?)`, match);
		else add(`instr(c.text, ?) > 0`, f.q);
	}
	if (f.flagged === 'exclude') add(`NOT EXISTS (SELECT 1 FROM comment_flags fl WHERE fl.comment_id = c.id)`);
	if (f.flagged === 'only') add(`EXISTS (SELECT 1 FROM comment_flags fl WHERE fl.comment_id = c.id)`);
	return { joins: TAGS_JOIN, where: where.length ? where.join(' AND ') : '1', params };
}
