import type { TemplateEdge } from './templates';
import type { KeyCounter } from './frequency';

/**
 * Keeps the template pairs that matched through at least one specific run: a run whose matched
 * sentences (over all stories) are at least `minShare` of the sentences in the corpus that contain
 * it, on at most `maxStories` stories. A campaign's shared opening is mostly used by the campaign,
 * on the stories it targets; a stock phrase ("at the end of the day", "it's hard to see how") is
 * used on every story, and two comments sharing it prove nothing.
 * `df` counts the sentences containing a run, `storyDf` the stories.
 */
export function specificTemplateEdges(
	edges: TemplateEdge[],
	matched: Map<number, number>,
	df: KeyCounter,
	storyDf: KeyCounter,
	opts: { minShare: number; maxStories: number }
): TemplateEdge[] {
	const specific = new Map<number, boolean>();
	const isSpecific = (g: number) => {
		let s = specific.get(g);
		if (s === undefined) {
			const m = matched.get(g) ?? 0;
			s = m >= 2 && m >= opts.minShare * df.count(g) && storyDf.count(g) <= opts.maxStories;
			specific.set(g, s);
		}
		return s;
	};
	return edges.filter((e) => e.grams.some(isSpecific));
}
