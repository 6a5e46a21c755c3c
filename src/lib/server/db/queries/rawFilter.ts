// The filter's SQL as the raw (non-rollup) queries use it, with a plan hint: a common topic or
// emoji is tested per comment while an article or the time order drives the scan; a rare one
// drives the scan itself (its comments are collected first). Which is which comes from rollups.
import { lowerInstant, upperInstantExclusive, type Filters } from '../../../filters';
import { emojiVariants, filterToSql, placeholders, topicIdsSql, type FilterSql } from '../filterSql';
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

/**
 * `ordered`: the query walks comments in time order and stops early (a page, the latest N), so a
 * common topic is best tested per comment. Otherwise only a selective driver (an article, an
 * author, a search) makes testing per comment the better plan.
 */
export function rawFilter(env: QueryEnv, f: Filters, opts: { ordered?: boolean } = {}): FilterSql {
	const probe: ('topic' | 'emoji')[] = [];
	const driven = drivenScan(f);
	if (f.topic.length) {
		const t = topicIdsSql(f.topic);
		if (driven || (opts.ordered && env.rollups && share(env, 'roll_topic', `topic_id IN (${t.sql})`, t.params) > COMMON)) probe.push('topic');
	}
	if (f.emoji.length) {
		const forms = f.emoji.flatMap(emojiVariants);
		if (driven || (opts.ordered && env.rollups && share(env, 'roll_emoji', `emoji IN (${placeholders(forms.length)})`, forms) > COMMON))
			probe.push('emoji');
	}
	return filterToSql(f, { probe });
}
