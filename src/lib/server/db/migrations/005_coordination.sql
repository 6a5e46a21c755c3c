-- Coordinated / copy-paste commenting (issue 7). Rebuilt wholesale by each coordination run.
CREATE TABLE dup_clusters (
  id            INTEGER PRIMARY KEY,
  method        TEXT NOT NULL,             -- near-duplicate | template
  size          INTEGER NOT NULL,
  authors       INTEGER NOT NULL,          -- distinct authors in the cluster
  shared_phrase TEXT,                      -- the text they share (template opening/closing or exemplar)
  exemplar_id   INTEGER REFERENCES comments(id),
  threshold     REAL,
  created_at    TEXT NOT NULL
);

-- A comment is "flagged" when it has a row here.
CREATE TABLE comment_flags (
  comment_id INTEGER PRIMARY KEY REFERENCES comments(id) ON DELETE CASCADE,
  cluster_id INTEGER NOT NULL REFERENCES dup_clusters(id) ON DELETE CASCADE,
  similarity REAL
);
CREATE INDEX comment_flags_cluster ON comment_flags(cluster_id);
