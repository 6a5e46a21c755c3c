// The busiest reply threads of a story, as trees. Threads are ranked by how many of their
// comments match the filters; each is returned whole (up to a node cap) so replies keep their
// context, with `match` marking the comments the filters select.
import type { StoryThreadsResponse, ThreadNode } from '../../../api-types';
import type { Filters } from '../../../filters';
import { placeholders, TAGS_JOIN } from '../filterSql';
import { rawSource } from './rawFilter';
import type { DB } from '../open';
import { totals } from './aggregate';
import { CARD_COLUMNS, CARD_JOINS, toCard, type CardRow } from './cards';
import { prepared, queryEnv } from './env';
import { buildMeta } from './meta';
import { articleInfo, storyFilters } from './story';

export interface ThreadOptions {
	/** Threads to return (default 5, at most 20). */
	limit?: number;
	/** Comments per thread (default 100, at most 500); earlier ones first. */
	maxNodes?: number;
}

/** Builds the tree of one thread from its rows in reading order; orphans attach to the root. */
export function buildTree(rows: (CardRow & { position: number | null })[], rootId: number, matches: Set<number>): ThreadNode | null {
	const nodes = new Map<number, ThreadNode>();
	for (const r of rows) nodes.set(r.id, { ...toCard(r), match: matches.has(r.id), replies: [] });
	const root = nodes.get(rootId);
	if (!root) return null;
	for (const r of rows) {
		if (r.id === rootId) continue;
		const parent = (r.parentId !== null && nodes.get(r.parentId)) || root;
		parent.replies.push(nodes.get(r.id)!);
	}
	return root;
}

export function storyThreads(db: DB, articleId: number, filters: Filters, opts: ThreadOptions = {}): StoryThreadsResponse | null {
	const env = queryEnv(db);
	if (!articleInfo(db, articleId)) return null;
	const f = storyFilters(filters, articleId);
	const limit = Math.min(Math.max(opts.limit ?? 5, 1), 20);
	const maxNodes = Math.min(Math.max(opts.maxNodes ?? 100, 1), 500);
	const src = rawSource(env, f);
	// The selection's comments counted per thread, then kept when the thread has replies (any
	// comment, every status: one pass over the story's (article, root) index, made once).
	const ranked = prepared(
		db,
		`SELECT ${src.col.root} AS root, count(*) AS matching FROM ${src.from}
		 WHERE ${src.where} AND ${src.col.root} IS NOT NULL GROUP BY ${src.col.root}
		 HAVING ${src.col.root} IN (SELECT thread_root_id FROM comments WHERE article_id = ? GROUP BY thread_root_id HAVING count(*) > 1)
		 ORDER BY matching DESC, root LIMIT ?`
	).all(...src.params, articleId, limit) as { root: number; matching: number }[];
	const total = totals(env, f);
	const meta = buildMeta(env, f, total.row, [total.source, 'raw']);
	if (!ranked.length) return { meta, threads: [] };

	const roots = ranked.map((r) => r.root);
	const matchIds = new Set(
		(db
			.prepare(`SELECT c.id FROM ${src.from} WHERE ${src.where} AND ${src.col.root} IN (${placeholders(roots.length)})`)
			.raw()
			.all(...src.params, ...roots) as [number][]).map(([id]) => id)
	);
	// Whole threads, every status (a deleted comment keeps its replies attached), reader comments only.
	const threadRows = db.prepare(
		`SELECT ${CARD_COLUMNS}, c.position FROM comments c ${TAGS_JOIN} ${CARD_JOINS}
		 WHERE c.article_id = ? AND c.thread_root_id = ? AND c.type = 'comment'
		 ORDER BY c.depth = 0 DESC, c.position, c.id LIMIT ?`
	);
	const sizeOf = db.prepare(`SELECT count(*) AS n FROM comments WHERE article_id = ? AND thread_root_id = ? AND type = 'comment'`);
	const threads = ranked.flatMap((r) => {
		const rows = threadRows.all(articleId, r.root, maxNodes) as (CardRow & { position: number | null })[];
		const tree = buildTree(rows, r.root, matchIds);
		if (!tree) return [];
		const size = (sizeOf.get(articleId, r.root) as { n: number }).n;
		return [{ root: tree, size, matching: r.matching, truncated: size > rows.length }];
	});
	return { meta, threads };
}
