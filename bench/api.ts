// p50 / p95 of every /api endpoint's query, warm, over a few filter variants, on a read-only
// connection as the server opens it. Each endpoint is timed as its handler runs it: the query
// function plus JSON serialisation (HTTP overhead is the load bench's business).
//
//   runApiBench({ dbPath })                      from bench/run.ts (the shared, tagged corpus)
//   node --import tsx bench/api.ts [--db PATH] [--comments N] [--iterations N]
//     builds a synthetic tagged corpus at PATH (default /tmp/bench-api-<N>.db) when it is missing.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { parseFilters, type Filters } from '../src/lib/filters';
import { openReadOnly, type DB } from '../src/lib/server/db/open';
import * as q from '../src/lib/server/db/queries';
import { buildApiCorpus, ensureCurrentRollups } from './apiCorpus';

type Call = (db: DB, f: Filters, ids: Sample) => unknown;
interface Sample {
	article: number;
	topic: string;
	author: string;
	busiestAuthor: string;
	emoji: string;
	word: string;
	lastMonth: string;
	lastDay: string;
	commentId: number;
}

const ENDPOINTS: [string, Call][] = [
	['overview/volume', (db, f) => q.reactionsOverTime(db, f)],
	['overview/stance', (db, f) => q.stanceOverTime(db, f)],
	['overview/articles', (db, f) => q.articleMarkers(db, f)],
	['kpis', (db, f) => q.kpis(db, f)],
	['topics', (db, f) => q.topicsSummary(db, f)],
	['topics/series', (db, f) => q.topicSeries(db, f)],
	['articles/[id]', (db, f, s) => q.storySummary(db, s.article, f)],
	['articles/[id]/reaction', (db, f, s) => q.storyReaction(db, s.article, f)],
	['articles/[id]/splits', (db, f, s) => q.storySplits(db, s.article, f)],
	['articles/[id]/emoji', (db, f, s) => q.storyTopEmoji(db, s.article, f)],
	['articles/[id]/threads', (db, f, s) => q.storyThreads(db, s.article, f)],
	['articles/[id]/extremes', (db, f, s) => q.storyExtremes(db, s.article, f)],
	['articles/[id]/flagged', (db, f, s) => q.storyFlagged(db, s.article, f)],
	['articles/[id]/compare', (db, f, s) => q.storyVsSection(db, s.article, f)],
	['emoji', (db, f) => q.emojiRanking(db, f)],
	['emoji/time', (db, f) => q.emojiOverTime(db, f)],
	['emoji/topics', (db, f) => q.emojiByTopic(db, f)],
	['comments', (db, f) => q.commentsPage(db, f)],
	['comments/[id]', (db, _f, s) => q.commentDetail(db, s.commentId)],
	['facets', (db, f) => q.facets(db, f)]
];

/** Filter variants: the first group rollups serve; the second falls back to indexed queries. */
function variants(s: Sample): { simple: [string, string][]; fallback: [string, string][] } {
	return {
		simple: [
			['unfiltered', ''],
			['last month', `from=${s.lastMonth}`],
			['sentiment', 'sentiment=negative'],
			['topic', `topic=${encodeURIComponent(s.topic)}`],
			['article', `article=${s.article}`],
			['lang+stance+flagged', 'lang=en&stance=against&flagged=exclude'],
			['emoji', `emoji=${encodeURIComponent(s.emoji)}`]
		],
		fallback: [
			['search', `q=${encodeURIComponent(s.word)}`],
			['author', `author=${encodeURIComponent(s.author)}`],
			['one day (hours)', `from=${s.lastDay}&to=${s.lastDay}`],
			['hours of a day', `from=${s.lastDay}T06:00:00Z&to=${s.lastDay}T17:59:59Z`],
			['topic + sentiment', `topic=${encodeURIComponent(s.topic)}&sentiment=positive`],
			['busiest author', `author=${encodeURIComponent(s.busiestAuthor)}`]
		]
	};
}

function sample(db: DB): Sample {
	const one = <T>(sql: string) => db.prepare(sql).pluck().get() as T;
	const lastDay = one<string>(`SELECT max(day) FROM roll_day WHERE day IS NOT NULL`) ?? '2026-01-01';
	const month = new Date(Date.parse(`${lastDay}T00:00:00Z`) - 30 * 86_400_000).toISOString().slice(0, 10);
	return {
		article: one<number>(`SELECT article_id FROM roll_article_stats ORDER BY comments DESC LIMIT 1`),
		topic: one<string>(`SELECT name FROM topics WHERE id = (SELECT topic_id FROM roll_topic_day GROUP BY topic_id ORDER BY sum(n) DESC LIMIT 1)`),
		// A regular, not the single busiest account: the 100th most active commenter.
		author: one<string>(`SELECT handle FROM authors WHERE id = (SELECT author_id FROM roll_author ORDER BY n DESC LIMIT 1 OFFSET 100)`),
		busiestAuthor: one<string>(`SELECT handle FROM authors WHERE id = (SELECT author_id FROM roll_author ORDER BY n DESC LIMIT 1)`),
		emoji: one<string>(`SELECT emoji FROM roll_emoji_day GROUP BY emoji ORDER BY sum(n) DESC LIMIT 1`),
		word: one<string>(`SELECT value FROM meta WHERE key = 'bench_search_word'`) ?? 'ceasefire',
		lastMonth: month,
		lastDay,
		commentId: one<number>(`SELECT id FROM comments WHERE parent_id IS NOT NULL ORDER BY id DESC LIMIT 1`)
	};
}

const quantile = (xs: number[], p: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
};
const ms = (x: number) => Math.round(x * 10) / 10;

interface Timing {
	wall: number[];
	cpu: number[];
}

/** Wall time is what a user waits; CPU time is the same work without the other processes sharing the cores. */
function time(db: DB, call: Call, f: Filters, s: Sample, iterations: number, into: Timing): void {
	for (let i = 0; i < 2; i++) JSON.stringify(call(db, f, s)); // warm: statement cache, pages
	for (let i = 0; i < iterations; i++) {
		const c0 = process.cpuUsage();
		const t0 = performance.now();
		JSON.stringify(call(db, f, s));
		into.wall.push(performance.now() - t0);
		const c = process.cpuUsage(c0);
		into.cpu.push((c.user + c.system) / 1000);
	}
}

export async function runApiBench(ctx: { dbPath: string; iterations?: number }): Promise<Record<string, unknown>> {
	const refreshed = ensureCurrentRollups(ctx.dbPath);
	if (refreshed !== null) console.log(`rollups were made by an older murmur: refreshed them first (${ms(refreshed)} s, not counted)\n`);
	const db = openReadOnly(ctx.dbPath);
	if (!db) throw new Error(`no database at ${ctx.dbPath}`);
	const iterations = ctx.iterations ?? 10;
	const s = sample(db);
	const v = variants(s);
	const figures: Record<string, unknown> = { comments: db.prepare(`SELECT count(*) FROM comments`).pluck().get() };
	const lines: string[] = [
		`${v.simple.length} filter variants rollups serve (${v.simple.map(([l]) => l).join(', ')}) x ${iterations} warm runs; ` +
			`fallback variants (${v.fallback.map(([l]) => l).join(', ')}) read comment_facts (or the comments).\n`,
		'| endpoint | p50 ms | p95 ms | p95 CPU ms | slowest variant (p95) | fallback p50 | fallback p95 | fallback p95 CPU |',
		'|---|---:|---:|---:|---|---:|---:|---:|'
	];
	// Which filter combinations no rollup covers stay within 50 ms, endpoint by endpoint.
	const matrix: string[] = [
		`\nFallback variants one by one, p50 / p95 ms:\n`,
		`| endpoint | ${v.fallback.map(([l]) => l).join(' | ')} |`,
		`|---|${v.fallback.map(() => '---:').join('|')}|`
	];
	for (const [name, call] of ENDPOINTS) {
		const simple: Timing = { wall: [], cpu: [] };
		let worst = { variant: '', p95: 0 };
		for (const [label, qs] of v.simple) {
			const one: Timing = { wall: [], cpu: [] };
			time(db, call, parseFilters(new URLSearchParams(qs)), s, iterations, one);
			simple.wall.push(...one.wall);
			simple.cpu.push(...one.cpu);
			if (quantile(one.wall, 0.95) > worst.p95) worst = { variant: label, p95: quantile(one.wall, 0.95) };
		}
		const fallback: Timing = { wall: [], cpu: [] };
		const perVariant: string[] = [];
		for (const [, qs] of v.fallback) {
			const one: Timing = { wall: [], cpu: [] };
			time(db, call, parseFilters(new URLSearchParams(qs)), s, Math.max(3, iterations >> 1), one);
			fallback.wall.push(...one.wall);
			fallback.cpu.push(...one.cpu);
			perVariant.push(`${ms(quantile(one.wall, 0.5))} / ${ms(quantile(one.wall, 0.95))}`);
		}
		matrix.push(`| /api/${name} | ${perVariant.join(' | ')} |`);
		const row = {
			p50: ms(quantile(simple.wall, 0.5)), p95: ms(quantile(simple.wall, 0.95)), cpu95: ms(quantile(simple.cpu, 0.95)),
			f50: ms(quantile(fallback.wall, 0.5)), f95: ms(quantile(fallback.wall, 0.95)), fcpu95: ms(quantile(fallback.cpu, 0.95))
		};
		figures[`/api/${name} p50 ms`] = row.p50;
		figures[`/api/${name} p95 ms`] = row.p95;
		figures[`/api/${name} p95 CPU ms`] = row.cpu95;
		figures[`/api/${name} search/author/hour p50 ms`] = row.f50;
		figures[`/api/${name} search/author/hour p95 ms`] = row.f95;
		lines.push(`| /api/${name} | ${row.p50} | ${row.p95} | ${row.cpu95} | ${worst.variant} ${ms(worst.p95)} | ${row.f50} | ${row.f95} | ${row.fcpu95} |`);
	}
	db.close();
	console.log([...lines, ...matrix].join('\n') + '\n');
	return figures;
}

async function standalone() {
	const { values } = parseArgs({ options: { db: { type: 'string' }, comments: { type: 'string' }, iterations: { type: 'string' } } });
	const comments = Number(values.comments ?? 1_000_000);
	const dbPath = values.db ?? `/tmp/bench-api-${comments}.db`;
	if (!existsSync(dbPath)) {
		console.log(`building a synthetic tagged corpus of ${comments.toLocaleString('en-US')} comments at ${dbPath}...`);
		const t0 = performance.now();
		let last = 0;
		buildApiCorpus(dbPath, {
			comments,
			onProgress: (stage, done, total) => {
				if (performance.now() - last > 5000) (last = performance.now()), console.log(`  ${stage} ${done}/${total}`);
			}
		});
		console.log(`built in ${ms((performance.now() - t0) / 1000)} s`);
	}
	const figures = await runApiBench({ dbPath, iterations: values.iterations ? Number(values.iterations) : undefined });
	console.log(`comments: ${figures.comments}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await standalone();
