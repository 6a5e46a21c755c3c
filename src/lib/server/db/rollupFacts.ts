// comment_facts: one narrow row per reader comment with every column a filter or a chart reads
// (its tags and duplicate flag folded in), rebuilt with the rollups. A rollup cannot answer a
// search, an author or a time within a day; those read the selected comments one by one, and a
// row here costs a fraction of a comments row plus its comment_tags row (text and evidence make
// both wide). Stories read their comments through the article index: one pass over 50,000 facts
// is a few milliseconds.
import type { DB } from './open';
import { READER_COMMENTS } from './filterSql';
import type { Dim } from './rollupCatalog';

/** Sentiment counts towards the mean only with a label that has a score. */
const SCORED = `t.sentiment_label IN ('positive','neutral','negative') AND t.sentiment_score IS NOT NULL`;

export const FACTS_TABLE = 'comment_facts';

const CREATE = `
CREATE TABLE comment_facts (
  id         INTEGER PRIMARY KEY,  -- comments.id
  article_id INTEGER NOT NULL,
  at         TEXT,                 -- effective_at
  untimed    INTEGER NOT NULL,     -- created_at IS NULL
  age_h      INTEGER,              -- whole hours since the article's publication; -1 before it; NULL when either time is unknown
  author_id  INTEGER,
  root       INTEGER,              -- thread_root_id
  sentiment  TEXT,                 -- label; NULL when untagged
  score      REAL,                 -- only when the label is scored (positive, neutral, negative)
  stance     TEXT,
  target     TEXT,
  lang       TEXT,
  flagged    INTEGER NOT NULL,     -- in a duplicate cluster
  topics     TEXT                  -- its topic ids as ",3,17,": a story's comments are tested for a topic without a lookup each
)`;

/**
 * The article indexes serve the story view. The first holds every column, so a story's comments
 * are read from one contiguous run of it (hour by hour without a sort) and never from the table;
 * the second walks a story thread by thread. Author and time serve the filters rollups cannot.
 */
const INDEXES = [
	`CREATE INDEX comment_facts_article ON comment_facts(article_id, age_h, sentiment, stance, lang, flagged, score, target, author_id, at, untimed, root, topics)`,
	`CREATE INDEX comment_facts_article_root ON comment_facts(article_id, root)`,
	`CREATE INDEX comment_facts_author ON comment_facts(author_id, at)`,
	`CREATE INDEX comment_facts_at ON comment_facts(at)`
];

/**
 * Hours since publication as whole hours of elapsed seconds (julianday arithmetic in floating
 * point puts some exact hours one hour early).
 */
const AGE_H = `CASE WHEN c.effective_at IS NULL OR a.published_at IS NULL THEN NULL
  WHEN c.effective_at < a.published_at THEN -1
  ELSE (unixepoch(c.effective_at) - unixepoch(a.published_at)) / 3600 END`;

export const FACTS_SELECT = `SELECT c.id, c.article_id, c.effective_at, c.created_at IS NULL, ${AGE_H},
  c.author_id, c.thread_root_id, t.sentiment_label, CASE WHEN ${SCORED} THEN t.sentiment_score END,
  t.stance_label, t.stance_target, t.lang, fl.comment_id IS NOT NULL,
  (SELECT ',' || group_concat(topic_id, ',') || ',' FROM comment_topics WHERE comment_id = c.id)
FROM comments c JOIN articles a ON a.id = c.article_id
  LEFT JOIN comment_tags t ON t.comment_id = c.id LEFT JOIN comment_flags fl ON fl.comment_id = c.id
WHERE ${READER_COMMENTS}`;

/** Drops and refills comment_facts (inside the caller's transaction); returns its row count. */
export function rebuildFacts(db: DB): number {
	db.exec(`DROP TABLE IF EXISTS comment_facts`);
	db.exec(CREATE);
	const n = db.prepare(`INSERT INTO comment_facts ${FACTS_SELECT} ORDER BY c.id`).run().changes;
	for (const sql of INDEXES) db.exec(sql);
	// Row counts per article, author and time let SQLite choose between the indexes (a prolific
	// author's few comments on a busy story: the author's index, not the story's).
	db.exec(`ANALYZE comment_facts`);
	return n;
}

/** Each dimension over `comment_facts c` (topic and emoji need their tables joined as ctg, ceg). */
export const FACT_DIM: Record<Dim, string> = {
	day: `substr(c.at, 1, 10)`,
	hour: `substr(c.at, 1, 13)`,
	article: `c.article_id`,
	sentiment: `c.sentiment`,
	stance: `c.stance`,
	target: `c.target`,
	lang: `c.lang`,
	flagged: `c.flagged`,
	topic: `ctg.topic_id`,
	emoji: `ceg.emoji`,
	author: `c.author_id`
};

/** The rollup measures over `comment_facts c`, named as in the cubes (rollupCatalog MEASURES). */
export const FACT_MEASURES: Record<string, string> = {
	n: 'count(*)',
	untimed: 'sum(c.untimed)',
	undated: 'sum(c.at IS NULL)',
	scored: 'count(c.score)',
	s_sum: 'total(c.score)',
	s_sq: 'total(c.score * c.score)',
	sen_pos: `count(CASE WHEN c.sentiment = 'positive' THEN 1 END)`,
	sen_neu: `count(CASE WHEN c.sentiment = 'neutral' THEN 1 END)`,
	sen_neg: `count(CASE WHEN c.sentiment = 'negative' THEN 1 END)`,
	sen_uns: `count(CASE WHEN c.sentiment = 'unscored' THEN 1 END)`,
	st_favor: `count(CASE WHEN c.stance = 'favor' THEN 1 END)`,
	st_against: `count(CASE WHEN c.stance = 'against' THEN 1 END)`,
	st_neutral: `count(CASE WHEN c.stance = 'neutral' THEN 1 END)`,
	st_none: `count(CASE WHEN c.stance = 'none' THEN 1 END)`
};
