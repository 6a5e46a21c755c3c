// A raw aggregate grouped by topic, folded in JavaScript from the selection's comment_facts rows
// (each carries its topic ids) instead of joining comment_topics: a search for a common word
// selects some 80,000 comments, five topics each, and SQLite groups the 400,000 joined rows by
// sorting them all (half a second); a hash map of the topics takes a tenth of that.
import type { Filters } from '../../../filters';
import { emojiVariants, placeholders } from '../filterSql';
import { MEASURES } from '../rollupCatalog';
import { compareValues } from '../rollupFold';
import type { AggRow, AggregateOptions } from './aggregate';
import { prepared, type QueryEnv } from './env';
import type { Dim } from './plan';
import { drivenScan, rawSource } from './rawFilter';
import { resolveIds } from './factsFilter';
import { FACT_DIM } from '../rollupFacts';

const SENTIMENT: Record<string, string> = { positive: 'sen_pos', neutral: 'sen_neu', negative: 'sen_neg', unscored: 'sen_uns' };
const STANCE: Record<string, string> = { favor: 'st_favor', against: 'st_against', neutral: 'st_neutral', none: 'st_none' };

interface Acc {
	row: AggRow;
	/** Running errors of s_sum and s_sq (compensated as SQLite's total() is). */
	e1: number;
	e2: number;
}

function kbn(acc: Acc, key: 's_sum' | 's_sq', err: 'e1' | 'e2', x: number): void {
	const s = acc.row[key];
	const t = s + x;
	acc[err] += Math.abs(s) > Math.abs(x) ? s - t + x : x - t + s;
	acc.row[key] = t;
}

/** The rows aggregate() returns for `groupBy` (which includes topic), from the facts. */
export function foldTopics(env: QueryEnv, f: Filters, groupBy: Dim[], opts: AggregateOptions): AggRow[] {
	const others = groupBy.filter((d) => d !== 'topic');
	const withEmoji = groupBy.includes('emoji');
	const chosen = f.topic.length ? new Set(resolveIds(env, f).topicIds ?? []) : null;
	const src = rawSource(env, { ...f, topic: [], emoji: withEmoji ? [] : f.emoji }, { groupBy });
	const forms = withEmoji ? f.emoji.flatMap(emojiVariants) : [];
	// As in the SQL path: an article, author, search or short period drives, then each comment's few emoji are read.
	const driven = drivenScan(f);
	const join = withEmoji
		? ` ${driven ? 'CROSS JOIN' : 'JOIN'} comment_emoji ceg ON ceg.comment_id = c.id${forms.length ? ` AND ${driven ? '+' : ''}ceg.emoji IN (${placeholders(forms.length)})` : ''}`
		: '';
	// Only the columns the wanted measures read (NULL for the others): each costs a value per row.
	const want = (...ms: string[]) => !opts.measures || ms.some((m) => opts.measures!.includes(m as never));
	const columns = [
		'c.topics',
		want('untimed') ? 'c.untimed' : '0',
		want('undated') ? 'c.at IS NULL' : '0',
		want('scored', 's_sum', 's_sq') ? 'c.score' : 'NULL',
		want('sen_pos', 'sen_neu', 'sen_neg', 'sen_uns') ? 'c.sentiment' : 'NULL',
		want('st_favor', 'st_against', 'st_neutral', 'st_none') ? 'c.stance' : 'NULL',
		...(withEmoji ? ['ceg.count'] : []),
		...others.map((d) => FACT_DIM[d])
	];
	const rows = prepared(env.db, `SELECT ${columns.join(', ')} FROM ${src.from}${join} WHERE ${src.where} AND c.topics IS NOT NULL`)
		.raw()
		.iterate(...forms, ...src.params) as IterableIterator<unknown[]>;
	const first = withEmoji ? 7 : 6;
	// The other dimensions' key, then the topic id: ids are parsed from ",3,17," without slicing.
	const groups = new Map<string, Map<number, Acc>>();
	const all: Acc[] = [];
	for (const r of rows) {
		const topics = r[0] as string;
		const rest = others.length ? others.map((_, i) => r[first + i]) : others;
		const restKey = others.length ? rest.map((v) => (v === null ? '\u0000' : String(v))).join('\u001f') : '';
		let byTopic = groups.get(restKey);
		if (!byTopic) groups.set(restKey, (byTopic = new Map()));
		const score = r[3] as number | null;
		const s = SENTIMENT[r[4] as string];
		const t = STANCE[r[5] as string];
		let topic = 0;
		for (let i = 1; i < topics.length; i++) {
			const ch = topics.charCodeAt(i);
			if (ch !== 44) {
				topic = topic * 10 + ch - 48;
				continue;
			}
			const id = topic;
			topic = 0;
			if (chosen && !chosen.has(id)) continue;
			let acc = byTopic.get(id);
			if (!acc) {
				// Keys in the order SQL gives them: the dimensions, then the measures.
				const row = Object.fromEntries([
					...groupBy.map((d) => [d, d === 'topic' ? id : rest[others.indexOf(d)]]),
					...MEASURES.map(([m]) => [m, 0]),
					...(withEmoji ? [['uses', 0]] : [])
				]) as unknown as AggRow;
				byTopic.set(id, (acc = { row, e1: 0, e2: 0 }));
				all.push(acc);
			}
			const a = acc.row;
			a.n++;
			a.untimed += r[1] as number;
			a.undated += r[2] as number;
			if (score !== null) {
				a.scored++;
				kbn(acc, 's_sum', 'e1', score);
				kbn(acc, 's_sq', 'e2', score * score);
			}
			if (s) (a as unknown as Record<string, number>)[s]++;
			if (t) (a as unknown as Record<string, number>)[t]++;
			if (withEmoji) a.uses! += r[6] as number;
		}
	}
	let out = all.map((acc) => {
		acc.row.s_sum += acc.e1;
		acc.row.s_sq += acc.e2;
		return acc.row;
	});
	const count = out.length;
	if (opts.top) {
		const keyOf = (r: AggRow) => groupBy.map((d) => (r as unknown as Record<string, unknown>)[d]);
		out.sort((a, b) => {
			if (a.n !== b.n) return b.n - a.n;
			const [x, y] = [keyOf(a), keyOf(b)];
			for (let i = 0; i < x.length; i++) {
				const c = compareValues(x[i], y[i]);
				if (c) return c;
			}
			return 0;
		});
	}
	if (opts.limit !== undefined) out = out.slice(0, Math.max(0, Math.floor(opts.limit)));
	if (opts.countGroups) for (const r of out) r.groups = count;
	if (opts.measures) for (const r of out) for (const [m] of MEASURES) if (!opts.measures.includes(m)) (r as unknown as Record<string, number>)[m] = 0;
	return out;
}
