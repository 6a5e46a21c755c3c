import { Rng } from './prng';
import { compile, expand, type Phrase } from './phrase';
import { allocate, type ArticlePlan } from './articles';
import { CAMPAIGN_SCRIPTS, type CampaignScript } from './campaign-scripts';
import { CORPUS_END, DAY, HOUR } from './time';

// Plans the planted copy-paste campaigns: which stories they hit, when, with how many fresh accounts.
// The plan is the ground truth that coordination precision and recall are measured against.

export interface CampaignStory {
	article: ArticlePlan;
	count: number;
	windowStart: number;
	windowEnd: number;
}

export interface CampaignPlan {
	id: string;
	script: CampaignScript;
	phrase: Phrase;
	prefixes: Phrase[];
	section: string;
	target: string;
	size: number;
	stories: CampaignStory[];
	/** Global index of this campaign's first account (accounts are numbered across campaigns). */
	firstAccount: number;
	accounts: number;
	/** Account (0-based within the campaign) of each copy, in posting order. */
	accountOf: number[];
}

/** Copies per campaign at the default 40,000 comments; scaled with the corpus, 30..300 each. */
const BASE_SIZES = [240, 150, 90, 45, 60];
const STORY_COUNTS = { 1: 0.5, 2: 0.3, 3: 0.2 };

export function campaignSizes(comments: number, count: number): number[] {
	if (comments < 100 || count === 0) return [];
	let sizes = BASE_SIZES.slice(0, count).map((b) => Math.min(300, Math.max(30, Math.round((b * comments) / 40000))));
	const cap = Math.floor(comments * 0.2);
	const sum = sizes.reduce((a, b) => a + b, 0);
	if (sum > cap) sizes = sizes.map((s) => Math.max(3, Math.floor((s * cap) / sum)));
	return sizes;
}

export function planCampaigns(seed: string, articles: ArticlePlan[], comments: number, count = 4): CampaignPlan[] {
	const rng = new Rng(`${seed}/campaigns`);
	const sizes = campaignSizes(comments, Math.min(count, BASE_SIZES.length));
	const scripts = rng.shuffle(CAMPAIGN_SCRIPTS);
	const plans: CampaignPlan[] = [];
	let firstAccount = 0;
	for (const script of scripts) {
		if (plans.length === sizes.length) break;
		// Stories old enough for the whole campaign window to fall inside the corpus.
		const candidates = articles.filter((a) => a.section.spec.slug === script.section && a.publishedAt < CORPUS_END - 2 * DAY);
		if (!candidates.length) continue;
		const size = sizes[plans.length];
		const want = Math.max(1, Math.min(Number(rng.weighted(STORY_COUNTS)), Math.floor(size / 10)));
		// One story, plus others on the same target published within a week of it.
		const first = rng.pick(candidates);
		const near = candidates.filter((a) => a !== first && Math.abs(a.publishedAt - first.publishedAt) <= 7 * DAY);
		const picked = [first, ...rng.shuffle(near).slice(0, want - 1)].sort((a, b) => a.index - b.index);
		const counts = allocate(size, picked.map((_, i) => picked.length - i + 1));
		const stories = picked.map((article, i) => {
			const windowStart = article.publishedAt + rng.range(1 * HOUR, 10 * HOUR);
			return { article, count: counts[i], windowStart, windowEnd: windowStart + rng.range(40 * 60, 3 * HOUR) };
		});
		// Fresh accounts appear with the first copies (so they are all "created" in the first window);
		// later copies reuse them, which is what overlapping accounts across stories look like.
		const accounts = Math.max(1, Math.ceil(size / 1.6));
		const order = Array.from({ length: size }, (_, m) => (m < accounts ? m : rng.int(accounts)));
		const spec = articles.find((a) => a.section.spec.slug === script.section)!.section.spec;
		plans.push({
			id: `campaign-${plans.length + 1}`,
			script,
			phrase: compile(script.text),
			prefixes: script.prefixes.map((p) => compile(p)),
			section: spec.name,
			target: spec.target,
			size,
			stories,
			firstAccount,
			accounts,
			accountOf: order
		});
		firstAccount += accounts;
	}
	return plans;
}

/** One copy of the campaign's script with the small edits copy-pasters make. */
export function campaignText(rng: Rng, plan: CampaignPlan): string {
	let text = expand(plan.phrase, rng, {});
	if (rng.chance(0.08)) {
		// Drop one middle sentence.
		const sentences = text.split(/(?<=[.!?]) /);
		if (sentences.length > 3) {
			sentences.splice(rng.range(1, sentences.length - 2), 1);
			text = sentences.join(' ');
		}
	}
	if (rng.chance(0.12)) text = expand(rng.pick(plan.prefixes), rng, {}) + ' ' + text;
	if (rng.chance(0.08)) text = typo(rng, text);
	if (rng.chance(0.05)) text = text.toLowerCase();
	return text.trim();
}

/** Swaps two adjacent letters in one longer word: "sensible" -> "sensilbe". */
function typo(rng: Rng, text: string): string {
	const words = text.split(' ');
	const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[a-z]{6,}$/.test(w));
	if (!long.length) return text;
	const [w, i] = rng.pick(long);
	const k = rng.range(1, w.length - 3);
	words[i] = w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2);
	return words.join(' ');
}
