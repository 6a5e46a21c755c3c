// The filters over `comment_facts c`: the same comments filterToSql selects from the comments,
// over the narrow rows the rollup refresh keeps (rollupFacts.ts). Topic names and author handles
// are resolved to ids first, so SQLite sees how many and can weigh an author's index against a
// story's.
import { lowerInstant, upperInstantExclusive, type Filters } from '../../../filters';
import { emojiVariants, ftsQuery, placeholders, topicIdsSql } from '../filterSql';
import { prepared, type QueryEnv } from './env';

/** Topic names and author handles as ids. */
export interface ResolvedIds {
	topicIds?: number[];
	authorIds?: number[];
}

export function resolveIds(env: QueryEnv, f: Filters): ResolvedIds {
	const ids = (sql: string, params: unknown[]) => (prepared(env.db, sql).raw().all(...params) as [number][]).map(([id]) => id);
	const t = f.topic.length ? topicIdsSql(f.topic) : null;
	return {
		topicIds: t ? ids(t.sql, t.params) : undefined,
		authorIds: f.author.length ? ids(`SELECT id FROM authors WHERE handle IN (${placeholders(f.author.length)})`, f.author) : undefined
	};
}

/** `col IN (ids)`, or never true for no ids. */
const inIds = (col: string, ids: number[]) => (ids.length ? `${col} IN (${placeholders(ids.length)})` : '0');

/** The filters over `comment_facts c`: the same comments filterToSql selects from the comments. */
export function factsFilterSql(
	f: Filters,
	probe: ('topic' | 'emoji')[] = [],
	resolved: ResolvedIds = {},
	opts: { ftsTest?: boolean } = {}
): { where: string; params: unknown[] } {
	const where: string[] = [];
	const params: unknown[] = [];
	const add = (sql: string, ...ps: unknown[]) => {
		where.push(sql);
		params.push(...ps);
	};
	if (f.from) add(`c.at >= ?`, lowerInstant(f.from));
	if (f.to) add(`c.at < ?`, upperInstantExclusive(f.to));
	if (f.article.length) add(`c.article_id IN (${placeholders(f.article.length)})`, ...f.article);
	if (f.topic.length) {
		const ids = resolved.topicIds;
		// A probe reads the comment's own topic list (",3,17,") rather than seeking each topic.
		if (ids && probe.includes('topic')) add(ids.length ? `(${ids.map(() => 'instr(c.topics, ?) > 0').join(' OR ')})` : '0', ...ids.map((id) => `,${id},`));
		else {
			const t = ids ? { sql: placeholders(ids.length) || 'NULL', params: ids } : topicIdsSql(f.topic);
			if (probe.includes('topic')) add(`EXISTS (SELECT 1 FROM comment_topics ct WHERE ct.comment_id = c.id AND ct.topic_id IN (${t.sql}))`, ...t.params);
			else add(`c.id IN (SELECT ct.comment_id FROM comment_topics ct WHERE ct.topic_id IN (${t.sql}))`, ...t.params);
		}
	}
	if (f.author.length) {
		if (resolved.authorIds) add(inIds('c.author_id', resolved.authorIds), ...resolved.authorIds);
		else add(`c.author_id IN (SELECT id FROM authors WHERE handle IN (${placeholders(f.author.length)}))`, ...f.author);
	}
	if (f.sentiment.length) add(`c.sentiment IN (${placeholders(f.sentiment.length)})`, ...f.sentiment);
	if (f.stance.length) add(`c.stance IN (${placeholders(f.stance.length)})`, ...f.stance);
	if (f.target.length) add(`c.target COLLATE NOCASE IN (${placeholders(f.target.length)})`, ...f.target);
	if (f.lang.length) add(`c.lang IN (${placeholders(f.lang.length)})`, ...f.lang);
	if (f.emoji.length) {
		const forms = f.emoji.flatMap(emojiVariants);
		if (probe.includes('emoji'))
			add(`EXISTS (SELECT 1 FROM comment_emoji ce WHERE ce.comment_id = c.id AND ce.emoji IN (${placeholders(forms.length)}))`, ...forms);
		else add(`c.id IN (SELECT ce.comment_id FROM comment_emoji ce WHERE ce.emoji IN (${placeholders(forms.length)}))`, ...forms);
	}
	if (f.q) {
		const match = ftsQuery(f.q);
		// With an article or an author to drive the scan, the matches are a set to test against
		// (+ keeps SQLite from also seeking every match in each index entry it reads: the story's
		// (article, root) index times every match).
		const test = opts.ftsTest || f.article.length || f.author.length ? '+c.id' : 'c.id';
		if (match) add(`${test} IN (SELECT rowid FROM comments_fts WHERE comments_fts MATCH ?)`, match);
		else add(`EXISTS (SELECT 1 FROM comments cc WHERE cc.id = c.id AND instr(cc.text, ?) > 0)`, f.q);
	}
	if (f.flagged !== 'include') add(`c.flagged = ${f.flagged === 'only' ? 1 : 0}`);
	return { where: where.length ? where.join(' AND ') : '1', params };
}
