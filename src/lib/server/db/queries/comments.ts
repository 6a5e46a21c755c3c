// The comment explorer's table: sorted, keyset-paginated, with an exact total.
//
// Keyset pagination: the cursor holds the last row's sort key and id, so page 100 costs what
// page 1 costs. Rows whose sort key is NULL (no time, no score) form a second segment after all
// others, because mixing NULL into a range condition defeats the index.
import type { CommentRow, CommentSort, CommentsPageResponse } from '../../../api-types';
import { FilterError, type Filters } from '../../../filters';
import { ftsQuery, placeholders, TAGS_JOIN } from '../filterSql';
import { rawFilter, rawSource, searchShare, useFacts } from './rawFilter';
import type { DB } from '../open';
import { totals } from './aggregate';
import { CARD_COLUMNS, CARD_JOINS, toCard, type CardRow } from './cards';
import { prepared, queryEnv, type QueryEnv } from './env';
import { buildMeta } from './meta';

export const COMMENT_SORTS: readonly CommentSort[] = ['newest', 'oldest', 'positive', 'negative', 'relevance'];

export function parseSort(raw: string | null, f: Filters): CommentSort {
	if (raw === null || raw === '') return f.q && ftsQuery(f.q) ? 'relevance' : 'newest';
	if (!(COMMENT_SORTS as readonly string[]).includes(raw))
		throw new FilterError('sort', `sort: "${raw.slice(0, 20)}" is not one of ${COMMENT_SORTS.join(', ')}`);
	if (raw === 'relevance' && !(f.q && ftsQuery(f.q))) throw new FilterError('sort', 'sort: relevance needs a search (q)');
	return raw as CommentSort;
}

type Cursor = [segment: 0 | 1, key: string | number | null, id: number];

export function encodeCursor(c: Cursor): string {
	return Buffer.from(JSON.stringify(c)).toString('base64url');
}

export function decodeCursor(raw: string): Cursor {
	try {
		const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
		if (Array.isArray(c) && c.length === 3 && (c[0] === 0 || c[0] === 1) && Number.isInteger(c[2]) &&
			(c[1] === null || typeof c[1] === 'string' || typeof c[1] === 'number'))
			return c as Cursor;
	} catch {
		// fall through
	}
	throw new FilterError('cursor', 'cursor: not a cursor this endpoint gave out; start again without it');
}

/** Sort key expression, direction, and whether rows lacking it exist (second segment). */
const SORTS: Record<CommentSort, { key: string; dir: 'ASC' | 'DESC' }> = {
	newest: { key: 'c.effective_at', dir: 'DESC' },
	oldest: { key: 'c.effective_at', dir: 'ASC' },
	positive: { key: 't.sentiment_score', dir: 'DESC' },
	negative: { key: 't.sentiment_score', dir: 'ASC' },
	relevance: { key: 'fts.rank', dir: 'ASC' }
};

export interface PageOptions {
	sort?: CommentSort;
	cursor?: string | null;
	/** Rows per page (default 50, at most 200). */
	limit?: number;
}

/**
 * Where the page's comments are picked: the facts (narrow rows, indexed by time and author) for
 * time and relevance order while they are fresh, else the comments with their tags. Scores sort
 * over the comments (comment_tags has the score index).
 */
function picker(env: QueryEnv, f: Filters, sort: CommentSort): { from: string; where: string; params: unknown[]; key: string } {
	const relevance = sort === 'relevance';
	if ((sort === 'newest' || sort === 'oldest' || relevance) && useFacts(env, f)) {
		// A common word: walk the time index and test each comment against the matches, rather
		// than sort every match by time.
		const src = rawSource(env, relevance ? { ...f, q: '' } : f, { ordered: !relevance, ftsTest: !relevance && !!f.q && searchShare(env, f.q) > 0.02 });
		return relevance
			? { from: `${src.from} JOIN comments_fts fts ON fts.rowid = c.id AND fts.comments_fts MATCH ?`, where: src.where, params: [ftsQuery(f.q!), ...src.params], key: 'fts.rank' }
			: { from: src.from, where: src.where, params: src.params, key: 'c.at' };
	}
	const fs = rawFilter(env, f, { ordered: !relevance });
	const ftsJoin = relevance ? ` JOIN comments_fts fts ON fts.rowid = c.id AND fts.comments_fts MATCH ?` : '';
	return { from: `comments c ${fs.joins}${ftsJoin}`, where: fs.where, params: [...(relevance ? [ftsQuery(f.q!)] : []), ...fs.params], key: SORTS[sort].key };
}

export function commentsPage(db: DB, f: Filters, opts: PageOptions = {}): CommentsPageResponse {
	const env = queryEnv(db);
	const sort = opts.sort ?? (f.q && ftsQuery(f.q) ? 'relevance' : 'newest');
	const limit = Math.min(Math.max(opts.limit ?? 50, 1), 200);
	const cursor = opts.cursor ? decodeCursor(opts.cursor) : null;
	const { dir } = SORTS[sort];
	const cmp = dir === 'DESC' ? '<' : '>';
	const pick = picker(env, f, sort);
	const key = pick.key;

	// The page's ids and sort keys first (from the narrowest source), then their cards.
	const picked: { id: number; sortKey: string | number | null }[] = [];
	let segment: 0 | 1 = cursor?.[0] ?? 0;
	for (; segment <= 1 && picked.length <= limit; segment++) {
		const where = [pick.where, segment === 0 ? `${key} IS NOT NULL` : `${key} IS NULL`];
		const params: unknown[] = [...pick.params];
		if (cursor && cursor[0] === segment) {
			if (segment === 0) {
				where.push(`(${key} ${cmp} ? OR (${key} = ? AND c.id ${cmp} ?))`);
				params.push(cursor[1], cursor[1], cursor[2]);
			} else {
				where.push(`c.id ${cmp} ?`);
				params.push(cursor[2]);
			}
		}
		const order = segment === 0 ? `${key} ${dir}, c.id ${dir}` : `c.id ${dir}`;
		picked.push(
			...(prepared(db, `SELECT c.id, ${key} AS sortKey FROM ${pick.from} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ?`).all(
				...params,
				limit + 1 - picked.length
			) as typeof picked)
		);
		if (sort === 'relevance') break; // every FTS match has a rank
	}
	const page = picked.slice(0, limit);
	const cards = new Map(
		(page.length
			? (prepared(
					db,
					`SELECT ${CARD_COLUMNS}, a.title AS articleTitle,
					   (SELECT count(*) FROM comments r WHERE r.parent_id = c.id AND r.type = 'comment' AND r.status = 'visible') AS replies
					 FROM comments c ${TAGS_JOIN} ${CARD_JOINS} JOIN articles a ON a.id = c.article_id WHERE c.id IN (${placeholders(page.length)})`
				).all(...page.map((p) => p.id)) as (CardRow & { articleTitle: string | null; replies: number })[])
			: []
		).map((r) => [r.id, r])
	);
	const last = page[page.length - 1];
	const nextCursor = picked.length > limit && last ? encodeCursor([last.sortKey === null ? 1 : 0, last.sortKey, last.id]) : null;
	const total = totals(env, f);
	return {
		meta: buildMeta(env, f, total.row, [total.source]),
		sort,
		total: total.row.n,
		rows: page.map((p) => cards.get(p.id)!).map((r): CommentRow => ({ ...toCard(r), articleTitle: r.articleTitle, replies: r.replies })),
		nextCursor
	};
}
