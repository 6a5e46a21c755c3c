// The records and tags of the fixture corpus, generated from a seed with no I/O (see fixtureDb.ts).
import type { Analysis, ArticleRecord, CommentRecord, SentimentEvidence, StanceLabel } from '../../src/lib/types';
import { mulberry32 } from '../../src/lib/mulberry32';

export interface FixtureArticle {
	/** Database id, filled after writing. */
	id: number;
	record: ArticleRecord;
	topics: string[];
	target: string | null;
}

export interface FixtureComment {
	id: number;
	articleId: number;
	parentId: number | null;
	threadRootId: number | null;
	depth: number;
	effectiveAt: string | null;
	clusterId: number | null;
	record: CommentRecord & { status: NonNullable<CommentRecord['status']>; type: NonNullable<CommentRecord['type']> };
	/** null = left untagged, as if `murmur tag` had not reached it. */
	analysis: Analysis | null;
}

const ARTICLES: [string, string | null, string | null, string[], string | null, number][] = [
	['Ceasefire talks resume in Geneva', 'World', '2026-03-02T08:00:00Z', ['Ceasefire', 'Geneva'], 'Ceasefire deal', 0.2],
	['Sanctions package agreed', 'World', '2026-03-10T12:00:00Z', ['Sanctions', 'Ceasefire'], 'Ceasefire deal', 0.12],
	['Envoy meets president for 4.5 hours', 'World', '2026-04-01T18:30:00Z', ['Ceasefire', 'Kremlin'], 'Ceasefire deal', 0.18],
	['Budget vote delayed', 'Politics', '2026-03-05T09:00:00Z', ['Budget'], 'Budget', 0.1],
	['Minister resigns over "leak"', 'Politics', '2026-03-20T07:15:00Z', ['Budget', 'Minister'], 'Budget', 0.12],
	['Coalition talks: what we know', 'Politics', '2026-04-15T16:00:00Z', ['Coalition'], null, 0.08],
	['Cup final ends in penalties', 'Sport', '2026-04-20T21:00:00Z', ['Cup final'], null, 0.12],
	['Reader letters', null, null, ['Letters'], null, 0.08]
];

const AUTHORS = ['alice', 'bob', "o'brien", 'Łukasz', 'مريم', 'zoe', 'kenji', 'ana_m', 'rich', 'tomás', 'lee', 'priya',
	'max', 'nina', 'olu', 'sam', 'ivan', 'mei', 'karl', 'jo', 'raf', 'uma', 'vic', 'wen', 'xan'];
const POSITIVE = ['great', 'hopeful', 'good', 'excellent', 'wise'];
const NEGATIVE = ['terrible', 'awful', 'bad', 'disgraceful', 'shameful'];
const NEUTRAL = ['the', 'talks', 'today', 'report', 'people', 'says', 'vote', 'plan', 'week', 'news'];
const EMOJI: [string, string][] = [['👍', 'thumbs up'], ['😡', 'enraged face'], ['🕊️', 'dove'], ['🌍', 'globe showing Europe-Africa'], ['😂', 'face with tears of joy'], ['🤝', 'handshake']];
const HOSTILE = [
	`Robert'); DROP TABLE comments;--`, `<script>alert(1)</script>`, `"quoted" and ""double""`, `line1\nline2\r\nline3`,
	`שלום עולם مرحبا`, `=SUM(A1:A9)`, `NEAR(a b) OR * AND "`
];
const CLUSTERS = [
	{ phrase: 'This situation feels so complex and tense', articles: [0, 2], size: 6 },
	{ phrase: 'Copy paste campaign says the budget is a scam', articles: [4], size: 3 }
];

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19) + 'Z';

export function generateFixture(seed: number, total: number) {
	const rnd = mulberry32(seed);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
	const articles: FixtureArticle[] = ARTICLES.map(([title, section, publishedAt, topics, target], i) => ({
		id: 0,
		record: { externalId: `a${i + 1}`, url: `https://news.example/${i + 1}`, title, section, publishedAt, body: `Body of ${title}.` },
		topics,
		target
	}));
	const comments: FixtureComment[] = [];
	ARTICLES.forEach(([, , publishedAt, , , weight], ai) => {
		const count = Math.max(3, Math.round(total * weight));
		const pub = publishedAt ? Date.parse(publishedAt) : Date.parse('2026-04-01T00:00:00Z');
		const own: FixtureComment[] = [];
		for (let k = 0; k < count; k++) {
			const r = rnd();
			const hours = r < 0.02 ? -rnd() * 2 : r < 0.72 ? -Math.log(1 - rnd()) * 8 : 48 + rnd() * 350;
			const untimed = rnd() < (publishedAt ? 0.1 : 0.5);
			const status = pick(['visible', 'visible', 'visible', 'visible', 'visible', 'visible', 'visible', 'visible', 'visible', 'visible', 'visible', 'visible', 'visible', 'visible', 'visible', 'visible', 'visible', 'deleted', 'spam', 'unapproved'] as const);
			const parent = own.length && rnd() < 0.35 ? pick(own) : null;
			const c = makeComment(rnd, pick, articles[ai], `c${ai + 1}-${k + 1}`, untimed ? null : iso(pub + hours * 3_600_000), status, parent?.record.externalId ?? null, k);
			own.push(c);
		}
		comments.push(...own);
	});
	// Pingbacks and trackbacks: stored, never counted as reader comments.
	for (const [ai, type] of [[0, 'pingback'], [3, 'pingback'], [5, 'trackback']] as const) {
		const c = makeComment(rnd, pick, articles[ai], `${type}-${ai + 1}`, articles[ai].record.publishedAt!, 'visible', null, 999);
		c.record.type = type;
		c.record.text = `https://blog.example/${type} linked here`;
		comments.push(c);
	}
	const clusters = CLUSTERS.map((cl) => {
		const pool = comments.filter((c) => cl.articles.includes(Number(c.record.articleExternalId.slice(1)) - 1) && c.record.status === 'visible' && c.record.type === 'comment' && c.record.createdAt);
		const members: FixtureComment[] = [];
		while (members.length < cl.size) {
			const c = pick(pool);
			if (!members.includes(c)) members.push(c);
		}
		members.forEach((m, i) => {
			m.record.text = `${cl.phrase}${i % 2 ? '...' : '.'} Peace matters 🕊️`;
			if (m.analysis) {
				m.analysis.emoji = [{ emoji: '🕊️', name: 'dove', count: 1 }];
				m.analysis.sentiment.evidence = [];
			}
		});
		return { phrase: cl.phrase, members };
	});
	return { articles, comments, clusters };
}

function makeComment(
	rnd: () => number, pick: <T>(xs: readonly T[]) => T, article: FixtureArticle, externalId: string,
	createdAt: string | null, status: FixtureComment['record']['status'], parentExternalId: string | null, position: number
): FixtureComment {
	const lang = pick(['en', 'en', 'en', 'en', 'en', 'en', 'en', 'en', 'en', 'en', 'en', 'de', 'fr']);
	const score = Math.round((rnd() * 2 - 1) * 1000) / 1000;
	const label = lang !== 'en' ? 'unscored' : score > 0.05 ? 'positive' : score < -0.05 ? 'negative' : 'neutral';
	const words = Array.from({ length: 4 + Math.floor(rnd() * 8) }, () => pick(NEUTRAL));
	const cue = label === 'positive' ? pick(POSITIVE) : label === 'negative' ? pick(NEGATIVE) : null;
	if (cue) words.splice(Math.floor(rnd() * words.length), 0, cue);
	const topics = [...article.topics];
	if (rnd() < 0.2) {
		words.push('Putin');
		topics.push('Putin');
	}
	let text = words.join(' ');
	if (rnd() < 0.06) text += ' ' + pick(HOSTILE);
	const emoji: Analysis['emoji'] = [];
	if (rnd() < 0.25) {
		for (const [e, name] of [pick(EMOJI), pick(EMOJI)]) {
			if (emoji.some((x) => x.emoji === e)) continue;
			const count = 1 + Math.floor(rnd() * 3);
			emoji.push({ emoji: e, name, count });
			text += ' ' + e.repeat(count);
		}
	}
	const evidence: SentimentEvidence[] = [];
	if (cue) {
		const start = text.indexOf(cue);
		// Every third cue comes without offsets, as some taggers give them; the API must find them.
		evidence.push(rnd() < 0.33 ? { token: cue, weight: label === 'positive' ? 2 : -2 } : { token: cue, weight: label === 'positive' ? 2 : -2, start, end: start + cue.length });
	}
	const stanceLabel: StanceLabel = article.target ? pick(['favor', 'against', 'against', 'neutral', 'none'] as const) : 'none';
	const analysis: Analysis | null =
		rnd() < 0.08
			? null
			: {
					lang,
					sentiment: { score: lang === 'en' ? score : 0, label, evidence },
					emoji,
					stance: { target: article.target, label: stanceLabel, confidence: stanceLabel === 'none' ? 0 : 0.7, evidence: [] },
					topics
				};
	return {
		id: 0, articleId: 0, parentId: null, threadRootId: null, depth: 0, effectiveAt: null, clusterId: null,
		record: {
			articleExternalId: article.record.externalId, externalId, parentExternalId,
			authorHandle: rnd() < 0.03 ? null : pick(AUTHORS), text, createdAt, status, type: 'comment', position
		},
		analysis
	};
}
