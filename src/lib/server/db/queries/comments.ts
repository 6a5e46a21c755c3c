// The comment explorer's table: sorted, keyset-paginated, with an exact total.
//
// Keyset pagination: the cursor holds the last row's sort key and id, so page 100 costs what
// page 1 costs. Rows whose sort key is NULL (no time, no score) form a second segment after all
// others, because mixing NULL into a range condition defeats the index.
import type { CommentRow, CommentSort, CommentsPageResponse } from '../../../api-types';
import { FilterError, type Filters } from '../../../filters';
import { ftsQuery } from '../filterSql';
import { rawFilter } from './rawFilter';
import type { DB } from '../open';
import { totals } from './aggregate';
import { CARD_COLUMNS, CARD_JOINS, toCard, type CardRow } from './cards';
import { queryEnv } from './env';
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

export function commentsPage(db: DB, f: Filters, opts: PageOptions = {}): CommentsPageResponse {
	const env = queryEnv(db);
	const sort = opts.sort ?? (f.q && ftsQuery(f.q) ? 'relevance' : 'newest');
	const limit = Math.min(Math.max(opts.limit ?? 50, 1), 200);
	const cursor = opts.cursor ? decodeCursor(opts.cursor) : null;
	const { key, dir } = SORTS[sort];
	const fs = rawFilter(env, f, { ordered: sort !== 'relevance' });
	const cmp = dir === 'DESC' ? '<' : '>';
	const ftsJoin = sort === 'relevance' ? `JOIN comments_fts fts ON fts.rowid = c.id AND fts.comments_fts MATCH ?` : '';
	const ftsParams = sort === 'relevance' ? [ftsQuery(f.q!)] : [];
	const select = `SELECT ${CARD_COLUMNS}, a.title AS articleTitle,
	    (SELECT count(*) FROM comments r WHERE r.parent_id = c.id AND r.type = 'comment' AND r.status = 'visible') AS replies,
	    ${key} AS sortKey
	  FROM comments c ${fs.joins} ${CARD_JOINS} JOIN articles a ON a.id = c.article_id ${ftsJoin}`;

	const rows: (CardRow & { articleTitle: string | null; replies: number; sortKey: string | number | null })[] = [];
	let segment: 0 | 1 = cursor?.[0] ?? 0;
	for (; segment <= 1 && rows.length <= limit; segment++) {
		const where = [fs.where, segment === 0 ? `${key} IS NOT NULL` : `${key} IS NULL`];
		const params: unknown[] = [...ftsParams, ...fs.params];
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
		rows.push(...(db.prepare(`${select} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ?`).all(...params, limit + 1 - rows.length) as typeof rows));
		if (sort === 'relevance') break; // every FTS match has a rank
	}
	const page = rows.slice(0, limit);
	const last = page[page.length - 1];
	const nextCursor = rows.length > limit && last ? encodeCursor([last.sortKey === null ? 1 : 0, last.sortKey, last.id]) : null;
	const total = totals(env, f);
	return {
		meta: buildMeta(env, f, total.row, [total.source]),
		sort,
		total: total.row.n,
		rows: page.map((r): CommentRow => ({ ...toCard(r), articleTitle: r.articleTitle, replies: r.replies })),
		nextCursor
	};
}
