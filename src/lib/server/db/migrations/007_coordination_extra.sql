-- Coordination evidence beyond clusters (issue 7). Rebuilt wholesale by each coordination run,
-- like dup_clusters and comment_flags.

-- Where and when a cluster happened, and which part of the text a template shares.
ALTER TABLE dup_clusters ADD COLUMN stories INTEGER;
ALTER TABLE dup_clusters ADD COLUMN first_at TEXT;
ALTER TABLE dup_clusters ADD COLUMN last_at TEXT;
ALTER TABLE dup_clusters ADD COLUMN part TEXT;            -- opening | closing (templates)

-- Unusually many comments on one story in a short window. Members are the story's comments
-- with created_at in [start_at, end_at].
CREATE TABLE coordination_bursts (
  id                  INTEGER PRIMARY KEY,
  article_id          INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start_at            TEXT NOT NULL,
  end_at              TEXT NOT NULL,
  comments            INTEGER NOT NULL,
  authors             INTEGER NOT NULL,
  new_authors         INTEGER NOT NULL,            -- accounts whose first comment anywhere is in the burst
  new_author_comments INTEGER NOT NULL,
  expected            REAL NOT NULL,               -- comments the window would get at the typical pace
  ratio               REAL NOT NULL                -- comments / expected
);
CREATE INDEX coordination_bursts_article ON coordination_bursts(article_id);

-- One row per story with something to report, for the story view and for ranking stories.
CREATE TABLE coordination_stories (
  article_id       INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  comments         INTEGER NOT NULL,
  flagged          INTEGER NOT NULL,
  clusters         INTEGER NOT NULL,
  bursts           INTEGER NOT NULL,
  max_burst_ratio  REAL,
  new_author_share REAL
);
