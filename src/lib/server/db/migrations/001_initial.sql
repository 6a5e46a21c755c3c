-- murmur schema v1. Times are ISO-8601 UTC text ("2026-05-01T12:00:00Z"): sortable, readable,
-- and substr() gives hour/day buckets without date functions.

-- One row per import run of one file.
CREATE TABLE sources (
  id           INTEGER PRIMARY KEY,
  namespace    TEXT NOT NULL,              -- logical source (e.g. "demo", "disqus:forum", --source NAME)
  path         TEXT NOT NULL,
  format       TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  imported_at  TEXT NOT NULL,
  summary      TEXT                        -- JSON: added/updated/unchanged/rejected
);

CREATE TABLE articles (
  id           INTEGER PRIMARY KEY,
  source_id    INTEGER NOT NULL REFERENCES sources(id),
  namespace    TEXT NOT NULL,
  external_id  TEXT NOT NULL,
  url          TEXT,
  title        TEXT,
  body         TEXT,
  author       TEXT,
  section      TEXT,
  tags         TEXT,                       -- JSON array
  published_at TEXT,
  content_hash TEXT,
  UNIQUE (namespace, external_id)
);
CREATE INDEX articles_published ON articles(published_at);
CREATE INDEX articles_section ON articles(section);

CREATE TABLE authors (
  id            INTEGER PRIMARY KEY,
  namespace     TEXT NOT NULL,
  handle        TEXT NOT NULL,
  display_name  TEXT,
  first_seen_at TEXT,
  UNIQUE (namespace, handle)
);

CREATE TABLE comments (
  id                 INTEGER PRIMARY KEY,
  article_id         INTEGER NOT NULL REFERENCES articles(id),
  external_id        TEXT NOT NULL,
  parent_external_id TEXT,
  parent_id          INTEGER REFERENCES comments(id),
  thread_root_id     INTEGER,
  depth              INTEGER NOT NULL DEFAULT 0,
  position           INTEGER,
  author_id          INTEGER REFERENCES authors(id),
  text               TEXT NOT NULL,
  created_at         TEXT,                 -- null when the source had no time
  effective_at       TEXT,                 -- created_at, else the article's published_at: what time charts use
  score              INTEGER,
  status             TEXT NOT NULL DEFAULT 'visible' CHECK (status IN ('visible','deleted','spam','unapproved')),
  type               TEXT NOT NULL DEFAULT 'comment' CHECK (type IN ('comment','pingback','trackback')),
  content_hash       TEXT,
  UNIQUE (article_id, external_id)
);
CREATE INDEX comments_effective ON comments(effective_at);
CREATE INDEX comments_article_time ON comments(article_id, effective_at);
CREATE INDEX comments_author ON comments(author_id);
CREATE INDEX comments_parent ON comments(parent_id);
CREATE INDEX comments_root ON comments(thread_root_id);

-- Full-text search; external content, kept in step by the writer (not triggers) so bulk ingest stays fast.
CREATE VIRTUAL TABLE comments_fts USING fts5(text, content='comments', content_rowid='id', tokenize='unicode61 remove_diacritics 2');

CREATE TABLE comment_tags (
  comment_id         INTEGER PRIMARY KEY REFERENCES comments(id) ON DELETE CASCADE,
  nlp_version        TEXT NOT NULL,
  lang               TEXT,
  sentiment_score    REAL,
  sentiment_label    TEXT CHECK (sentiment_label IN ('positive','neutral','negative','unscored')),
  sentiment_evidence TEXT,                 -- JSON
  stance_target      TEXT,
  stance_label       TEXT CHECK (stance_label IN ('favor','against','neutral','none')),
  stance_confidence  REAL,
  stance_evidence    TEXT,                 -- JSON
  tagged_at          TEXT NOT NULL
);
CREATE INDEX comment_tags_version ON comment_tags(nlp_version);
CREATE INDEX comment_tags_sentiment ON comment_tags(sentiment_label);
CREATE INDEX comment_tags_stance ON comment_tags(stance_label);
CREATE INDEX comment_tags_lang ON comment_tags(lang);

CREATE TABLE comment_emoji (
  comment_id INTEGER NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
  emoji      TEXT NOT NULL,
  name       TEXT,
  count      INTEGER NOT NULL,
  PRIMARY KEY (comment_id, emoji)
) WITHOUT ROWID;
CREATE INDEX comment_emoji_emoji ON comment_emoji(emoji);

CREATE TABLE topics (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT                                -- person, place, organization, phrase, section
);

CREATE TABLE article_topics (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  topic_id   INTEGER NOT NULL REFERENCES topics(id),
  weight     REAL NOT NULL DEFAULT 1,
  PRIMARY KEY (article_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX article_topics_topic ON article_topics(topic_id);

CREATE TABLE comment_topics (
  comment_id INTEGER NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
  topic_id   INTEGER NOT NULL REFERENCES topics(id),
  PRIMARY KEY (comment_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX comment_topics_topic ON comment_topics(topic_id);

CREATE TABLE stance_targets (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  aliases    TEXT NOT NULL DEFAULT '[]',   -- JSON array of lower-case phrases
  created_at TEXT NOT NULL
);

-- Small key/value state: e.g. fts_indexed_through (the highest comment id in comments_fts).
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT
);
