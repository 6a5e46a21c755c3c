import { hashRun } from './hash';
import type { Tokens } from './tokens';
import { lcsLength } from './lcs';

// Shared templates, per story: two comments by different authors whose opening (or closing)
// sentences share a run of `gram` words and agree on at least `threshold` of their words in order
// (LCS Dice). Paraphrased openings such as "This situation feels so tense and complicated, and
// it's hard to see any easy solutions" / "This situation feels so complex and tense, and it's
// hard to see a clear path to peace" pass (0.59); a shared stem such as "This situation feels
// like a complex chess game" does not (0.25). Whether a shared run is a template or a stock phrase
// is decided over the whole corpus (templateGroups.ts), so this file also counts, per run, how
// many of the story's sentences matched another through it.

export interface TemplateOptions {
	/** Sentences shorter than this are too generic to be a template. */
	minWords: number;
	/** Longest part of a sentence compared (first words of an opening, last of a closing). */
	maxWords: number;
	/** Length of the shared word run that makes two sentences candidates. */
	gram: number;
	/** Minimum LCS Dice of the two sentences. */
	threshold: number;
	/** Minimum number of words the two sentences share in order. */
	minShared: number;
	/** A run is a template when matched sentences hold at least this share of its corpus uses... */
	minShare: number;
	/** ...and it occurs on at most this many stories; stock phrases occur everywhere. */
	maxStories: number;
	/** Sentences compared per bucket before the rest only try to join them. */
	maxLeaders: number;
	/**
	 * Two timed comments further apart than this are not a template pair: coordination is the
	 * same words from different accounts at about the same time. Untimed comments (a pasted page)
	 * are not held to it.
	 */
	maxGapSeconds: number;
	/**
	 * A template group is flagged only when at least this share of its comments come from accounts
	 * with no history elsewhere: every comment of theirs is on that story (or they are anonymous).
	 * People do repeat stock phrasing; single-purpose accounts repeating it together is what
	 * coordination looks like.
	 */
	minNewAccounts: number;
	/**
	 * Two accounts sharing an opening is enough only in a thread of at most this many comments;
	 * in busier threads chance repeats of stock phrasing are expected, so it takes three.
	 */
	pairMaxThread: number;
}

export const TEMPLATE_DEFAULTS: TemplateOptions = { minWords: 10, maxWords: 20, gram: 4, threshold: 0.5, minShared: 8, minShare: 0.5, maxStories: 5, maxLeaders: 12, maxGapSeconds: 600, minNewAccounts: 0.5, pairMaxThread: 50 };

export type TemplatePart = 'opening' | 'closing';

/** One comment of a story as the template detector needs it. */
export interface StoryComment {
	/** Caller's id for the comment; edges refer to it. */
	index: number;
	/** Author key; -1 when unknown (an unknown author never counts as the same author). */
	author: number;
	/** Unix seconds, NaN when unknown. */
	time: number;
	/** The account has no history elsewhere (all its comments are on this story, or it is anonymous). */
	fresh: boolean;
	tokens: Tokens;
}

export interface TemplateEdge {
	a: number;
	b: number;
	similarity: number;
	part: TemplatePart;
	/** The shared runs (hashes) through which the pair matched. */
	grams: number[];
}

export interface StoryTemplates {
	edges: TemplateEdge[];
	/** Per run hash: how many of the story's sentences matched another sentence through it. */
	matched: Map<number, number>;
	/** The distinct run hashes of every opening and closing, concatenated (corpus frequencies). */
	grams: Uint32Array;
	/** The story's distinct run hashes, sorted (in how many stories a run occurs). */
	storyGrams: Uint32Array;
}

const PART_SALT = [0x6f70656e, 0x636c6f73]; // "open", "clos"
const ENTRY_BITS = 21; // entries per pass; a run hash (32 bits) and an entry index share a float

interface Entry {
	comment: number;
	part: number;
	start: number;
	end: number;
}

/** The words compared for a part: the first sentence's first `maxWords`, or the last sentence's last. */
export function sentenceRange(t: Tokens, part: TemplatePart, maxWords: number): [number, number] {
	const n = t.hashes.length,
		starts = t.sentenceStarts;
	if (part === 'opening') return [0, Math.min(starts.length > 1 ? starts[1] : n, maxWords)];
	return [Math.max(starts[starts.length - 1], n - maxWords), n];
}

export function storyTemplates(story: StoryComment[], opts: TemplateOptions = TEMPLATE_DEFAULTS): StoryTemplates {
	const entries: Entry[] = [];
	story.forEach((c, ci) => {
		const open = sentenceRange(c.tokens, 'opening', opts.maxWords);
		if (open[1] - open[0] >= opts.minWords) entries.push({ comment: ci, part: 0, start: open[0], end: open[1] });
		if (c.tokens.sentenceStarts.length > 1) {
			const close = sentenceRange(c.tokens, 'closing', opts.maxWords);
			if (close[1] - close[0] >= opts.minWords) entries.push({ comment: ci, part: 1, start: close[0], end: close[1] });
		}
	});
	const out: StoryTemplates = { edges: [], matched: new Map(), grams: new Uint32Array(0), storyGrams: new Uint32Array(0) };
	const grams: Uint32Array[] = [];
	for (let from = 0; from < entries.length; from += 2 ** ENTRY_BITS)
		matchEntries(story, entries.slice(from, from + 2 ** ENTRY_BITS), opts, out, grams);
	let total = 0;
	for (const g of grams) total += g.length;
	out.grams = new Uint32Array(total);
	total = 0;
	for (const g of grams) {
		out.grams.set(g, total);
		total += g.length;
	}
	out.storyGrams = distinctSorted(out.grams.slice().sort()).slice();
	return out;
}

function matchEntries(story: StoryComment[], entries: Entry[], opts: TemplateOptions, out: StoryTemplates, allGrams: Uint32Array[]): void {
	const slots = 2 ** ENTRY_BITS;
	const gramsOf: Uint32Array[] = entries.map((e) => {
		const h = story[e.comment].tokens.hashes;
		const out = new Uint32Array(Math.max(0, e.end - e.start - opts.gram + 1));
		for (let i = e.start; i + opts.gram <= e.end; i++) out[i - e.start] = hashRun(h, i, i + opts.gram, PART_SALT[e.part]);
		return distinctSorted(out.sort());
	});
	for (const gs of gramsOf) allGrams.push(gs);
	// Only fresh accounts lead pairs, so only runs some fresh sentence has can pair anything.
	const freshRuns = new Set<number>();
	gramsOf.forEach((gs, e) => {
		if (story[entries[e].comment].fresh) for (let i = 0; i < gs.length; i++) freshRuns.add(gs[i]);
	});
	let total = 0;
	for (const gs of gramsOf) for (let i = 0; i < gs.length; i++) if (freshRuns.has(gs[i])) total++;
	// (run hash, entry) packed in one float so a native numeric sort groups equal runs
	const packed = new Float64Array(total);
	let k = 0;
	gramsOf.forEach((gs, e) => {
		for (let i = 0; i < gs.length; i++) if (freshRuns.has(gs[i])) packed[k++] = gs[i] * slots + e;
	});
	packed.sort();

	const slice = (e: Entry) => story[e.comment].tokens.hashes.subarray(e.start, e.end);
	const sortedWords: (Uint32Array | undefined)[] = [];
	const sorted = (e: number) => (sortedWords[e] ??= slice(entries[e]).slice().sort());
	const time = (e: number) => story[entries[e].comment].time;
	const verdicts = new Map<number, number>();
	const verify = (x: number, y: number): number => {
		const ex = entries[x],
			ey = entries[y];
		if (ex.part !== ey.part || ex.comment === ey.comment) return -1;
		const ax = story[ex.comment].author;
		if (ax >= 0 && ax === story[ey.comment].author) return -1;
		if (Math.abs(time(x) - time(y)) > opts.maxGapSeconds) return -1; // NaN compares false
		const key = x < y ? x * slots + y : y * slots + x;
		let v = verdicts.get(key);
		if (v === undefined) verdicts.set(key, (v = similarity(ex, ey, sorted(x), sorted(y), slice, opts)));
		return v;
	};
	const edges = new Map<number, TemplateEdge>();
	const members: number[] = [];
	for (let i = 0; i < packed.length; ) {
		const gram = Math.floor(packed[i] / slots);
		members.length = 0;
		while (i < packed.length && Math.floor(packed[i] / slots) === gram) members.push(packed[i++] - gram * slots);
		if (members.length < 2) continue;
		// Each member is checked against up to maxLeaders unmatched earlier members, in this bucket
		// alone, so the count of matched sentences per run does not depend on bucket order.
		// Leaders are the latest unmatched sentences of fresh accounts still within the time window of
		// the current one (members come in the story's time order): a template pair needs at least
		// one account with no history elsewhere, and a busy day does not crowd out the match.
		const leaders: number[] = [];
		const matched = new Set<number>();
		for (const x of members) {
			const tx = time(x);
			if (Number.isFinite(tx)) {
				let w = 0;
				for (const l of leaders) if (!(time(l) < tx - opts.maxGapSeconds)) leaders[w++] = l;
				leaders.length = w;
			}
			let linked = false;
			for (const l of leaders) {
				const s = verify(l, x);
				if (s < 0) continue;
				matched.add(l).add(x);
				const key = l < x ? l * slots + x : x * slots + l;
				let edge = edges.get(key);
				if (!edge) {
					const part = entries[l].part === 0 ? 'opening' : 'closing';
					edges.set(key, (edge = { a: story[entries[l].comment].index, b: story[entries[x].comment].index, similarity: s, part, grams: [] }));
				}
				edge.grams.push(gram);
				linked = true;
				break;
			}
			if (!linked && story[entries[x].comment].fresh) {
				leaders.push(x);
				if (leaders.length > opts.maxLeaders) leaders.shift();
			}
		}
		if (matched.size) out.matched.set(gram, (out.matched.get(gram) ?? 0) + matched.size);
	}
	for (const e of edges.values()) out.edges.push(e);
}

/** LCS Dice of two sentences (the cheap checks are done), or -1 when below the bar. */
function similarity(x: Entry, y: Entry, sx: Uint32Array, sy: Uint32Array, slice: (e: Entry) => Uint32Array, opts: TemplateOptions): number {
	const lx = x.end - x.start,
		ly = y.end - y.start;
	const need = Math.max(opts.gram, opts.minShared, (opts.threshold * (lx + ly)) / 2);
	// The words in common (as multisets) bound the common subsequence: reject without the DP.
	if (Math.min(lx, ly) < need || commonCount(sx, sy) < need) return -1;
	const l = lcsLength(slice(x), slice(y));
	return l >= need ? (2 * l) / (lx + ly) : -1;
}

/** Size of the multiset intersection of two sorted arrays. */
function commonCount(a: Uint32Array, b: Uint32Array): number {
	let i = 0,
		j = 0,
		n = 0;
	while (i < a.length && j < b.length) {
		if (a[i] === b[j]) {
			n++;
			i++;
			j++;
		} else if (a[i] < b[j]) i++;
		else j++;
	}
	return n;
}

function distinctSorted(a: Uint32Array): Uint32Array {
	let w = 0;
	for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[w - 1]) a[w++] = a[i];
	return a.subarray(0, w);
}
