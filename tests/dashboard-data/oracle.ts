// The filter semantics restated in plain JavaScript over the fixture's generated records: what
// the SQL (raw or rollup) must agree with. Search (q) is matched as whole words, as FTS5 does.
import { lowerInstant, upperInstantExclusive, type Filters } from '../../src/lib/filters';
import { emojiVariants } from '../../src/lib/server/db/filterSql';
import type { Fixture, FixtureComment } from '../helpers/fixtureDb';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function oracleMatch(c: FixtureComment, f: Filters): boolean {
	const a = c.analysis;
	if (c.record.type !== 'comment' || c.record.status !== 'visible') return false;
	if (f.from && !(c.effectiveAt && c.effectiveAt >= lowerInstant(f.from))) return false;
	if (f.to && !(c.effectiveAt && c.effectiveAt < upperInstantExclusive(f.to))) return false;
	if (f.article.length && !f.article.includes(c.articleId)) return false;
	if (f.topic.length && !(a && a.topics.some((t) => f.topic.some((x) => same(x, t))))) return false;
	if (f.author.length && !(c.record.authorHandle && f.author.includes(c.record.authorHandle))) return false;
	if (f.sentiment.length && !(a && f.sentiment.includes(a.sentiment.label))) return false;
	if (f.stance.length && !(a && f.stance.includes(a.stance.label))) return false;
	if (f.target.length && !(a?.stance.target && f.target.some((t) => same(t, a.stance.target!)))) return false;
	if (f.lang.length && !(a && f.lang.includes(a.lang))) return false;
	if (f.emoji.length && !(a && a.emoji.some((e) => f.emoji.some((x) => emojiVariants(x).includes(e.emoji))))) return false;
	if (f.q) {
		const words = c.record.text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
		if (!f.q.toLowerCase().split(/\s+/).every((w) => words.includes(w))) return false;
	}
	if (f.flagged === 'exclude' && c.clusterId !== null) return false;
	if (f.flagged === 'only' && c.clusterId === null) return false;
	return true;
}

export const oracleSelect = (fx: Fixture, f: Filters) => fx.comments.filter((c) => oracleMatch(c, f));

export function countBy<T>(xs: T[], key: (x: T) => string | number | null): Map<string | number | null, number> {
	const m = new Map<string | number | null, number>();
	for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
	return m;
}
