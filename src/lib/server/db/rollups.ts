import type { DB } from './open';
import { READER_COMMENTS } from './filterSql';
import { addId, newRegisters } from './queries/hll';
import { rebuildSectionMedians } from './sectionMedians';

const SCORED = `(t.sentiment_label IN ('positive','neutral','negative') AND t.sentiment_score IS NOT NULL)`;
const MEASURES = `count(*), sum(c.created_at IS NULL), sum(${SCORED}),
  total(CASE WHEN ${SCORED} THEN t.sentiment_score END), total(CASE WHEN ${SCORED} THEN t.sentiment_score * t.sentiment_score END)`;
const SUMS = `sum(n), sum(untimed), sum(scored), total(s_sum), total(s_sq)`;
const FROM_COMMENTS = `FROM comments c
  LEFT JOIN comment_tags t ON t.comment_id = c.id
  LEFT JOIN comment_flags fl ON fl.comment_id = c.id
  WHERE ${READER_COMMENTS}`;
const DAY = `substr(c.effective_at, 1, 10)`;
const FLAGGED = `(fl.comment_id IS NOT NULL)`;

export const ROLLUP_TABLES = [
	'roll_article_day', 'roll_day', 'roll_topic_day', 'roll_emoji_day', 'roll_emoji_topic', 'roll_day_authors',
	'roll_author', 'roll_article_age', 'roll_section_age', 'roll_article_stats'
];

/** Whether this database has the rollup tables (schema 4+) and they were ever filled. */
export function rollupsAvailable(db: DB): boolean {
	const hasTable = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'roll_day'`).get();
	return Boolean(hasTable && db.prepare(`SELECT 1 FROM meta WHERE key = 'rollups_at'`).get());
}

/**
 * Rebuilds the dashboard's rollup tables after ingest, tag or coordination changed the corpus.
 * One transaction: the dashboard (reading through WAL) sees the old rollups or the new, never half.
 * Coarser rollups are summed from finer ones rather than from the comments again.
 */
export function refreshRollups(db: DB): void {
	db.transaction(() => {
		for (const t of ROLLUP_TABLES) db.exec(`DELETE FROM ${t}`);
		db.exec(`
			INSERT INTO roll_article_day
			SELECT c.article_id, ${DAY}, t.sentiment_label, t.stance_label, t.stance_target, t.lang, ${FLAGGED}, ${MEASURES}
			${FROM_COMMENTS} GROUP BY 1, 2, 3, 4, 5, 6, 7;

			INSERT INTO roll_day
			SELECT day, sentiment, stance, target, lang, flagged, ${SUMS} FROM roll_article_day GROUP BY 1, 2, 3, 4, 5, 6;

			INSERT INTO roll_topic_day
			SELECT ct.topic_id, ${DAY}, t.sentiment_label, t.stance_label, t.lang, ${FLAGGED}, ${MEASURES}
			FROM comment_topics ct JOIN comments c ON c.id = ct.comment_id
			  LEFT JOIN comment_tags t ON t.comment_id = c.id LEFT JOIN comment_flags fl ON fl.comment_id = c.id
			WHERE ${READER_COMMENTS} GROUP BY 1, 2, 3, 4, 5, 6;

			INSERT INTO roll_emoji_day
			SELECT ce.emoji, ${DAY}, t.sentiment_label, t.stance_label, t.lang, ${FLAGGED}, count(*), sum(ce.count),
			  sum(c.created_at IS NULL), sum(${SCORED}), total(CASE WHEN ${SCORED} THEN t.sentiment_score END),
			  total(CASE WHEN ${SCORED} THEN t.sentiment_score * t.sentiment_score END)
			FROM comment_emoji ce JOIN comments c ON c.id = ce.comment_id
			  LEFT JOIN comment_tags t ON t.comment_id = c.id LEFT JOIN comment_flags fl ON fl.comment_id = c.id
			WHERE ${READER_COMMENTS} GROUP BY 1, 2, 3, 4, 5, 6;

			INSERT INTO roll_emoji_topic
			SELECT ce.emoji, ct.topic_id, ${DAY}, ${FLAGGED}, count(*), sum(ce.count),
			  sum(c.created_at IS NULL), sum(${SCORED}), total(CASE WHEN ${SCORED} THEN t.sentiment_score END),
			  total(CASE WHEN ${SCORED} THEN t.sentiment_score * t.sentiment_score END)
			FROM comment_emoji ce JOIN comment_topics ct ON ct.comment_id = ce.comment_id JOIN comments c ON c.id = ce.comment_id
			  LEFT JOIN comment_tags t ON t.comment_id = c.id LEFT JOIN comment_flags fl ON fl.comment_id = c.id
			WHERE ${READER_COMMENTS} GROUP BY 1, 2, 3, 4;

			INSERT INTO roll_author
			SELECT c.author_id, ${FLAGGED}, count(*) ${FROM_COMMENTS} AND c.author_id IS NOT NULL GROUP BY 1, 2;

			INSERT INTO roll_article_age
			SELECT c.article_id, CAST((julianday(c.effective_at) - julianday(a.published_at)) * 24 AS INTEGER) AS age,
			  t.sentiment_label, ${FLAGGED}, count(*)
			FROM comments c JOIN articles a ON a.id = c.article_id
			  LEFT JOIN comment_tags t ON t.comment_id = c.id LEFT JOIN comment_flags fl ON fl.comment_id = c.id
			WHERE ${READER_COMMENTS} AND a.published_at IS NOT NULL
			  AND c.effective_at >= a.published_at AND julianday(c.effective_at) < julianday(a.published_at) + 7
			GROUP BY 1, 2, 3, 4;
		`);
		rebuildDailyCommenters(db);
		rebuildSectionMedians(db);
		const maxId = (db.prepare(`SELECT coalesce(max(id), 0) AS m FROM comments`).get() as { m: number }).m;
		const setMeta = db.prepare(
			`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`
		);
		setMeta.run('rollups_at', new Date().toISOString().slice(0, 19) + 'Z');
		setMeta.run('rollups_max_comment_id', String(maxId));
	})();
}

/** One HyperLogLog sketch of distinct authors per (day, flagged). */
function rebuildDailyCommenters(db: DB): void {
	const sketches = new Map<string, Uint8Array>();
	const rows = db
		.prepare(
			`SELECT ${DAY} AS day, ${FLAGGED} AS flagged, c.author_id AS author
			 FROM comments c LEFT JOIN comment_flags fl ON fl.comment_id = c.id
			 WHERE ${READER_COMMENTS} AND c.author_id IS NOT NULL`
		)
		.raw()
		.iterate() as IterableIterator<[string | null, number, number]>;
	for (const [day, flagged, author] of rows) {
		const key = `${flagged}${day ?? ''}`;
		let reg = sketches.get(key);
		if (!reg) sketches.set(key, (reg = newRegisters()));
		addId(reg, author);
	}
	const insert = db.prepare(`INSERT INTO roll_day_authors (day, flagged, hll) VALUES (?, ?, ?)`);
	for (const [key, reg] of sketches) insert.run(key.slice(1) || null, Number(key[0]), Buffer.from(reg));
}
