// Facets no rollup covers, counted together in one pass over the selection's comment_facts: a
// search for a common word selects some 80,000 comments, and seven GROUP BYs over them were seven
// sorts of the same rows. Each facet comes out as the SQL would give it: the groups ordered by
// count then value (the empty value included), the first `limit`, and how many groups there were.
import type { Facet } from '../../../api-types';
import type { Filters } from '../../../filters';
import { compareValues } from '../rollupFold';
import { prepared, type QueryEnv } from './env';
import { rawSource } from './rawFilter';

export type Counted = { key: number | string; n: number }[];

const COLUMN: Partial<Record<Facet['name'], string>> = {
	article: 'c.article_id',
	topic: 'c.topics',
	sentiment: 'c.sentiment',
	stance: 'c.stance',
	target: 'c.target',
	lang: 'c.lang',
	flagged: 'c.flagged'
};

/** Facets this pass can count (author and emoji need other tables). */
export const SHARED_FACETS = Object.keys(COLUMN) as Facet['name'][];

export function sharedFacetCounts(env: QueryEnv, f: Filters, names: Facet['name'][], limit: number): Map<Facet['name'], { rows: Counted; groups: number }> {
	const src = rawSource(env, f, { groupBy: ['flagged'] });
	const counts = names.map(() => new Map<number | string | null, number>());
	const add = (m: Map<number | string | null, number>, k: number | string | null) => m.set(k, (m.get(k) ?? 0) + 1);
	const rows = prepared(env.db, `SELECT ${names.map((n) => COLUMN[n]).join(', ')} FROM ${src.from} WHERE ${src.where}`)
		.raw()
		.iterate(...src.params) as IterableIterator<(number | string | null)[]>;
	for (const r of rows) {
		for (let i = 0; i < names.length; i++) {
			if (names[i] !== 'topic') add(counts[i], r[i]);
			else if (r[i] !== null) {
				// ",3,17," -> 3, 17 (a comment without topics is in no topic's group)
				const list = r[i] as string;
				for (let a = 1, b = list.indexOf(',', 1); b > 0; a = b + 1, b = list.indexOf(',', a)) add(counts[i], Number(list.slice(a, b)));
			}
		}
	}
	return new Map(
		names.map((name, i) => {
			const all = [...counts[i]].sort((a, b) => b[1] - a[1] || compareValues(a[0], b[0]));
			const top = all.slice(0, limit).filter(([k]) => k !== null) as [number | string, number][];
			return [name, { rows: top.map(([key, n]) => ({ key, n })), groups: all.length }];
		})
	);
}
