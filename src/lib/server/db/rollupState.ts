// What the rollups were built from, so a reader can tell when the corpus moved on without them:
// comments added (an ingest running), tags added, duplicate flags rewritten (coordination ran
// after the last refresh). Each check is an index lookup or a count over a narrow index.
import type { DB } from './open';

export interface CorpusSignature {
	comments: number;
	tags: number;
	flags: string;
}

export function corpusSignature(db: DB): CorpusSignature {
	const one = (sql: string) => (db.prepare(sql).get() as { v: number }).v;
	return {
		comments: one(`SELECT coalesce(max(id), 0) AS v FROM comments`),
		tags: one(`SELECT count(*) AS v FROM comment_tags`),
		flags: `${one(`SELECT count(*) AS v FROM comment_flags`)}:${one(`SELECT coalesce(max(id), 0) AS v FROM dup_clusters`)}`
	};
}
