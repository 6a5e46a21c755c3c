// The expected export, built from the fixture's own table (not from the export's SQL), for the
// comments the filters select in SQL through the dashboard's filterToSql.
import type { DB } from '../../src/lib/server/db/open';
import { filterToSql } from '../../src/lib/server/db/filterSql';
import type { Filters } from '../../src/lib/filters';
import { ARTICLES, COMMENTS, type HostileComment, type HostileDb } from './hostileDb';

export type Expected = Record<string, unknown>;

/** Ids the filters select, in the export's order: database id (import order). */
export function selectedIds(db: DB, f: Filters): number[] {
	const s = filterToSql(f);
	return (db.prepare(`SELECT c.id FROM comments c ${s.joins} WHERE ${s.where} ORDER BY c.id`).raw(true).all(...s.params) as number[][]).map((r) => r[0]);
}

export function expectedRows(h: HostileDb, f: Filters): Expected[] {
	const byId = new Map(COMMENTS.map((c) => [h.commentId.get(c.key)!, c]));
	const byKey = new Map(COMMENTS.map((c) => [c.key, c]));
	const position = h.db.prepare('SELECT position FROM comments WHERE id = ?').pluck();
	const root = (c: HostileComment): HostileComment => (c.parent ? root(byKey.get(c.parent)!) : c);
	const depth = (c: HostileComment): number => (c.parent ? 1 + depth(byKey.get(c.parent)!) : 0);
	return selectedIds(h.db, f).map((id) => {
		const c = byId.get(id)!;
		const a = ARTICLES.find((x) => x.key === c.article)!;
		const t = c.tags;
		return {
			article_id: h.articleId.get(a.key),
			article_url: a.url,
			article_title: a.title,
			article_published_at: a.publishedAt,
			comment_id: id,
			parent_id: c.parent ? h.commentId.get(c.parent) : null,
			thread_root_id: h.commentId.get(root(c).key),
			depth: depth(c),
			position: position.get(id),
			author: c.author,
			created_at: c.createdAt,
			status: c.status ?? 'visible',
			text: c.text,
			sentiment_score: t && t.label !== 'unscored' ? t.score : null,
			sentiment_label: t?.label ?? null,
			stance_target: t?.target ?? null,
			stance_label: t?.stance ?? null,
			emoji: t ? t.emoji.map(([e]) => e) : [],
			topics: t ? [...t.topics].sort() : [],
			lang: t?.lang ?? null,
			duplicate_cluster: c.cluster === undefined ? null : h.clusterIds[c.cluster],
			nlp_version: t ? (c.key === 'c20' ? 'test-2' : 'test-1') : null
		};
	});
}
