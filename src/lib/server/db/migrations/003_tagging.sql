-- The NLP pass (issue 4). Tags record what they were made from, so `murmur tag` re-tags exactly
-- the stale rows: an older analyser version, or a comment or article edited since.

-- The comment's content_hash when it was tagged (comments.content_hash changes on every edit).
ALTER TABLE comment_tags ADD COLUMN content_hash TEXT;

-- One row per article whose topics have been found.
CREATE TABLE article_nlp (
  article_id   INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  nlp_version  TEXT NOT NULL,
  content_hash TEXT,                       -- articles.content_hash when its topics were found
  main_topic   TEXT,                       -- its heaviest topic: the default stance target of its comments
  target       TEXT,                       -- the configured stance target its title or body names, if any
  tagged_at    TEXT NOT NULL
);
CREATE INDEX article_nlp_version ON article_nlp(nlp_version);
