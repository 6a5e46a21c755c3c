// The story view's queries against the fixture, checked against the oracle.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFilters } from '../../src/lib/filters';
import {
	storyExtremes, storyFlagged, storyReaction, storySplits, storySummary, storyThreads, storyTopEmoji, storyVsSection
} from '../../src/lib/server/db/queries';
import { medianVariant } from '../../src/lib/server/db/queries/story';
import type { ThreadNode } from '../../src/lib/api-types';
import { buildFixtureDb, type Fixture } from '../helpers/fixtureDb';
import { oracleSelect } from './oracle';

let fx: Fixture;
let story: number; // "Ceasefire talks resume in Geneva", World, 2026-03-02T08:00:00Z
beforeAll(() => {
	fx = buildFixtureDb();
	story = fx.articles[0].id;
});
afterAll(() => fx.close());

const F = (qs: string) => parseFilters(new URLSearchParams(qs));
const HOUR = 3_600_000;
const hoursSince = (t: string, pub: string) => Math.floor((Date.parse(t) - Date.parse(pub)) / HOUR);

describe('story summary and reaction', () => {
	it('counts the first 24 hours and compares with the section median', () => {
		const s = storySummary(fx.db, story, F(''))!;
		const pub = fx.articles[0].record.publishedAt!;
		const mine = oracleSelect(fx, F(`article=${story}`));
		expect(s.article).toEqual({ id: story, title: 'Ceasefire talks resume in Geneva', url: 'https://news.example/1', section: 'World', author: null, publishedAt: pub });
		expect(s.meta.n).toBe(mine.length);
		expect(s.first24h).toBe(mine.filter((c) => c.effectiveAt! >= pub && hoursSince(c.effectiveAt!, pub) < 24).length);
		expect(s.commenters).toBe(new Set(mine.map((c) => c.record.authorHandle).filter(Boolean)).size);
		expect(s.sectionArticles).toBe(3);
		const peers = fx.articles.filter((a) => a.record.section === 'World').map((a) => {
			const p = a.record.publishedAt!;
			return oracleSelect(fx, F(`article=${a.id}`)).filter((c) => c.effectiveAt! >= p && hoursSince(c.effectiveAt!, p) < 24).length;
		});
		expect(s.sectionMedian24h).toBe([...peers].sort((a, b) => a - b)[1]);
		expect(storySummary(fx.db, 99999, F(''))).toBeNull();
	});

	it('places comments by hours since publication, untimed ones at hour 0', () => {
		const r = storyReaction(fx.db, story, F(''))!;
		const pub = fx.articles[0].record.publishedAt!;
		const mine = oracleSelect(fx, F(`article=${story}`));
		expect(r.points).toHaveLength(48);
		for (const p of r.points) expect(p.n, `hour ${p.h}`).toBe(mine.filter((c) => c.effectiveAt! >= pub && hoursSince(c.effectiveAt!, pub) === p.h).length);
		expect(r.points[0].n).toBeGreaterThanOrEqual(mine.filter((c) => !c.record.createdAt).length);
		expect(r.before).toBe(mine.filter((c) => c.effectiveAt! < pub).length);
		expect(r.after).toBe(mine.filter((c) => c.effectiveAt! >= pub && hoursSince(c.effectiveAt!, pub) >= 48).length);
		expect(r.points.at(-1)!.cumulative + r.before + r.after).toBe(mine.length);
		expect(r.sectionMedian).toHaveLength(48);
		expect(r.medianFiltered).toBe(true);
		expect(storyReaction(fx.db, story, F('lang=en'))!.medianFiltered).toBe(false);
		const undated = storyReaction(fx.db, fx.articles[7].id, F(''))!;
		expect(undated.publishedAt).toBeNull();
		expect(undated.points.every((p) => p.n === 0)).toBe(true);
	});

	it('honours sentiment and flagged filters in the median, nothing else', () => {
		expect(medianVariant(F('sentiment=negative&flagged=exclude'))).toEqual({ sentiment: 'negative', flagged: 'exclude', filtered: true });
		expect(medianVariant(F('sentiment=negative&sentiment=positive'))).toEqual({ sentiment: '*', flagged: 'include', filtered: false });
		expect(medianVariant(F('q=x'))).toEqual({ sentiment: '*', flagged: 'include', filtered: false });
	});
});

describe('story splits, emoji and comparisons', () => {
	it('splits sentiment and stance, per target and language', () => {
		const s = storySplits(fx.db, story, F(''))!;
		const mine = oracleSelect(fx, F(`article=${story}`));
		const n = (pred: (c: (typeof mine)[number]) => boolean) => mine.filter(pred).length;
		expect(s.sentiment.negative).toBe(n((c) => c.analysis?.sentiment.label === 'negative'));
		expect(s.sentiment.untagged).toBe(n((c) => !c.analysis));
		expect(s.stance.against).toBe(n((c) => c.analysis?.stance.label === 'against'));
		expect(s.targets).toEqual([{ target: 'Ceasefire deal', n: n((c) => !!c.analysis), stance: { ...s.stance, untagged: 0 } }]);
		expect(s.languages.reduce((a, l) => a + l.n, 0)).toBe(mine.length);
	});

	it('ranks the story emoji by the comments using them', () => {
		const e = storyTopEmoji(fx.db, story, F(''))!;
		const mine = oracleSelect(fx, F(`article=${story}`));
		for (const row of e.emoji) {
			const using = mine.filter((c) => c.analysis?.emoji.some((x) => x.emoji === row.emoji));
			expect(row.comments).toBe(using.length);
			expect(row.uses).toBe(using.reduce((s, c) => s + c.analysis!.emoji.find((x) => x.emoji === row.emoji)!.count, 0));
		}
		expect(e.emoji.map((r) => r.comments)).toEqual([...e.emoji.map((r) => r.comments)].sort((a, b) => b - a));
		expect(e.emoji.find((r) => r.emoji === '🕊️')?.name).toBe('dove');
	});

	it('compares the story with the median story of its section', () => {
		const c = storyVsSection(fx.db, story)!;
		expect(c.section).toBe('World');
		expect(c.peers).toBe(3);
		expect(c.story.comments).toBe(oracleSelect(fx, F(`article=${story}`)).length);
		const totals = fx.articles.filter((a) => a.record.section === 'World').map((a) => oracleSelect(fx, F(`article=${a.id}`)).length).sort((a, b) => a - b);
		expect(c.median.comments).toBe(totals[1]);
	});
});

describe('story comments', () => {
	const walk = (n: ThreadNode, f: (n: ThreadNode) => void) => {
		f(n);
		n.replies.forEach((r) => walk(r, f));
	};

	it('returns the busiest threads as trees, marking the matching comments', () => {
		const t = storyThreads(fx.db, story, F('sentiment=negative'), { limit: 3 })!;
		const matching = new Set(oracleSelect(fx, F(`article=${story}&sentiment=negative`)).map((c) => c.id));
		expect(t.threads.length).toBeGreaterThan(0);
		expect(t.threads.map((x) => x.matching)).toEqual([...t.threads.map((x) => x.matching)].sort((a, b) => b - a));
		for (const thread of t.threads) {
			let nodes = 0;
			let matched = 0;
			walk(thread.root, (n) => {
				nodes++;
				if (n.match) matched++;
				expect(n.match).toBe(matching.has(n.id));
				for (const r of n.replies) expect(r.parentId).toBe(n.id);
			});
			expect(thread.root.depth).toBe(0);
			expect(matched).toBe(thread.matching);
			expect(nodes).toBe(thread.size);
			const stored = fx.comments.filter((c) => c.threadRootId === thread.root.id && c.record.type === 'comment');
			expect(thread.size).toBe(stored.length);
		}
	});

	it('hides the words of deleted and spam comments in a thread', () => {
		const all = storyThreads(fx.db, story, F(''), { limit: 20 })!;
		let hidden = 0;
		for (const th of all.threads) walk(th.root, (n) => {
			if (n.status === 'deleted' || n.status === 'spam') {
				expect(n.text).toBe('');
				hidden++;
			}
		});
		expect(hidden).toBeGreaterThan(0);
	});

	it('picks the most positive and negative comments with their evidence located', () => {
		const x = storyExtremes(fx.db, story, F(''), { limit: 4 })!;
		expect(x.positive).toHaveLength(4);
		expect(x.positive.map((c) => c.sentiment.score)).toEqual([...x.positive.map((c) => c.sentiment.score!)].sort((a, b) => b - a));
		expect(x.negative.every((c) => c.sentiment.label === 'negative')).toBe(true);
		const maxPos = Math.max(...oracleSelect(fx, F(`article=${story}&sentiment=positive`)).map((c) => c.analysis!.sentiment.score));
		expect(x.positive[0].sentiment.score).toBe(maxPos);
		for (const c of [...x.positive, ...x.negative])
			for (const e of c.evidence) expect(c.text.slice(e.start, e.end).toLowerCase()).toBe(e.token.toLowerCase());
	});

	it('groups flagged comments by cluster', () => {
		const fl = storyFlagged(fx.db, story, F(''))!;
		const mine = oracleSelect(fx, F(`article=${story}&flagged=only`));
		expect(fl.flagged).toBe(mine.length);
		for (const cl of fl.clusters) {
			expect(cl.sharedPhrase).toBe('This situation feels so complex and tense');
			expect(cl.size).toBe(6);
			expect(cl.comments.map((c) => c.id).sort()).toEqual(mine.filter((c) => c.clusterId === cl.clusterId).map((c) => c.id).sort());
		}
		expect(storyFlagged(fx.db, story, F('flagged=exclude'))!.clusters).toEqual([]);
	});
});
