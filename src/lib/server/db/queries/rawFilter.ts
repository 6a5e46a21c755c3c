// The filter's SQL as the raw (non-rollup) queries use it, over one of two sources: comment_facts
// (one narrow row per reader comment, rebuilt with the rollups) when the rollups are fresh, else
// the comments with their tags (what a database without rollups, or one an ingest is adding to,
// has). Both select the same comments; the facts read in a fraction of the time.
//
// With a plan hint: a common topic or emoji is tested per comment while an article or the time
// order drives the scan; a rare one drives the scan itself (its comments are collected first).
// Which is which comes from rollups.
import { lowerInstant, upperInstantExclusive, type Filters } from '../../../filters';
import { emojiVariants, filterToSql, ftsQuery, placeholders, topicIdsSql, type FilterSql } from '../filterSql';
import { factsFilterSql, resolveIds } from './factsFilter';
import { FACT_DIM, FACT_MEASURES } from '../rollupFacts';
import { MEASURES } from '../rollupCatalog';
import type { Dim } from './plan';
import { prepared, type QueryEnv } from './env';

/** Above this share of the corpus a topic or emoji is "common". */
const COMMON = 0.02;

function share(env: QueryEnv, table: 'roll_topic' | 'roll_emoji', where: string, params: unknown[]): number {
	const all = prepared(env.db, `SELECT coalesce(sum(n), 0) AS n FROM roll_tags`).get() as { n: number };
	const part = prepared(env.db, `SELECT coalesce(sum(n), 0) AS n FROM ${table} WHERE ${where}`).get(...params) as { n: number };
	return all.n ? part.n / all.n : 0;
}

const WEEK = 7 * 86_400_000;

/**
 * Whether a selective filter can drive a scan of the comments: an article, an author, a search,
 * or a period of at most a week (the time index).
 */
export function drivenScan(f: Filters): boolean {
	if (f.article.length || f.author.length || f.q) return true;
	return Boolean(f.from && f.to && Date.parse(upperInstantExclusive(f.to)) - Date.parse(lowerInstant(f.from)) <= WEEK);
}

/** Comments the driving filter selects by the rollups (an estimate), or null when none drives. */
function driverRows(env: QueryEnv, f: Filters): number | null {
	if (!drivenScan(f)) return null;
	if (f.q || !env.rollups) return Infinity;
	const sum = (sql: string, params: unknown[]) => (prepared(env.db, sql).get(...params) as { n: number }).n;
	const sizes: number[] = [];
	if (f.article.length) sizes.push(sum(`SELECT coalesce(sum(n), 0) AS n FROM roll_article WHERE article_id IN (${placeholders(f.article.length)})`, f.article));
	if (f.author.length)
		sizes.push(sum(`SELECT coalesce(sum(r.n), 0) AS n FROM roll_author r JOIN authors a ON a.id = r.author_id WHERE a.handle IN (${placeholders(f.author.length)})`, f.author));
	if (f.from && f.to) sizes.push(sum(`SELECT coalesce(sum(n), 0) AS n FROM roll_day WHERE day >= ? AND day <= ?`, [f.from.slice(0, 10), f.to.slice(0, 10)]));
	return sizes.length ? Math.min(...sizes) : Infinity;
}

/**
 * Which topic and emoji filters to test comment by comment (probe) rather than collect: when
 * something more selective drives the scan (an article of 5,000 comments and a topic of 100,000),
 * or when the query walks in time order and stops early at a common one. A rare one is collected
 * first even beside a driver: 3,000 uses of an emoji beat testing a busy story's 50,000 comments.
 */
function probes(env: QueryEnv, f: Filters, ordered: boolean): ('topic' | 'emoji')[] {
	const probe: ('topic' | 'emoji')[] = [];
	const driver = driverRows(env, f);
	const total = () => (prepared(env.db, `SELECT coalesce(sum(n), 0) AS n FROM roll_tags`).get() as { n: number }).n;
	const decide = (share: () => number) => {
		if (!env.rollups) return driver !== null;
		if (driver !== null) return driver === Infinity || share() * total() > driver;
		return ordered && share() > COMMON;
	};
	if (f.topic.length) {
		const t = topicIdsSql(f.topic);
		if (decide(() => share(env, 'roll_topic', `topic_id IN (${t.sql})`, t.params))) probe.push('topic');
	}
	if (f.emoji.length) {
		const forms = f.emoji.flatMap(emojiVariants);
		if (decide(() => share(env, 'roll_emoji', `emoji IN (${placeholders(forms.length)})`, forms))) probe.push('emoji');
	}
	return probe;
}

/**
 * `ordered`: the query walks comments in time order and stops early (a page, the latest N), so a
 * common topic is best tested per comment. Otherwise only a selective driver (an article, an
 * author, a search) makes testing per comment the better plan.
 */
export function rawFilter(env: QueryEnv, f: Filters, opts: { ordered?: boolean } = {}): FilterSql {
	return filterToSql(f, { probe: probes(env, f, Boolean(opts.ordered)) });
}

/** Share of the corpus a search matches (an FTS count: milliseconds even for 100,000 matches). */
export function searchShare(env: QueryEnv, q: string): number {
	const match = ftsQuery(q);
	if (!match) return 1;
	const hits = (prepared(env.db, `SELECT count(*) AS n FROM comments_fts WHERE comments_fts MATCH ?`).get(match) as { n: number }).n;
	const all = env.rollups ? (prepared(env.db, `SELECT coalesce(sum(n), 0) AS n FROM roll_tags`).get() as { n: number }).n : 0;
	return all ? hits / all : 1;
}

/** The comments' side of the dimensions (tags as t, flags by lookup). */
const COMMENT_DIM: Record<Dim, string> = {
	day: `substr(c.effective_at, 1, 10)`,
	hour: `substr(c.effective_at, 1, 13)`,
	article: `c.article_id`,
	sentiment: `t.sentiment_label`,
	stance: `t.stance_label`,
	target: `t.stance_target`,
	lang: `t.lang`,
	flagged: `EXISTS (SELECT 1 FROM comment_flags fl WHERE fl.comment_id = c.id)`,
	topic: `ctg.topic_id`,
	emoji: `ceg.emoji`,
	author: `c.author_id`
};
const COMMENT_MEASURES: Record<string, string> = Object.fromEntries(MEASURES);

/** Where a raw query reads the selected comments, and the expressions it reads them with. */
export interface RawSource {
	facts: boolean;
	/** `comment_facts c`, or `comments c` with its tags joined as t */
	from: string;
	where: string;
	params: unknown[];
	dim: Record<Dim, string>;
	measure: Record<string, string>;
	/** Sentiment label, the score of scored comments (else NULL), thread root, time. */
	col: { sentiment: string; score: string; root: string; at: string };
}

/**
 * The facts when they are as fresh as the rollups (no comments or tags arrived since, and no
 * flags rewritten when the query reads flags), else the comments.
 */
export function useFacts(env: QueryEnv, f: Filters, groupBy: Dim[] = []): boolean {
	if (!env.facts || env.stale) return false;
	return !(env.flagsStale && (f.flagged !== 'include' || groupBy.includes('flagged')));
}

/** `ftsTest`: test comments against a search's matches rather than start from them (a time-ordered walk that stops early). */
export function rawSource(env: QueryEnv, f: Filters, opts: { ordered?: boolean; groupBy?: Dim[]; ftsTest?: boolean } = {}): RawSource {
	const probe = probes(env, f, Boolean(opts.ordered));
	if (useFacts(env, f, opts.groupBy)) {
		const { where, params } = factsFilterSql(f, probe, resolveIds(env, f), { ftsTest: opts.ftsTest });
		return {
			facts: true, from: `comment_facts c`, where, params, dim: FACT_DIM, measure: FACT_MEASURES,
			col: { sentiment: 'c.sentiment', score: 'c.score', root: 'c.root', at: 'c.at' }
		};
	}
	const fs = filterToSql(f, { probe });
	return {
		facts: false, from: `comments c ${fs.joins}`, where: fs.where, params: fs.params, dim: COMMENT_DIM, measure: COMMENT_MEASURES,
		col: {
			sentiment: 't.sentiment_label',
			score: `(CASE WHEN t.sentiment_label IN ('positive','neutral','negative') THEN t.sentiment_score END)`,
			root: 'c.thread_root_id',
			at: 'c.effective_at'
		}
	};
}
