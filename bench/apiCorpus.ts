// A synthetic tagged corpus for the API benchmark, from a fixed seed: comments through the real
// CorpusWriter, tags, topics and duplicate flags inserted directly (no NLP pass needed), then the
// rollups refreshed as `murmur tag` would. Shaped like a news site: ~2 comments per article-hour
// early on, Zipf-distributed authors, topics and emoji, some untimed comments, a few campaigns.
import { existsSync, rmSync } from 'node:fs';
import { openForWrite, type DB } from '../src/lib/server/db/open';
import { CorpusWriter } from '../src/lib/server/db/write';
import { insertArticleTopics, insertFlagClusters, insertTags } from '../src/lib/server/db/directTags';
import { refreshRollups } from '../src/lib/server/db/rollups';
import type { Analysis, IngestItem, SentimentLabel, StanceLabel } from '../src/lib/types';
import { mulberry32 } from '../src/lib/mulberry32';

const SECTIONS = ['World', 'Politics', 'Business', 'Sport', 'Culture', 'Science', 'Opinion', 'Local'];
const EMOJI = [...'👍😡🕊🌍😂🤝❤🔥😢👏🙏😮🤔💯😀🙄🤡💔😱🎉👎😤🤣😍🥺✅❌⚠🇺🇦🇷🇺'].filter((c) => c.length > 1 || c.codePointAt(0)! > 0x2000);
const WORDS = 'the deal talks peace war vote plan minister people country government today week report news says price tax market team match result'.split(' ');
const POS = 'great hopeful good excellent wise fair brave'.split(' ');
// Rarer words (each in about 0.25% of comments): what a reader typically searches for.
const RARE = 'ceasefire sanctions referendum pipeline tariff envoy blockade amnesty inflation strike refinery mandate treaty verdict drought subsidy curfew merger embargo quota'.split(' ');
const NEG = 'terrible awful bad disgraceful shameful corrupt weak'.split(' ');
const START = Date.parse('2025-11-01T00:00:00Z');
const DAYS = 180;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19) + 'Z';

export interface CorpusOptions {
	comments: number;
	seed?: number;
	onProgress?: (stage: string, done: number, total: number) => void;
}

/** Builds the corpus at `path` (replacing any file there). */
export function buildApiCorpus(path: string, opts: CorpusOptions): void {
	for (const suffix of ['', '-wal', '-shm']) if (existsSync(path + suffix)) rmSync(path + suffix);
	const rnd = mulberry32(opts.seed ?? 1);
	// Skewed towards small indexes: a few busy authors, topics and emoji, a long tail.
	const zipf = (n: number) => Math.floor(n * rnd() ** 3);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
	const db: DB = openForWrite(path);
	db.pragma('synchronous = OFF');

	const articleCount = Math.max(10, Math.round(opts.comments / 500));
	const articles = Array.from({ length: articleCount }, (_, i) => {
		const section = SECTIONS[i % SECTIONS.length];
		const pub = START + Math.floor(rnd() * DAYS * 86_400_000);
		const topics = [`${section} topic ${zipf(40)}`, `Person ${zipf(300)}`, `Place ${zipf(120)}`];
		const target = rnd() < 0.7 ? `Target ${zipf(40)}` : null;
		return { externalId: `art-${i}`, section, pub, topics, target, weight: Math.exp(rnd() * 3) };
	});
	const wsum = articles.reduce((s, a) => s + a.weight, 0);
	const writer = new CorpusWriter(db, { namespace: 'bench', path: 'synthetic', format: 'synthetic', contentHash: `seed-${opts.seed ?? 1}` });
	writer.writeBatch(articles.map((a, i): IngestItem => ({
		kind: 'article',
		article: { externalId: a.externalId, title: `Story ${i}: ${pick(WORDS)} ${pick(WORDS)}`, section: a.section, publishedAt: iso(a.pub), url: `https://news.example/${i}` },
		at: `synthetic:${i}`
	})));

	const tags: { key: string; analysis: Analysis }[] = [];
	let written = 0;
	let batch: IngestItem[] = [];
	for (const a of articles) {
		const count = Math.max(1, Math.round((a.weight / wsum) * opts.comments));
		for (let k = 0; k < count; k++) {
			const untimed = rnd() < 0.05;
			const hours = rnd() < 0.8 ? -Math.log(1 - rnd()) * 10 : rnd() * 24 * 14;
			const lang = rnd() < 0.85 ? 'en' : pick(['de', 'fr', 'es']);
			const score = Math.round((rnd() * 2 - 1) * 1000) / 1000;
			const label: SentimentLabel = lang !== 'en' ? 'unscored' : score > 0.05 ? 'positive' : score < -0.05 ? 'negative' : 'neutral';
			const cue = label === 'positive' ? pick(POS) : label === 'negative' ? pick(NEG) : pick(WORDS);
			let text = `${pick(WORDS)} ${cue} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`;
			if (rnd() < 0.05) text += ` ${pick(RARE)}`;
			const emoji: Analysis['emoji'] = [];
			if (rnd() < 0.25) {
				const e = EMOJI[zipf(EMOJI.length)];
				const n = 1 + Math.floor(rnd() * 3);
				emoji.push({ emoji: e, name: `emoji ${e.codePointAt(0)}`, count: n });
				text += ' ' + e.repeat(n);
			}
			const topics = rnd() < 0.1 ? [...a.topics, `Person ${zipf(300)}`] : a.topics;
			const stance: StanceLabel = a.target ? pick(['favor', 'against', 'against', 'neutral', 'none'] as const) : 'none';
			const externalId = `${a.externalId}-${k}`;
			batch.push({
				kind: 'comment',
				comment: {
					articleExternalId: a.externalId, externalId,
					parentExternalId: k > 0 && rnd() < 0.4 ? `${a.externalId}-${Math.floor(rnd() * k)}` : null,
					authorHandle: `user${zipf(50_000)}`, text,
					createdAt: untimed ? null : iso(a.pub + hours * 3_600_000),
					status: rnd() < 0.03 ? 'deleted' : 'visible'
				},
				at: `synthetic:${externalId}`
			});
			tags.push({
				key: externalId,
				analysis: {
					lang, emoji, topics,
					sentiment: { score: lang === 'en' ? score : 0, label, evidence: [{ token: cue, weight: score * 3, start: text.indexOf(cue), end: text.indexOf(cue) + cue.length }] },
					stance: { target: a.target, label: stance, confidence: 0.6, evidence: [] }
				}
			});
			if (batch.length === 5000) {
				writer.writeBatch(batch);
				written += batch.length;
				batch = [];
				opts.onProgress?.('comments', written, opts.comments);
			}
		}
	}
	writer.writeBatch(batch);
	writer.finish();

	const ids = new Map((db.prepare(`SELECT external_id, id FROM comments`).raw().all() as [string, number][]));
	const articleIds = new Map((db.prepare(`SELECT external_id, id FROM articles`).raw().all() as [string, number][]));
	for (const a of articles) insertArticleTopics(db, articleIds.get(a.externalId)!, a.topics.map((name) => ({ name })));
	for (let i = 0; i < tags.length; i += 20_000) {
		insertTags(db, tags.slice(i, i + 20_000).map((t) => ({ commentId: ids.get(t.key)!, analysis: t.analysis, nlpVersion: 'synthetic-1' })));
		opts.onProgress?.('tags', Math.min(i + 20_000, tags.length), tags.length);
	}
	// Campaigns: ~2% of comments in clusters of 5-50 near-duplicates.
	const all = [...ids.values()];
	const clusters = [];
	for (let flagged = 0; flagged < all.length * 0.02; ) {
		const size = 5 + Math.floor(rnd() * 45);
		clusters.push({ method: 'near-duplicate' as const, commentIds: Array.from({ length: size }, () => pick(all)).filter((v, i, xs) => xs.indexOf(v) === i), sharedPhrase: 'campaign text' });
		flagged += size;
	}
	insertFlagClusters(db, clusters);
	db.prepare(`INSERT INTO meta (key, value) VALUES ('bench_search_word', 'ceasefire')`).run();
	opts.onProgress?.('rollups', 0, 1);
	refreshRollups(db);
	db.pragma('synchronous = NORMAL');
	db.close();
}

/**
 * Rollups made by an older murmur lack comment_facts (what filters no rollup covers read): the
 * dashboard then answers those from the comments, slowly. Refreshes them as the next ingest or
 * tag would; returns the seconds it took, or null when they were current.
 */
export function ensureCurrentRollups(path: string): number | null {
	const db = openForWrite(path);
	try {
		const rows = db.prepare(`SELECT value FROM meta WHERE key = 'rollup_rows'`).pluck().get() as string | undefined;
		if (rows && 'comment_facts' in JSON.parse(rows)) return null;
		const t0 = performance.now();
		refreshRollups(db);
		return (performance.now() - t0) / 1000;
	} finally {
		db.close();
	}
}
