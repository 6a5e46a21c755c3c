-- Dashboard speed at a million comments (issue 5). The rollups, their sketches and comment_facts
-- (one narrow row per reader comment, what filters rollups cannot answer read) are created and
-- filled by refreshRollups() (src/lib/server/db/rollups.ts, rollupFacts.ts), not here, so
-- their columns cannot drift from the code that fills them.

-- The author filter (?author=handle) looks handles up across namespaces; the UNIQUE index
-- (namespace, handle) cannot serve that, so every author-filtered query scanned the authors.
CREATE INDEX IF NOT EXISTS authors_handle ON authors(handle);
