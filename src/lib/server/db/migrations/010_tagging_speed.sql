-- Tagging speed (issue 4). No query reads comment_tags by nlp_version through an index: staleness
-- is tested comment by comment in a join, and exports list the versions of the rows they already
-- read. Yet every re-tag after an analyser upgrade rewrote this index's entry for every comment.
-- The other comment_tags indexes stay: the dashboard sorts by score, filters by target, and its
-- raw group-bys scan the label indexes instead of the whole table.
DROP INDEX IF EXISTS comment_tags_version;
