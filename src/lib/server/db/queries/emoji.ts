// The emoji view: most used (with the sentiment of the comments that use them), each over time,
// and an emoji x topic matrix.
import type { EmojiByTopicResponse, EmojiOverTimeResponse, EmojiRankingResponse } from '../../../api-types';
import type { Filters } from '../../../filters';
import type { DB } from '../open';
import { aggregate, totals, type Measure } from './aggregate';
import { queryEnv, type QueryEnv } from './env';
import { accumulate, meanOf, newAccumulator } from './measures';
import { buildMeta } from './meta';
import { timeRows, type SeriesOptions } from './overview';
import { topicNames, topTopics } from './topics';

/** Names as the tagger stored them (one lookup per emoji, by index). */
export function emojiNames(env: QueryEnv, emoji: string[]): Map<string, string | null> {
	const get = env.db.prepare(`SELECT name FROM comment_emoji WHERE emoji = ? AND name IS NOT NULL LIMIT 1`);
	return new Map(emoji.map((e) => [e, ((get.get(e) as { name: string } | undefined)?.name ?? null)]));
}

function topEmoji(env: QueryEnv, f: Filters, limit: number, measures?: Measure[]) {
	const res = aggregate(env, f, ['emoji'], { top: true, limit, countGroups: true, measures });
	return { emoji: res.rows.map((r) => r.emoji!), rows: res.rows, groups: res.rows[0]?.groups ?? 0, source: res.source };
}

export function emojiRanking(db: DB, f: Filters, opts: { limit?: number } = {}): EmojiRankingResponse {
	const env = queryEnv(db);
	const limit = Math.min(opts.limit ?? 50, 500);
	const top = topEmoji(env, f, limit);
	const total = totals(env, f);
	if (!top.emoji.length) return { meta: buildMeta(env, f, total.row, [top.source, total.source]), emoji: [], more: 0 };
	const names = emojiNames(env, top.emoji);
	return {
		meta: buildMeta(env, f, total.row, [top.source, total.source]),
		emoji: top.rows.map((r) => {
			const a = newAccumulator();
			accumulate(a, r);
			return { emoji: r.emoji!, name: names.get(r.emoji!) ?? null, uses: a.uses, comments: a.n, sentiment: a.sentiment, ...meanOf(a) };
		}),
		more: Math.max(0, top.groups - top.emoji.length)
	};
}

export function emojiOverTime(db: DB, f: Filters, opts: SeriesOptions & { limit?: number; emoji?: string[] } = {}): EmojiOverTimeResponse {
	const env = queryEnv(db);
	const total = totals(env, f);
	const chosen = opts.emoji?.length ? opts.emoji : topEmoji(env, f, Math.min(opts.limit ?? 12, 50), ['n']).emoji;
	if (!chosen.length)
		return { meta: buildMeta(env, f, total.row, [total.source]), granularity: opts.granularity ?? 'day', autoGranularity: !opts.granularity, buckets: [], rows: [], max: 0 };
	const s = timeRows(env, { ...f, emoji: chosen }, ['emoji'], opts.granularity, ['n']);
	const index = new Map(s.keys.map((k, i) => [k, i]));
	const rows = new Map<string, { emoji: string; total: number; counts: number[] }>();
	for (const r of s.rows) {
		let row = rows.get(r.emoji!);
		if (!row) rows.set(r.emoji!, (row = { emoji: r.emoji!, total: 0, counts: s.keys.map(() => 0) }));
		row.total += r.n;
		const k = s.bucketOf(r);
		const i = k === null ? undefined : index.get(k);
		if (i !== undefined) row.counts[i] += r.n;
	}
	const out = [...rows.values()].sort((a, b) => b.total - a.total || (a.emoji < b.emoji ? -1 : 1));
	return {
		meta: buildMeta(env, f, total.row, [total.source, ...s.sources]),
		granularity: s.granularity,
		autoGranularity: s.autoGranularity,
		buckets: s.keys,
		rows: out,
		max: out.reduce((m, r) => r.counts.reduce((mm, x) => (x > mm ? x : mm), m), 0)
	};
}

export function emojiByTopic(db: DB, f: Filters, opts: { emojiLimit?: number; topicLimit?: number } = {}): EmojiByTopicResponse {
	const env = queryEnv(db);
	const total = totals(env, f);
	const emoji = topEmoji(env, f, Math.min(opts.emojiLimit ?? 15, 50), ['n']);
	const topics = topTopics(env, f, Math.min(opts.topicLimit ?? 12, 50), ['n']);
	const names = topicNames(env, topics.ids);
	const topicList = topics.ids.map((id) => names.get(id)!.name);
	const sources = [total.source, emoji.source, topics.source];
	if (!emoji.emoji.length || !topicList.length)
		return { meta: buildMeta(env, f, total.row, sources), emoji: emoji.emoji, topics: topicList, cells: [], max: 0 };
	const res = aggregate(env, { ...f, emoji: emoji.emoji, topic: topicList }, ['emoji', 'topic'], { measures: ['n'] });
	sources.push(res.source);
	const cells = res.rows
		.filter((r) => names.has(r.topic!))
		.map((r) => ({ emoji: r.emoji!, topic: names.get(r.topic!)!.name, n: r.n }))
		.sort((a, b) => emoji.emoji.indexOf(a.emoji) - emoji.emoji.indexOf(b.emoji) || topicList.indexOf(a.topic) - topicList.indexOf(b.topic));
	return {
		meta: buildMeta(env, f, total.row, sources),
		emoji: emoji.emoji,
		topics: topicList,
		cells,
		max: cells.reduce((m, c) => Math.max(m, c.n), 0)
	};
}
