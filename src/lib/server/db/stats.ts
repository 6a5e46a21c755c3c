import type { DB } from './open';

export interface CorpusStats {
	articles: number;
	/** Every stored comment record, whatever its status or type. */
	comments: number;
	authors: number;
	/** Comments that carry tags from any analyser version. */
	tagged: number;
}

export function corpusStats(db: DB): CorpusStats {
	const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
	return {
		articles: count('articles'),
		comments: count('comments'),
		authors: count('authors'),
		tagged: count('comment_tags')
	};
}

/** Counts by status and type, for the human summary. */
export function commentBreakdown(db: DB): { status: string; type: string; n: number }[] {
	return db
		.prepare(`SELECT status, type, count(*) AS n FROM comments GROUP BY status, type ORDER BY n DESC`)
		.all() as { status: string; type: string; n: number }[];
}
