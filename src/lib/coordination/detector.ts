import { BatchAnalyzer, type BatchAnalysis } from './analyze';
import { NearDuplicateIndex, NEAR_DUPLICATE_DEFAULTS, type NearDuplicateOptions } from './nearDuplicates';
import { TEMPLATE_DEFAULTS, type TemplateOptions, type TemplateEdge } from './templates';
import { findBursts, BURST_DEFAULTS, type BurstOptions } from './bursts';
import { buildAgeProfile } from './ageProfile';
import { mergeGroups, type Cluster } from './clusters';
import { nearDuplicateGroups } from './nearDuplicateGroups';
import { templateGroups } from './templateGroups';
import { summarizeStories, type StorySummary, type StoryBurst } from './summary';

// The whole pass, pure: batches of stories go in (each story's comments together, stories and
// batches in a fixed order), results come out of finish(). The per-story half (analyze.ts) may
// run in worker threads; this class keeps what needs the whole corpus: the near-duplicate index,
// template pairs with their run counts, author histories and timelines for bursts.

export interface DetectorOptions {
	nearDuplicate: NearDuplicateOptions;
	template: TemplateOptions;
	burst: BurstOptions;
	/** Age profile horizon: past it, a story is compared with its own pace. */
	profileHorizonSeconds: number;
}

export const DETECTOR_DEFAULTS: DetectorOptions = {
	nearDuplicate: NEAR_DUPLICATE_DEFAULTS,
	template: TEMPLATE_DEFAULTS,
	burst: BURST_DEFAULTS,
	profileHorizonSeconds: 7 * 86400
};

export interface CommentInput {
	id: number;
	/** Author key, null when anonymous. */
	author: number | null;
	/** Unix seconds; NaN when the source had no time. */
	time: number;
	text: string;
	/**
	 * The account has no history elsewhere: anonymous, or all its comments in the corpus are on
	 * this story (see markFreshAuthors). Only such accounts lead template pairs; when unknown,
	 * every account may.
	 */
	fresh?: boolean;
}

export interface StoryInput {
	articleId: number;
	/** Unix seconds; NaN when unknown. */
	published: number;
	comments: CommentInput[];
}

export interface CoordinationResult {
	clusters: Cluster[];
	bursts: StoryBurst[];
	stories: StorySummary[];
	flagged: number;
	/** Comments examined; those long enough for the near-duplicate index. */
	comments: number;
	indexed: number;
}

export class CoordinationDetector {
	readonly opts: DetectorOptions;
	readonly near: NearDuplicateIndex;
	private ids: number[] = [];
	private times: number[] = [];
	private authors: number[] = [];
	private stories: { articleId: number; published: number; start: number; end: number }[] = [];
	private templateLinks: TemplateEdge[] = [];
	private sentenceGrams: Uint32Array[] = [];
	private storyGrams: Uint32Array[] = [];
	private templateMatched = new Map<number, number>();
	private firstSeen = new Map<number, number>();
	/** Per author, the one story they commented on, or -1 once they have commented on two. */
	private onlyStory = new Map<number, number>();
	private analyzer: BatchAnalyzer | null = null;

	constructor(opts: Partial<DetectorOptions> = {}) {
		this.opts = { ...DETECTOR_DEFAULTS, ...opts };
		this.near = new NearDuplicateIndex(this.opts.nearDuplicate);
	}

	get size(): number {
		return this.ids.length;
	}

	/** Adds stories in one go (the single-threaded path). */
	addStories(stories: StoryInput[]): void {
		this.analyzer ??= new BatchAnalyzer(this.opts);
		this.addAnalyzed(stories, this.analyzer.analyze(stories, this.ids.length));
	}

	addStory(story: StoryInput): void {
		this.addStories([story]);
	}

	/**
	 * Adds stories whose per-story analysis was done elsewhere (a worker). Batches must come in
	 * the order their comments were numbered; `stories` need ids, authors and times, not texts.
	 */
	addAnalyzed(stories: StoryInput[], analysis: BatchAnalysis): void {
		if (analysis.base !== this.ids.length) throw new Error(`coordination: batch numbered from ${analysis.base} arrived at ${this.ids.length}`);
		stories.forEach((story, k) => {
			const start = this.ids.length;
			for (const c of story.comments) {
				const author = c.author ?? -1;
				this.ids.push(c.id);
				this.times.push(c.time);
				this.authors.push(author);
				if (author < 0) continue;
				if (Number.isFinite(c.time)) {
					const seen = this.firstSeen.get(author);
					if (seen === undefined || c.time < seen) this.firstSeen.set(author, c.time);
				}
				const only = this.onlyStory.get(author);
				if (only === undefined) this.onlyStory.set(author, story.articleId);
				else if (only !== story.articleId) this.onlyStory.set(author, -1);
			}
			const found = analysis.stories[k];
			for (const e of found.edges) this.templateLinks.push(e);
			for (const [g, n] of found.matched) this.templateMatched.set(g, (this.templateMatched.get(g) ?? 0) + n);
			this.sentenceGrams.push(found.grams);
			this.storyGrams.push(found.storyGrams);
			this.stories.push({ articleId: story.articleId, published: story.published, start, end: this.ids.length });
		});
		this.near.addSketches(analysis.near);
	}

	finish(onBand?: (band: number, bands: number) => void): CoordinationResult {
		const threadSize = (i: number) => {
			const s = this.stories[this.storyIndex(i)];
			return s.end - s.start;
		};
		// Accounts with no history elsewhere: anonymous, or every comment of theirs on this story.
		const fresh = (i: number) => this.authors[i] < 0 || this.onlyStory.get(this.authors[i]) === this.storyOf(i);
		const groups = [
			...nearDuplicateGroups(this.near, this.opts.nearDuplicate, onBand),
			...templateGroups(
				{ edges: this.templateLinks, matched: this.templateMatched, sentenceGrams: this.sentenceGrams, storyGrams: this.storyGrams },
				this.opts.template,
				{ fresh, threadSize }
			)
		];
		const at = (i: number) => ({ id: this.ids[i], time: this.times[i], author: this.authors[i] });
		const clusters = mergeGroups(groups, at, (i) => this.storyOf(i));
		const bursts = this.findAllBursts();

		const stories = summarizeStories(this.stories.map((s) => ({ articleId: s.articleId, ids: this.ids.slice(s.start, s.end) })), clusters, bursts);
		return {
			clusters,
			bursts,
			stories,
			flagged: clusters.reduce((n, c) => n + c.members.length, 0),
			comments: this.ids.length,
			indexed: this.near.size
		};
	}

	private findAllBursts(): StoryBurst[] {
		const { burst, profileHorizonSeconds } = this.opts;
		const timelines = this.stories.map((s) => {
			const ids: number[] = [],
				times: number[] = [],
				authors: number[] = [];
			for (let i = s.start; i < s.end; i++) {
				if (!Number.isFinite(this.times[i])) continue;
				ids.push(i);
				times.push(this.times[i]);
				authors.push(this.authors[i]);
			}
			return { ids, times, authors, published: s.published };
		});
		const profile = buildAgeProfile(
			timelines.filter((tl) => tl.times.length).map((tl) => ages(tl.times, tl.published)),
			burst.windowSeconds,
			profileHorizonSeconds
		);
		const firstSeen = (a: number) => this.firstSeen.get(a) ?? NaN;
		const bursts: StoryBurst[] = [];
		timelines.forEach((tl, s) => {
			for (const b of findBursts(tl, profile, firstSeen, burst))
				bursts.push({ ...b, articleId: this.stories[s].articleId, members: b.members.map((i) => this.ids[i]), newMembers: b.newMembers.map((i) => this.ids[i]) });
		});
		return bursts;
	}

	private storyOf(i: number): number {
		return this.stories[this.storyIndex(i)].articleId;
	}

	/** Stories are contiguous ranges in arrival order: binary search. */
	private storyIndex(i: number): number {
		let lo = 0,
			hi = this.stories.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.stories[mid].start <= i) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}
}

/** Seconds since publication (or since the first comment when that is earlier or unknown). */
function ages(times: number[], published: number): number[] {
	let origin = Number.isFinite(published) ? published : Infinity;
	for (const t of times) if (t < origin) origin = t;
	return times.map((t) => t - origin);
}

/** Sets `fresh` on every comment of a corpus held in memory (the database path reads it in SQL). */
export function markFreshAuthors(stories: StoryInput[]): void {
	const only = new Map<number, number>();
	for (const s of stories)
		for (const c of s.comments) {
			if (c.author === null) continue;
			const o = only.get(c.author);
			if (o === undefined) only.set(c.author, s.articleId);
			else if (o !== s.articleId) only.set(c.author, -1);
		}
	for (const s of stories) for (const c of s.comments) c.fresh = c.author === null || only.get(c.author) === s.articleId;
}
