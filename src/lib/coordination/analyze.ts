import { tokenize } from './tokens';
import { NearDuplicateSketcher, type NearSketches } from './nearDuplicates';
import { storyTemplates, type StoryComment, type TemplateEdge } from './templates';
import type { DetectorOptions, StoryInput } from './detector';

// The per-story half of the pass, which needs nothing from other stories: tokens, near-duplicate
// sketches and template pairs. It is what worker threads run (one batch of stories at a time);
// everything that needs the whole corpus happens afterwards in CoordinationDetector.finish().

export interface StoryTemplateFindings {
	edges: TemplateEdge[];
	/** [run hash, matched sentences] */
	matched: [number, number][];
	grams: Uint32Array;
	storyGrams: Uint32Array;
}

export interface BatchAnalysis {
	/** Index of the batch's first comment in the whole pass. */
	base: number;
	count: number;
	near: NearSketches;
	stories: StoryTemplateFindings[];
}

export class BatchAnalyzer {
	private sketcher: NearDuplicateSketcher;
	private wordSeed: number;

	constructor(private readonly opts: DetectorOptions) {
		this.sketcher = new NearDuplicateSketcher(opts.nearDuplicate);
		this.wordSeed = opts.nearDuplicate.seed ^ 0x776f7264;
	}

	/** Comments are numbered from `base` in the order given (stories in order, comments in order). */
	analyze(stories: StoryInput[], base: number): BatchAnalysis {
		let index = base;
		const findings: StoryTemplateFindings[] = [];
		for (const story of stories) {
			const texts: StoryComment[] = [];
			for (const c of story.comments) {
				const tokens = tokenize(c.text, this.wordSeed);
				this.sketcher.add(index, tokens.hashes);
				texts.push({ index, author: c.author ?? -1, time: c.time, fresh: c.fresh ?? true, tokens });
				index++;
			}
			const t = storyTemplates(texts, this.opts.template);
			findings.push({ edges: t.edges, matched: [...t.matched], grams: t.grams, storyGrams: t.storyGrams });
		}
		return { base, count: index - base, near: this.sketcher.take(), stories: findings };
	}
}

/** The typed arrays of an analysis, to transfer (not copy) from a worker. */
export function transferables(a: BatchAnalysis): ArrayBuffer[] {
	const out = [a.near.ids, a.near.offsets, a.near.pool, a.near.keys, ...a.stories.flatMap((s) => [s.grams, s.storyGrams])].map((x) => x.buffer as ArrayBuffer);
	return [...new Set(out)];
}
