-- Dashboard rollups (issue 5): pre-aggregated counts of reader comments (type 'comment', status
-- 'visible'), rebuilt by refreshRollups() after ingest, tag and coordination. A chart whose filters
-- a rollup covers reads a few thousand rows here instead of scanning the comments; other filters
-- (q, author, times that are not whole days) fall back to indexed queries on the comments.
--
-- Shared measures: n comments; untimed = of them without their own timestamp (placed at the
-- article's time); scored = with a sentiment score (label positive/neutral/negative);
-- s_sum / s_sq = sum and sum of squares of those scores (mean and its interval).
-- day is substr(effective_at, 1, 10), NULL for comments with no time at all.
-- sentiment/stance/target/lang are NULL for untagged comments; flagged is 0/1 (comment_flags).

CREATE TABLE roll_article_day (
  article_id INTEGER NOT NULL, day TEXT, sentiment TEXT, stance TEXT, target TEXT, lang TEXT, flagged INTEGER NOT NULL,
  n INTEGER NOT NULL, untimed INTEGER NOT NULL, scored INTEGER NOT NULL, s_sum REAL NOT NULL, s_sq REAL NOT NULL
);
CREATE INDEX roll_article_day_article ON roll_article_day(article_id, day);

-- The same without the article: what unfiltered and date/tag-filtered charts read.
CREATE TABLE roll_day (
  day TEXT, sentiment TEXT, stance TEXT, target TEXT, lang TEXT, flagged INTEGER NOT NULL,
  n INTEGER NOT NULL, untimed INTEGER NOT NULL, scored INTEGER NOT NULL, s_sum REAL NOT NULL, s_sq REAL NOT NULL
);
CREATE INDEX roll_day_day ON roll_day(day);

-- A comment counts once under each of its topics: only usable when grouping by topic or filtering one.
CREATE TABLE roll_topic_day (
  topic_id INTEGER NOT NULL, day TEXT, sentiment TEXT, stance TEXT, lang TEXT, flagged INTEGER NOT NULL,
  n INTEGER NOT NULL, untimed INTEGER NOT NULL, scored INTEGER NOT NULL, s_sum REAL NOT NULL, s_sq REAL NOT NULL
);
CREATE INDEX roll_topic_day_topic ON roll_topic_day(topic_id, day);

-- Per emoji: n comments containing it, uses = total occurrences.
CREATE TABLE roll_emoji_day (
  emoji TEXT NOT NULL, day TEXT, sentiment TEXT, stance TEXT, lang TEXT, flagged INTEGER NOT NULL,
  n INTEGER NOT NULL, uses INTEGER NOT NULL, untimed INTEGER NOT NULL, scored INTEGER NOT NULL, s_sum REAL NOT NULL, s_sq REAL NOT NULL
);
CREATE INDEX roll_emoji_day_emoji ON roll_emoji_day(emoji, day);

CREATE TABLE roll_emoji_topic (
  emoji TEXT NOT NULL, topic_id INTEGER NOT NULL, day TEXT, flagged INTEGER NOT NULL,
  n INTEGER NOT NULL, uses INTEGER NOT NULL, untimed INTEGER NOT NULL, scored INTEGER NOT NULL, s_sum REAL NOT NULL, s_sq REAL NOT NULL
);
CREATE INDEX roll_emoji_topic_pair ON roll_emoji_topic(emoji, topic_id);

-- Distinct commenters per day as HyperLogLog registers (mergeable across days; exact counts are not).
CREATE TABLE roll_day_authors (
  day TEXT, flagged INTEGER NOT NULL, hll BLOB NOT NULL,
  PRIMARY KEY (day, flagged)
);

-- Per author, for the author facet of an unfiltered view.
CREATE TABLE roll_author (
  author_id INTEGER NOT NULL, flagged INTEGER NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (author_id, flagged)
) WITHOUT ROWID;
CREATE INDEX roll_author_n ON roll_author(n);

-- Each dated article's first week, hour by hour since publication: the story view's reference curves.
CREATE TABLE roll_article_age (
  article_id INTEGER NOT NULL, age_hour INTEGER NOT NULL, sentiment TEXT, flagged INTEGER NOT NULL, n INTEGER NOT NULL
);
CREATE INDEX roll_article_age_article ON roll_article_age(article_id);

-- Median story per section ('' = articles without a section) for each filter variant the median
-- can honour: sentiment ('*' = any) x flagged mode (include/exclude/only).
CREATE TABLE roll_section_age (
  section TEXT NOT NULL, sentiment TEXT NOT NULL, flagged TEXT NOT NULL, age_hour INTEGER NOT NULL,
  median_n REAL NOT NULL, median_cumulative REAL NOT NULL, articles INTEGER NOT NULL,
  PRIMARY KEY (section, sentiment, flagged, age_hour)
) WITHOUT ROWID;

-- Per article figures for "this story vs its section" (all reader comments).
CREATE TABLE roll_article_stats (
  article_id INTEGER PRIMARY KEY, section TEXT NOT NULL, comments INTEGER NOT NULL, first24h INTEGER,
  mean REAL, against_share REAL, flagged_share REAL
);
CREATE INDEX roll_article_stats_section ON roll_article_stats(section);

-- Indexes for the queries rollups cannot serve.
CREATE INDEX comment_tags_score ON comment_tags(sentiment_score);
CREATE INDEX comment_tags_target ON comment_tags(stance_target);
CREATE INDEX comments_article_root ON comments(article_id, thread_root_id);
