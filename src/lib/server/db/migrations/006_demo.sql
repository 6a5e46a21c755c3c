-- The demo corpus' own record (issue 2) and its ground truth for coordination (issue 7): which
-- comments belong to the planted copy-paste campaigns, so precision and recall can be measured.
-- Written by `murmur demo`; rerunning it with the same options rewrites identical rows.

-- One row per generated corpus namespace (only "demo" today).
CREATE TABLE demo_runs (
  namespace  TEXT PRIMARY KEY,
  seed       TEXT NOT NULL,
  comments   INTEGER NOT NULL,           -- generated comment records (= --comments)
  articles   INTEGER NOT NULL,
  authors    INTEGER NOT NULL,
  campaigns  INTEGER NOT NULL,
  generator  TEXT NOT NULL,              -- generator version: a new one may write a different corpus
  summary    TEXT NOT NULL               -- JSON: counts by status, planted copies
);

CREATE TABLE demo_campaigns (
  id           TEXT PRIMARY KEY,         -- "campaign-1"
  kind         TEXT NOT NULL,            -- copy-paste
  section      TEXT NOT NULL,
  target       TEXT NOT NULL,            -- the stance target the campaign pushes on
  stance       TEXT NOT NULL CHECK (stance IN ('favor','against')),
  size         INTEGER NOT NULL,         -- planted copies
  accounts     INTEGER NOT NULL,         -- fresh accounts that posted them
  articles     TEXT NOT NULL,            -- JSON array of article external ids
  window_start TEXT NOT NULL,
  window_end   TEXT NOT NULL
);

-- Every planted copy, resolved to its stored comment.
CREATE TABLE demo_campaign_comments (
  comment_id          INTEGER PRIMARY KEY REFERENCES comments(id) ON DELETE CASCADE,
  campaign_id         TEXT NOT NULL REFERENCES demo_campaigns(id),
  article_external_id TEXT NOT NULL,
  comment_external_id TEXT NOT NULL,
  author_handle       TEXT NOT NULL
);
CREATE INDEX demo_campaign_comments_campaign ON demo_campaign_comments(campaign_id);
