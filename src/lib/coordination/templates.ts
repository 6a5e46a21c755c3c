import { hashRun } from './hash';
import { lcsLength, lcsRuns } from './lcs';
import { UnionFind } from './unionFind';
import { verifyBucket } from './buckets';

// Shared templates: two comments on the same story, by different authors, whose opening (or
// closing) sentences share a run of at least `gram` words and agree on at least `threshold` of
// their words in order (LCS Dice). Paraphrased openings such as "This situation feels so tense
// and complicated, and it's hard to see any easy solutions" / "This situation feels so complex
// and tense, and it's hard to see a clear path to peace" pass (0.61); a mere shared stem such as
// "This situation feels like a complex chess game" does not (0.25).

export interface TemplateOptions {
	/** Sentences shorter than this are too generic to be a template. */
	minWords: number;
	/** Longest part of a sentence compared (first words of an opening, last of a closing). */
	maxWords: number;
	/** Length of the shared word run that makes two sentences candidates. */
	gram: number;
	/** Minimum LCS Dice of the two sentences. */
	threshold: number;
	/**
	 * A template must be specific: some run the pair shares must occur on at most this many
	 * stories. Stock phrases ("thanks for explaining the") recur everywhere and prove nothing.
	 */
	maxStories: number;
}

export const TEMPLATE_DEFAULTS: TemplateOptions = { minWords: 6, maxWords: 30, gram: 4, threshold: 0.5, maxStories: 3 };

export type TemplatePart = 'opening' | 'closing';

/** One comment of a story as the template detector needs it. */
export interface StoryComment {
	/** Caller's id for the comment; edges refer to it. */
	index: number;
	/** Author key; -1 when unknown (an unknown author never counts as the same author). */
	author: number;
	words: string[];
	wordHashes: Uint32Array;
	sentenceStarts: number[];
}

export interface TemplateEdge {
	a: number;
	b: number;
	similarity: number;
	part: TemplatePart;
	/** The words the two sentences share, in order, gaps shown as "…". */
	phrase: string;
	/** Hashes of the word runs (of `gram` words) both sentences contain: how specific the match is. */
	grams: number[];
}

export interface StoryTemplates {
	edges: TemplateEdge[];
	/** Every distinct run hash of the story's openings and closings, sorted, for corpus counts. */
	grams: Uint32Array;
}

const PART_SALT = [0x6f70656e, 0x636c6f73]; // "open", "clos"
const KEY_SPACE = 2 ** 53;

export function storyTemplates(story: StoryComment[], opts: TemplateOptions = TEMPLATE_DEFAULTS): StoryTemplates {
	// Entries are (comment, part, word range); a comment's two entries start in one set so a pair
	// already linked by its openings is not compared again on its closings.
	const entComment: number[] = [],
		entPart: number[] = [],
		entStart: number[] = [],
		entEnd: number[] = [];
	let grams = 0;
	story.forEach((c, ci) => {
		const n = c.words.length;
		const openEnd = Math.min(c.sentenceStarts.length > 1 ? c.sentenceStarts[1] : n, opts.maxWords);
		if (openEnd >= opts.minWords) add(ci, 0, 0, openEnd);
		if (c.sentenceStarts.length > 1) {
			const closeStart = Math.max(c.sentenceStarts[c.sentenceStarts.length - 1], n - opts.maxWords);
			if (n - closeStart >= opts.minWords) add(ci, 1, closeStart, n);
		}
	});
	function add(ci: number, part: number, start: number, end: number) {
		entComment.push(ci);
		entPart.push(part);
		entStart.push(start);
		entEnd.push(end);
		grams += Math.max(0, end - start - opts.gram + 1);
	}
	if (entComment.length < 1) return { edges: [], grams: new Uint32Array(0) };

	// Pack (gram hash, entry) into one float so a native numeric sort groups equal grams.
	const entryBits = Math.max(1, Math.ceil(Math.log2(entComment.length + 1)));
	const keyMod = Math.floor(KEY_SPACE / 2 ** entryBits);
	const slots = 2 ** entryBits;
	const packed = new Float64Array(grams);
	const full = new Uint32Array(grams);
	let g = 0;
	for (let e = 0; e < entComment.length; e++) {
		const h = story[entComment[e]].wordHashes;
		for (let i = entStart[e]; i + opts.gram <= entEnd[e]; i++) {
			full[g] = hashRun(h, i, i + opts.gram, PART_SALT[entPart[e]]);
			packed[g] = (full[g] % keyMod) * slots + e;
			g++;
		}
	}
	packed.sort();
	const gramsOf = (e: number): number[] => {
		const h = story[entComment[e]].wordHashes;
		const out: number[] = [];
		for (let i = entStart[e]; i + opts.gram <= entEnd[e]; i++) out.push(hashRun(h, i, i + opts.gram, PART_SALT[entPart[e]]));
		return out;
	};

	const uf = new UnionFind(entComment.length);
	const firstEntry = new Map<number, number>();
	for (let e = 0; e < entComment.length; e++) {
		const prior = firstEntry.get(entComment[e]);
		if (prior === undefined) firstEntry.set(entComment[e], e);
		else uf.union(prior, e);
	}
	const slice = (e: number) => story[entComment[e]].wordHashes.subarray(entStart[e], entEnd[e]);
	const verify = (x: number, y: number): number => {
		if (entPart[x] !== entPart[y]) return -1;
		const cx = story[entComment[x]],
			cy = story[entComment[y]];
		if (cx.author >= 0 && cx.author === cy.author) return -1;
		const lx = entEnd[x] - entStart[x],
			ly = entEnd[y] - entStart[y];
		if ((2 * Math.min(lx, ly)) / (lx + ly) < opts.threshold) return -1;
		const l = lcsLength(slice(x), slice(y));
		const dice = (2 * l) / (lx + ly);
		return l >= opts.gram && dice >= opts.threshold ? dice : -1;
	};
	const edges: TemplateEdge[] = [];
	const onEdge = (x: number, y: number, similarity: number) => {
		const runs = lcsRuns(slice(x), slice(y));
		const words = story[entComment[x]].words;
		// Single stray words matched out of place ("and", "the") read as noise in the evidence.
		const long = runs.filter(([s, e]) => e - s > 1);
		const phrase = (long.length ? long : runs).map(([s, e]) => words.slice(entStart[x] + s, entStart[x] + e).join(' ')).join(' … ');
		edges.push({
			a: story[entComment[x]].index,
			b: story[entComment[y]].index,
			similarity,
			part: entPart[x] === 0 ? 'opening' : 'closing',
			phrase,
			grams: sharedGrams(gramsOf(x), gramsOf(y))
		});
	};

	const members: number[] = [];
	for (let i = 0; i < packed.length; ) {
		const key = Math.floor(packed[i] / slots);
		let j = i;
		members.length = 0;
		while (j < packed.length && Math.floor(packed[j] / slots) === key) members.push(packed[j++] - key * slots);
		if (members.length > 1) verifyBucket(members, 0, members.length, uf, verify, onEdge);
		i = j;
	}
	full.sort();
	return { edges, grams: distinct(full) };
}

function sharedGrams(a: number[], b: number[]): number[] {
	const inB = new Set(b);
	return [...new Set(a)].filter((k) => inB.has(k));
}

function distinct(sorted: Uint32Array): Uint32Array {
	let w = 0;
	for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[w - 1]) sorted[w++] = sorted[i];
	return sorted.slice(0, w);
}
