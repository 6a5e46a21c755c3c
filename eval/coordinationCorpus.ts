// A seeded synthetic corpus with planted coordinated campaigns, for `npm run eval` and the
// coordination bench. Organic comments are built from shared stock phrases and story keywords so
// that unrelated comments do overlap (false-positive risk); campaigns are paraphrased copies of a
// message with small edits, posted by different (mostly new) accounts, often in a burst.
import type { StoryInput } from '../src/lib/coordination/detector';

export interface SyntheticCorpus {
	stories: StoryInput[];
	/** Comment id -> campaign number, for every planted comment. */
	truth: Map<number, number>;
	campaigns: { id: number; kind: 'copy' | 'template'; copies: number; stories: number }[];
	comments: number;
}

/** mulberry32: a tiny seeded generator; the corpus must be identical on every machine. */
export function rng(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (n: number) => Math.floor(next() * n);
	return { next, int, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)], chance: (p: number) => next() < p };
}
type Rand = ReturnType<typeof rng>;

const NOUNS = 'government plan deal vote budget policy council minister election tax rate school hospital road border treaty army market price wage union strike court law report study scheme project deadline region town city family worker farmer teacher driver nurse company bank fund debt loan contract agreement proposal decision talks summit committee inquiry scandal leader party campaign voter majority coalition energy bill rent housing transport train bus airport climate flood drought harvest crop river coast village mayor police judge jury evidence statement interview document figure number chart graph survey poll pension landlord tenant factory office shop pub bridge tunnel station library park clinic ward surgery charity church stadium club festival newspaper website app phone network cable pipeline reservoir'.split(' ');
const VERBS = 'fix break change delay cut raise block approve reject ignore explain protect support oppose question fund replace rebuild review cancel extend reduce double sell buy close open move hide share publish leak sign scrap rush test measure count blame thank trust doubt fear expect'.split(' ');
const ADJS = 'huge small serious strange obvious clever stupid fair unfair cheap expensive risky sensible bold weak strong late early new old local national quiet loud honest vague careful reckless generous mean modern outdated popular unpopular rushed overdue pointless useful'.split(' ');
const DETS = ['the', 'this', 'that', 'every', 'our', 'their', 'a', 'the whole', 'no'];
const AUX = ['will', 'should', "can't", 'might', 'is going to', 'has to', 'never will', 'could', 'ought to', 'would'];
const LINKS = ['because', 'while', 'unless', 'since', 'and yet', 'even though', 'so', 'but', 'until', 'after'];
const PEOPLE = ['my neighbour', 'my dad', 'my boss', 'a friend of mine', 'my sister', 'everyone at work', 'the guy next door', 'my teacher', 'half my street', 'my local MP'];
const STOCK_OPEN = ["i think", 'honestly,', 'to be fair,', "let's be honest,", 'in my opinion', 'at the end of the day', 'frankly,', 'i have to say', 'as usual,', 'once again', 'to be honest', "it's hard to see how", 'the thing is,', 'make no mistake,'];
const STOCK_CLOSE = ['only time will tell.', 'we will see.', 'what a mess.', 'just my two cents.', 'thanks for the article.', 'sad to see.', 'not surprised at all.', 'watch this space.', 'hope it works out.', 'time to move on.', 'rant over.', 'says it all really.'];
const SHORT = ['Well said.', 'This.', 'Agreed!', 'So true.', 'Exactly.', 'lol', 'Nonsense.', 'Thanks for sharing.', 'Great article!', 'Who cares?', 'Spot on.', 'Could not agree more.'];
const EMOJI = ['', '', '', ' 🙏', ' 🌍', ' 😂', ' 🤔', ' 🔥', ' 👍'];

function nounPhrase(r: Rand, keywords: string[]): string {
	if (r.chance(0.3)) return `the ${r.pick(keywords)}`;
	if (r.chance(0.1)) return r.pick(PEOPLE);
	return `${r.pick(DETS)} ${r.chance(0.5) ? r.pick(ADJS) + ' ' : ''}${r.pick(NOUNS)}${r.chance(0.2) ? ' of the ' + r.pick(NOUNS) : ''}`;
}

function clause(r: Rand, keywords: string[]): string {
	const subject = nounPhrase(r, keywords);
	switch (r.int(5)) {
		case 0: return `${subject} ${r.pick(AUX)} ${r.pick(VERBS)} ${nounPhrase(r, keywords)}`;
		case 1: return `${subject} is ${r.chance(0.3) ? 'not ' : ''}${r.chance(0.3) ? 'really ' : ''}${r.pick(ADJS)}`;
		case 2: return `${subject} ${r.pick(['wants', 'tried', 'failed', 'refused', 'promised', 'forgot'])} to ${r.pick(VERBS)} ${nounPhrase(r, keywords)}`;
		case 3: return `nobody ${r.pick(['asked', 'told', 'warned', 'consulted', 'believes'])} ${nounPhrase(r, keywords)}`;
		default: return `${r.pick(['i', 'we', 'people', 'they'])} ${r.pick(['doubt', 'expect', 'fear', 'hope', 'suspect'])} ${subject} ${r.pick(AUX)} ${r.pick(VERBS)} it`;
	}
}

function sentence(r: Rand, keywords: string[]): string {
	const first = clause(r, keywords);
	return r.chance(0.4) ? `${first} ${r.pick(LINKS)} ${clause(r, keywords)}` : first;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function organicText(r: Rand, keywords: string[]): string {
	if (r.chance(0.12)) return r.pick(SHORT);
	const parts: string[] = [];
	const count = 1 + r.int(4);
	for (let i = 0; i < count; i++) {
		let s = sentence(r, keywords);
		if (i === 0 && r.chance(0.35)) s = `${r.pick(STOCK_OPEN)} ${s}`;
		parts.push(cap(s) + r.pick(['.', '.', '!', '?']));
	}
	if (r.chance(0.25)) parts.push(cap(r.pick(STOCK_CLOSE)));
	return parts.join(' ') + r.pick(EMOJI);
}

const SYNONYMS: Record<string, string[]> = {
	government: ['administration', 'cabinet'], huge: ['massive', 'enormous'], serious: ['grave'], people: ['folks', 'citizens'],
	deal: ['agreement'], plan: ['scheme', 'proposal'], hard: ['difficult'], every: ['each'], nobody: ['no one'], stupid: ['foolish'],
	strange: ['odd', 'weird'], obvious: ['clear'], fair: ['reasonable'], risky: ['dangerous'], change: ['alter'], block: ['stop'],
	support: ['back'], oppose: ['fight'], explain: ['justify'], should: ['must', 'ought to'], will: ['would', 'is going to'],
	think: ['believe', 'feel'], tense: ['fraught', 'heated'], complicated: ['complex', 'messy'], peace: ['calm'], soon: ['quickly']
};
const FILLERS = ['really', 'just', 'very', 'truly', 'simply', 'actually'];

/** A copy with `edits` small changes: synonyms, a dropped or added word, a swap, punctuation. */
export function paraphrase(r: Rand, text: string, edits: number): string {
	let words = text.split(' ');
	for (let e = 0; e < edits; e++) {
		const i = r.int(words.length);
		const bare = words[i].toLowerCase().replace(/[^a-z']/g, '');
		switch (r.int(6)) {
			case 0:
			case 1:
				if (SYNONYMS[bare]) words[i] = words[i].toLowerCase().replace(bare, r.pick(SYNONYMS[bare]));
				else words.splice(i, 0, r.pick(FILLERS));
				break;
			case 2:
				if (words.length > 8) words.splice(i, 1);
				break;
			case 3:
				words.splice(i, 0, r.pick(FILLERS));
				break;
			case 4:
				if (i + 1 < words.length) [words[i], words[i + 1]] = [words[i + 1], words[i]];
				break;
			default:
				words[i] = words[i].replace(/[.!?]$/, r.pick(['!', '!!', '...', '.']));
		}
	}
	words = words.filter(Boolean);
	let out = words.join(' ');
	if (r.chance(0.3)) out = out.toLowerCase();
	if (r.chance(0.4)) out += r.pick(EMOJI.filter(Boolean));
	return out;
}

const NAME_A = ['Emerald', 'Stardust', 'Silver', 'Crimson', 'Velvet', 'Golden', 'Lunar', 'Misty', 'Amber', 'Coral'];
const NAME_B = ['Lullaby', 'Blossom', 'Willow', 'Harbor', 'Meadow', 'Echo', 'Breeze', 'Sparrow', 'Ember', 'Brook'];

export interface CorpusOptions {
	seed?: number;
	stories?: number;
	/** Approximate organic comments in total. */
	comments?: number;
	campaigns?: number;
}

/** Where a corpus's words come from: organic comments, campaign messages, template openings. */
interface TextSource {
	organic(r: Rand, story: number): string;
	message(r: Rand, story: number): string;
	opening(r: Rand, story: number): string;
}

/**
 * Organic threads (heavy-tailed story sizes, arrivals decaying after publication, Zipf-ish
 * authors) plus planted campaigns: every third a template campaign (one opening sentence, lightly
 * paraphrased, over varied bodies), the rest copy campaigns (one message, paraphrased with 1-3
 * edits, sometimes 4-6). Campaign accounts are mostly new; copies land in a burst on 1-4 stories.
 */
function buildCorpus(r: Rand, source: TextSource, opts: CorpusOptions): SyntheticCorpus {
	const storyCount = opts.stories ?? 200;
	const organic = opts.comments ?? 40_000;
	const campaignCount = opts.campaigns ?? 12;
	const organicAuthors = Math.max(50, Math.round(organic / 8));
	const start = Date.parse('2026-01-01T00:00:00Z') / 1000;
	const span = 180 * 86400;

	type Draft = { author: number; time: number; text: string; campaign: number };
	const drafts: Draft[][] = Array.from({ length: storyCount }, () => []);
	const published = Array.from({ length: storyCount }, (_, s) => start + Math.floor((span * s) / storyCount) + r.int(3600));
	const weights = published.map(() => Math.exp(r.next() * 3));
	const total = weights.reduce((a, b) => a + b, 0);
	published.forEach((p, i) => {
		const n = Math.round((organic * weights[i]) / total);
		const tau = 3600 * (0.5 + r.next() * 3);
		for (let c = 0; c < n; c++) {
			const age = r.chance(0.9) ? -Math.log(1 - r.next()) * tau : r.next() * 7 * 86400;
			const author = 1 + Math.floor(organicAuthors * r.next() ** 2);
			drafts[i].push({ author, time: Math.round(p + age), text: source.organic(r, i), campaign: 0 });
		}
	});

	const campaigns: SyntheticCorpus['campaigns'] = [];
	let nextAuthor = organicAuthors + 1;
	for (let k = 1; k <= campaignCount; k++) {
		const kind: 'copy' | 'template' = k % 3 === 0 ? 'template' : 'copy';
		const targets = Array.from({ length: 1 + r.int(kind === 'copy' ? 4 : 2) }, () => r.int(storyCount));
		const copies = 8 + r.int(45);
		const base = kind === 'copy' ? source.message(r, targets[0]) : source.opening(r, targets[0]);
		for (let c = 0; c < copies; c++) {
			const s = targets[c % targets.length];
			const burstAt = published[s] + 3600 * (1 + (k % 4) * 11) + (c % 7) * 60;
			const author = r.chance(0.8) ? nextAuthor++ : 1 + r.int(organicAuthors);
			const text =
				kind === 'copy'
					? paraphrase(r, base, r.chance(0.15) ? 4 + r.int(3) : 1 + r.int(3))
					: `${paraphrase(r, base, 1 + r.int(2))} ${source.organic(r, s)}`;
			drafts[s].push({ author, time: burstAt + r.int(40 * 60), text, campaign: k });
		}
		campaigns.push({ id: k, kind, copies, stories: new Set(targets).size });
	}

	const truth = new Map<number, number>();
	let id = 0;
	const stories: StoryInput[] = drafts.map((list, i) => ({
		articleId: i + 1,
		published: published[i],
		comments: list
			.sort((a, b) => a.time - b.time)
			.map((d) => {
				id++;
				if (d.campaign) truth.set(id, d.campaign);
				return { id, author: d.author, time: d.time, text: d.text };
			})
	}));
	return { stories, truth, campaigns, comments: id };
}

/** Organic text from a phrase grammar: stock openers and closers, topic words per section. */
export function syntheticCorpus(opts: CorpusOptions = {}): SyntheticCorpus {
	const r = rng(opts.seed ?? 7);
	const storyCount = opts.stories ?? 200;
	// Stories of a section share its topic words; each story adds a couple of its own.
	const sections = Array.from({ length: 12 }, () => Array.from({ length: 6 }, () => `${r.pick(NOUNS)} ${r.pick(NOUNS)}`));
	const keywords = Array.from({ length: storyCount }, (_, s) => [...sections[s % sections.length], ...Array.from({ length: 2 }, () => `${r.pick(ADJS)} ${r.pick(NOUNS)}`)]);
	return buildCorpus(
		r,
		{
			organic: (r, s) => organicText(r, keywords[s]),
			message: (r, s) => Array.from({ length: 2 + r.int(3) }, () => cap(sentence(r, keywords[s])) + '.').join(' '),
			opening: (r, s) =>
				cap(`${r.pick(['this situation feels so', 'it is clear that the', 'honestly the whole', 'as a mother of three'])} ${r.pick(ADJS)} and ${r.pick(ADJS)}, and ${clause(r, keywords[s])}.`)
		},
		opts
	);
}

/**
 * Organic text from real people: `texts` (tweets and review snippets) shuffled into threads, one
 * use each, exact repeats removed first. Campaign messages and template openings come from texts
 * held out of the organic pool, so they are real prose too.
 */
export function realTextCorpus(texts: string[], opts: CorpusOptions = {}): SyntheticCorpus {
	const r = rng(opts.seed ?? 7);
	// The sentiment sets hold deliberate variants of one text ("Sad." / "Super sad!"): keep one,
	// judged by its first and last five words, so the background has no copies of its own.
	const seen = new Set<string>();
	const unique = texts.filter((t) => {
		const words = t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
		if (!words.length) return false;
		const keys = ['<' + words.slice(0, 5).join(' '), '>' + words.slice(-5).join(' ')];
		if (keys.some((k) => seen.has(k))) return false;
		keys.forEach((k) => seen.add(k));
		return true;
	});
	for (let i = unique.length - 1; i > 0; i--) {
		const j = r.int(i + 1);
		[unique[i], unique[j]] = [unique[j], unique[i]];
	}
	const long = (t: string) => t.split(/\s+/).length >= 12;
	const held = unique.filter(long).slice(0, 200);
	const heldSet = new Set(held);
	const pool = unique.filter((t) => !heldSet.has(t));
	let next = 0,
		nextHeld = 0;
	const take = () => pool[next++ % pool.length]; // never wraps: see `comments` below
	const takeHeld = () => held[nextHeld++ % held.length];
	const firstSentence = (t: string) => t.split(/(?<=[.!?])\s+/)[0];
	return buildCorpus(
		r,
		{
			organic: () => take(),
			message: () => `${takeHeld()} ${takeHeld()}`,
			opening: () => {
				for (let i = 0; i < held.length; i++) {
					const s = firstSentence(takeHeld());
					if (s.split(/\s+/).length >= 10) return s;
				}
				return takeHeld();
			}
		},
		// leave room in the pool for template-campaign bodies, so no organic text is used twice
		{ comments: pool.length - 600, stories: Math.round(pool.length / 60), ...opts }
	);
}

/** Generated-looking handle for a synthetic author id (campaign accounts read like the page's). */
export function syntheticHandle(author: number): string {
	return `${NAME_A[author % NAME_A.length]}${NAME_B[Math.floor(author / NAME_A.length) % NAME_B.length]}${author}`;
}
