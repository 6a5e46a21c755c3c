import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { DemoCorpus, type CampaignTruth, type DemoSummary } from '../../src/lib/demo/corpus';
import { MAX_DEPTH } from '../../src/lib/demo/thread';
import { organicAuthor, campaignAccount, spamAccount } from '../../src/lib/demo/authors';
import { SECTIONS } from '../../src/lib/demo/sections';
import type { ArticleRecord, CommentRecord, IngestItem } from '../../src/lib/types';
import { nearDuplicates } from './near-duplicates';

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
const END = '2026-05-01T00:00:00Z';
const START = '2025-11-01T00:00:00Z';

function digest(options: { comments: number; seed: string }): string {
	const h = createHash('sha256');
	for (const item of new DemoCorpus(options).items()) h.update(JSON.stringify(item) + '\n');
	return h.digest('hex');
}

describe('determinism', () => {
	it('same seed and size give byte-identical records; another seed does not', () => {
		const a = digest({ comments: 3000, seed: 'alpha' });
		expect(digest({ comments: 3000, seed: 'alpha' })).toBe(a);
		expect(digest({ comments: 3000, seed: 'beta' })).not.toBe(a);
	});

	it.each([0, 1, 99, 1000, 3001])('generates exactly %i comments and 200 articles', (n) => {
		const corpus = new DemoCorpus({ comments: n, seed: 's' });
		let articles = 0,
			comments = 0;
		for (const item of corpus.items()) item.kind === 'article' ? articles++ : comments++;
		expect({ articles, comments }).toEqual({ articles: 200, comments: n });
		expect(corpus.summary().comments).toBe(n);
	});

	it('streams lazily: the first records of a million-comment corpus come at once', () => {
		const items = new DemoCorpus({ comments: 1_000_000, seed: 'lazy' }).items();
		const first = Array.from({ length: 500 }, () => items.next().value as IngestItem);
		expect(first[0].kind).toBe('article');
		expect(first.filter((i) => i.kind === 'comment').length).toBeGreaterThan(400);
	});

	it('rejects a bad size with a message naming it', () => {
		expect(() => new DemoCorpus({ comments: -1 })).toThrow('comments must be an integer >= 0');
	});
});

describe('a 12,000-comment corpus', () => {
	let articles: ArticleRecord[];
	let comments: CommentRecord[];
	let summary: DemoSummary;
	let truth: CampaignTruth[];
	const byId = new Map<string, CommentRecord>();
	const depth = new Map<string, number>();

	beforeAll(() => {
		const corpus = new DemoCorpus({ comments: 12_000, seed: 'shape' });
		articles = [];
		comments = [];
		for (const item of corpus.items()) {
			if (item.kind === 'article') articles.push(item.article);
			else if (item.kind === 'comment') comments.push(item.comment);
		}
		summary = corpus.summary();
		truth = corpus.campaignTruth();
	});

	it('has realistic articles: 12 sections, six months, unique ids and urls, bodies with quotes', () => {
		expect(articles).toHaveLength(200);
		expect(new Set(articles.map((a) => a.section))).toEqual(new Set(SECTIONS.map((s) => s.name)));
		expect(new Set(articles.map((a) => a.externalId)).size).toBe(200);
		expect(new Set(articles.map((a) => a.url)).size).toBe(200);
		for (const a of articles) {
			expect(a.publishedAt).toMatch(ISO);
			expect(a.publishedAt! >= START && a.publishedAt! < END).toBe(true);
			expect(a.title!.length).toBeGreaterThan(15);
			expect(a.body!.split('\n\n').length).toBeGreaterThanOrEqual(4);
			expect(a.body).toContain('“');
			expect(a.url).toMatch(/^https:\/\/news\.example\.com\/[a-z]+\/\d{4}\/\d\d\/\d\d\/[a-z0-9-]+$/);
			expect(a.author).toMatch(/^\p{Lu}/u);
		}
		const months = new Set(articles.map((a) => a.publishedAt!.slice(0, 7)));
		expect(months.size).toBe(6);
	});

	it('keeps every reply in its parent’s article, after its parent, at depth <= 4', () => {
		const article = new Map(articles.map((a) => [a.externalId, a]));
		let replies = 0;
		for (const c of comments) {
			expect(c.createdAt).toMatch(ISO);
			expect(c.createdAt! > article.get(c.articleExternalId)!.publishedAt!).toBe(true);
			expect(c.createdAt! < END).toBe(true);
			if (c.parentExternalId) {
				replies++;
				const parent = byId.get(c.parentExternalId);
				expect(parent, `${c.externalId} replies to ${c.parentExternalId}, seen before it`).toBeDefined();
				expect(parent!.articleExternalId).toBe(c.articleExternalId);
				expect(c.createdAt! > parent!.createdAt!).toBe(true);
				depth.set(c.externalId, depth.get(c.parentExternalId)! + 1);
			} else depth.set(c.externalId, 0);
			expect(byId.has(c.externalId)).toBe(false);
			byId.set(c.externalId, c);
		}
		expect(Math.max(...depth.values())).toBe(MAX_DEPTH);
		expect(replies / comments.length).toBeGreaterThan(0.25);
		expect(replies / comments.length).toBeLessThan(0.45);
	});

	it('bursts in the first hours after publication and decays', () => {
		const published = new Map(articles.map((a) => [a.externalId, Date.parse(a.publishedAt!)]));
		const hours = comments.map((c) => (Date.parse(c.createdAt!) - published.get(c.articleExternalId)!) / 3.6e6);
		const within = (h: number) => hours.filter((x) => x <= h).length / hours.length;
		expect(within(6)).toBeGreaterThan(0.5);
		expect(within(24)).toBeGreaterThan(0.75);
		expect(within(24 * 7)).toBeLessThan(1);
	});

	it('has deleted, spam and unapproved comments, and ~6% in other languages', () => {
		const status = summary.byStatus;
		expect(status.deleted).toBeGreaterThan(50);
		expect(status.spam).toBeGreaterThan(20);
		expect(status.unapproved).toBeGreaterThan(10);
		expect(status.visible / comments.length).toBeGreaterThan(0.95);
		const other = comments.length - summary.byLanguage.en;
		expect(other / comments.length).toBeGreaterThan(0.05);
		expect(other / comments.length).toBeLessThan(0.08);
		expect(Object.keys(summary.byLanguage).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'pt']);
		expect(comments.some((c) => /\b(los|las|el)\b/.test(c.text))).toBe(true);
		expect(comments.some((c) => /\b(ist|die|nicht)\b/.test(c.text))).toBe(true);
	});

	it('carries the surface an analyser must handle: emoji of every kind, caps, "!!!", "but", negation', () => {
		const some = (re: RegExp) => comments.filter((c) => re.test(c.text)).length;
		expect(some(/\u200d/u)).toBeGreaterThan(5); // ZWJ sequences
		expect(some(/[\u{1F3FB}-\u{1F3FF}]/u)).toBeGreaterThan(5); // skin tones
		expect(some(/[\u{1F1E6}-\u{1F1FF}]{2}/u)).toBeGreaterThan(5); // flags
		const withEmoji = some(/\p{Extended_Pictographic}/u) / comments.length;
		expect(withEmoji).toBeGreaterThan(0.08);
		expect(withEmoji).toBeLessThan(0.35);
		expect(some(/!!!/)).toBeGreaterThan(100);
		expect(some(/\b[A-Z]{4,} [A-Z]{4,} [A-Z]{4,}\b/)).toBeGreaterThan(50);
		expect(some(/, but /)).toBeGreaterThan(300);
		expect(some(/\b(don't|do not|not|never|no way)\b/i)).toBeGreaterThan(1000);
	});

	it('has a long tail of authors: a few regulars, many one-off commenters', () => {
		const per = new Map<string, number>();
		for (const c of comments) per.set(c.authorHandle!, (per.get(c.authorHandle!) ?? 0) + 1);
		expect(per.size).toBe(summary.authors);
		const counts = [...per.values()].sort((a, b) => b - a);
		expect(counts[0] / comments.length).toBeLessThan(0.03);
		expect(counts[0]).toBeGreaterThan(50);
		expect(counts.filter((n) => n === 1).length / counts.length).toBeGreaterThan(0.25);
		const top = counts.slice(0, Math.ceil(counts.length / 10)).reduce((a, b) => a + b, 0);
		expect(top / comments.length).toBeGreaterThan(0.4);
	});

	it('records its campaigns: every copy, on the named stories, by fresh accounts, in the window', () => {
		expect(truth).toHaveLength(4);
		expect(summary.campaignComments).toBe(truth.reduce((a, c) => a + c.size, 0));
		const organicAuthors = new Set<string>();
		const planted = new Set(truth.flatMap((c) => c.members.map((m) => m.comment)));
		for (const c of comments) if (!planted.has(c.externalId)) organicAuthors.add(c.authorHandle!);
		for (const c of truth) {
			expect(c.members).toHaveLength(c.size);
			expect(c.size).toBeGreaterThanOrEqual(30);
			expect(c.size).toBeLessThanOrEqual(300);
			expect(new Set(c.members.map((m) => m.author)).size).toBe(c.accounts);
			for (const m of c.members) {
				const stored = byId.get(m.comment)!;
				expect(stored.articleExternalId).toBe(m.article);
				expect(stored.authorHandle).toBe(m.author);
				expect(c.articles).toContain(m.article);
				expect(organicAuthors.has(m.author)).toBe(false);
				expect(stored.createdAt! >= c.windowStart && stored.createdAt! <= c.windowEnd).toBe(true);
			}
			expect(Date.parse(c.windowEnd) - Date.parse(c.windowStart)).toBeLessThan(8 * 86400_000);
		}
	});

	it('makes the campaigns measurable: copies group, organic comments do not', () => {
		const texts = comments.map((c) => c.text);
		const planted = new Set(truth.flatMap((c) => c.members.map((m) => m.comment)));
		const { flagged } = nearDuplicates(texts, 0.6, 3);
		let tp = 0,
			fp = 0;
		for (const i of flagged) planted.has(comments[i].externalId) ? tp++ : fp++;
		expect(tp / planted.size).toBeGreaterThanOrEqual(0.95); // recall
		expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.95); // precision
	});
});

describe('handles', () => {
	it('are unique per index and never shared between organic, campaign and spam accounts', () => {
		const seen = new Set<string>();
		const duplicates: string[] = [];
		const add = (h: string) => (seen.has(h) ? duplicates.push(h) : seen.add(h));
		for (let i = 0; i < 250_000; i++) add(organicAuthor(i).handle);
		for (let g = 0; g < 3000; g++) add(campaignAccount(g).handle);
		for (let i = 0; i < 2000; i++) add(spamAccount(i).handle);
		expect(duplicates).toEqual([]);
		expect(seen.size).toBe(255_000);
	});

	it('look like people and like generated accounts', () => {
		expect([0, 1, 2, 3, 4, 5].map((i) => organicAuthor(i).handle)).toEqual(['MariaKeller', 'maria_keller', 'QuietObserver', 'observer1950', 'maria.keller', 'quiet_observer']);
		expect(organicAuthor(0).name).toBe('Maria Keller');
		expect(campaignAccount(0).handle).toMatch(/^[A-Z][a-z]+[A-Z][a-z]+\d*$/);
	});
});
