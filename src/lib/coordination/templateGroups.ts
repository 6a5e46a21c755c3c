import type { TemplateEdge, TemplateOptions } from './templates';
import { KeyCounter } from './frequency';
import { componentsOf, type FinalGroup } from './clusters';

export interface TemplateFindings {
	edges: TemplateEdge[];
	/** Per run hash: sentences matched through it, over all stories. */
	matched: Map<number, number>;
	/** Per story: each sentence's distinct runs (concatenated), and the story's distinct runs. */
	sentenceGrams: Uint32Array[];
	storyGrams: Uint32Array[];
}

/**
 * Template clusters from the per-story pairs, over the whole corpus:
 * 1. a pair counts only through a specific run: one whose matched sentences are at least
 *    `minShare` of the sentences containing it, on at most `maxStories` stories. A campaign's
 *    opening is mostly the campaign's; a stock phrase ("at the end of the day", "it's hard to see
 *    how") is everyone's, and sharing it proves nothing;
 * 2. a group of two counts only in a thread of at most `pairMaxThread` comments (in busy threads
 *    chance repeats are expected);
 * 3. at least `minNewAccounts` of a group must be accounts with no history elsewhere.
 */
export function templateGroups(
	found: TemplateFindings,
	opts: TemplateOptions,
	corpus: { fresh: (index: number) => boolean; threadSize: (index: number) => number }
): FinalGroup[] {
	if (!found.edges.length) return [];
	const needed = found.edges.flatMap((e) => e.grams);
	const df = new KeyCounter(needed);
	for (const g of found.sentenceGrams) df.countAll(g);
	const stories = new KeyCounter(needed);
	for (const g of found.storyGrams) stories.countAll(g);
	const specific = new Map<number, boolean>();
	const isSpecific = (g: number) => {
		let s = specific.get(g);
		if (s === undefined) {
			const m = found.matched.get(g) ?? 0;
			specific.set(g, (s = m >= 2 && m >= opts.minShare * df.count(g) && stories.count(g) <= opts.maxStories));
		}
		return s;
	};
	return componentsOf(found.edges.filter((e) => e.grams.some(isSpecific)))
		.filter((g) => g.members.length > 2 || corpus.threadSize(g.members[0]) <= opts.pairMaxThread)
		.filter((g) => g.members.filter(corpus.fresh).length >= opts.minNewAccounts * g.members.length)
		.map((g) => ({ method: 'template', members: g.members, best: g.best, top: g.top, phrase: null, part: g.top.part }));
}
