-- Ingest (issue 3). Replies that arrive before their parent are stored with parent_id NULL and
-- linked when the parent exists. This partial index holds only those waiting rows, so each ingest
-- can look for them across the whole corpus (completing a run that was killed) at almost no cost.
CREATE INDEX comments_pending_parent ON comments(article_id, parent_external_id)
  WHERE parent_id IS NULL AND parent_external_id IS NOT NULL;
