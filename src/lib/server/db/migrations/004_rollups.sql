-- Dashboard rollups (issue 5). The rollup cubes themselves (roll_day, roll_topic_day, ...) are
-- created and filled by refreshRollups() from the catalog in src/lib/server/db/rollupCatalog.ts
-- (with their distinct-commenter sketches, <cube>_hll),
-- so their columns cannot drift from the code that plans queries over them. This migration holds
-- the side tables that are not cubes, and the indexes for what the rollups cannot serve.
-- refreshRollups() runs this file again (every statement is IF NOT EXISTS), so a database that
-- passed version 4 while this migration was still a placeholder gets them on its next refresh.

-- Reader comments per author (n) and how many of them are flagged: the author facet of an unfiltered view.
CREATE TABLE IF NOT EXISTS roll_author (
  author_id INTEGER PRIMARY KEY, n INTEGER NOT NULL, flagged INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS roll_author_n ON roll_author(n DESC, author_id);

-- Each dated article's first week, hour by hour since publication: the story view's reference curves.
CREATE TABLE IF NOT EXISTS roll_article_age (
  article_id INTEGER NOT NULL, age_hour INTEGER NOT NULL, sentiment TEXT, flagged INTEGER NOT NULL, n INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS roll_article_age_article ON roll_article_age(article_id);

-- Median story per section ('' = articles without a section) for each filter variant the median
-- can honour: sentiment ('*' = any) x flagged mode (include/exclude/only).
CREATE TABLE IF NOT EXISTS roll_section_age (
  section TEXT NOT NULL, sentiment TEXT NOT NULL, flagged TEXT NOT NULL, age_hour INTEGER NOT NULL,
  median_n REAL NOT NULL, median_cumulative REAL NOT NULL, articles INTEGER NOT NULL,
  PRIMARY KEY (section, sentiment, flagged, age_hour)
) WITHOUT ROWID;

-- Per article figures for "this story against its section" (all reader comments).
CREATE TABLE IF NOT EXISTS roll_article_stats (
  article_id INTEGER PRIMARY KEY, section TEXT NOT NULL, comments INTEGER NOT NULL, first24h INTEGER,
  mean REAL, against_share REAL, flagged_share REAL
);
CREATE INDEX IF NOT EXISTS roll_article_stats_section ON roll_article_stats(section);

-- Indexes for the queries rollups cannot serve.
CREATE INDEX IF NOT EXISTS comment_tags_score ON comment_tags(sentiment_score);
CREATE INDEX IF NOT EXISTS comment_tags_target ON comment_tags(stance_target);
CREATE INDEX IF NOT EXISTS comments_article_root ON comments(article_id, thread_root_id);
