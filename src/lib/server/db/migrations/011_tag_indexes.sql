-- Tag write speed (issue 4). Four comment_tags indexes no query reads, yet every tag pass wrote
-- them and a first tag rebuilt them (~0.33 s of the ~1 s index rebuild at 200k comments).
-- Evidence (EXPLAIN QUERY PLAN of every statement the API bench runs on a 1M corpus, with fresh
-- rollups and with stale ones, i.e. the raw comments path):
--   comment_tags_stance, comment_tags_lang: no plan used them (filterSql.ts writes +t.stance_label
--     and +t.lang on purpose: walking comments by time or article beats a label matching a third).
--   comment_tags_target: no plan used it (the target filter compares COLLATE NOCASE, which a
--     BINARY index cannot serve).
--   comment_tags_sentiment: used only by the stale path's article extremes, to probe (label, id)
--     for ids a search or emoji had listed; without it SQLite reads those rows by id and the query
--     is faster (CPU ms on 1M: emoji 21 -> 11, search 266 -> 141).
-- comment_tags_score stays (the comments page sorts by score; count(*) of the tags scans it),
-- as do comment_topics_topic and comment_emoji_emoji (topic and emoji filters look comments up by them).
DROP INDEX IF EXISTS comment_tags_sentiment;
DROP INDEX IF EXISTS comment_tags_stance;
DROP INDEX IF EXISTS comment_tags_lang;
DROP INDEX IF EXISTS comment_tags_target;
