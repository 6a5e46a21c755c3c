import { hashKey, Rng } from './prng';
import { planArticles, allocate, type ArticlePlan } from './articles';
import { planCampaigns, type CampaignPlan } from './campaigns';
import { articleComments, type CampaignDrop } from './thread';
import { isoSeconds } from './time';
import { compiled } from './compiled';
import type { IngestItem } from '../types';

// The demo corpus as a lazy stream of IngestItems: each article, then its comments in time order.
// Only plans (200 articles, a few campaigns) and bitmaps of authors used are held in memory, so a
// million comments stream in constant space. Same options -> byte-identical records.

export const DEMO_GENERATOR_VERSION = 'demo-1';
export const DEFAULT_COMMENTS = 40_000;
export const DEFAULT_ARTICLES = 200;
export const DEFAULT_SEED = '2026';

export interface DemoOptions {
	comments?: number;
	seed?: string;
	articles?: number;
	campaigns?: number;
}

export interface CampaignTruth {
	id: string;
	kind: 'copy-paste';
	section: string;
	target: string;
	stance: 'favor' | 'against';
	size: number;
	accounts: number;
	articles: string[];
	windowStart: string;
	windowEnd: string;
	/** Each planted copy: its article and comment external ids and account. */
	members: { article: string; comment: string; author: string }[];
}

export interface DemoSummary {
	seed: string;
	articles: number;
	comments: number;
	authors: number;
	campaigns: number;
	campaignComments: number;
	byStatus: Record<string, number>;
	/** Comments per language the generator wrote them in (en, es, de, fr, pt, it). */
	byLanguage: Record<string, number>;
}

export class DemoCorpus {
	readonly seed: string;
	readonly comments: number;
	readonly articles: ArticlePlan[];
	readonly campaigns: CampaignPlan[];
	private readonly organicPerArticle: number[];
	private readonly pool: number;
	private readonly spamPool: number;
	private truth = new Map<string, CampaignTruth>();
	private generated: DemoSummary | null = null;

	constructor(options: DemoOptions = {}) {
		this.seed = options.seed ?? DEFAULT_SEED;
		this.comments = options.comments ?? DEFAULT_COMMENTS;
		if (!Number.isInteger(this.comments) || this.comments < 0) throw new Error(`demo: comments must be an integer >= 0, got ${options.comments}`);
		compiled();
		this.articles = planArticles(this.seed, options.articles ?? DEFAULT_ARTICLES);
		this.campaigns = planCampaigns(this.seed, this.articles, this.comments, options.campaigns ?? 4);
		const planted = this.campaigns.reduce((a, c) => a + c.size, 0);
		this.organicPerArticle = allocate(this.comments - planted, this.articles.map((a) => a.popularity));
		this.pool = Math.max(40, Math.round(this.comments * 0.18));
		this.spamPool = Math.max(5, Math.round(this.comments / 2500));
	}

	/** Every record, lazily. Iterate once per corpus object; summary() and truth() are complete afterwards. */
	*items(): Generator<IngestItem> {
		const usedAuthors = new Uint8Array(this.pool);
		const usedSpam = new Uint8Array(this.spamPool);
		const byStatus: Record<string, number> = {};
		const byLanguage: Record<string, number> = {};
		this.truth = new Map(this.campaigns.map((c) => [c.id, this.emptyTruth(c)]));
		let seq = 0;
		let authors = this.campaigns.reduce((a, c) => a + c.accounts, 0);
		const drops = this.campaignDrops();
		const env = {
			seed: this.seed,
			pool: this.pool,
			spamPool: this.spamPool,
			langSalt: hashKey(`${this.seed}/languages`)[0],
			nextId: () => `c${String(++seq).padStart(8, '0')}`,
			usedAuthor: (i: number) => {
				if (!usedAuthors[i]) authors++;
				usedAuthors[i] = 1;
			},
			wroteIn: (lang: string) => {
				byLanguage[lang] = (byLanguage[lang] ?? 0) + 1;
			},
			usedSpam: (i: number) => {
				if (!usedSpam[i]) authors++;
				usedSpam[i] = 1;
			},
			onCampaignCopy: (campaign: CampaignPlan, c: { articleExternalId: string; externalId: string; authorHandle?: string | null }) =>
				this.truth.get(campaign.id)!.members.push({ article: c.articleExternalId, comment: c.externalId, author: c.authorHandle! })
		};
		for (const article of this.articles) {
			yield { kind: 'article', article: article.record, at: `demo:${article.externalId}` };
			for (const comment of articleComments(article, this.organicPerArticle[article.index], drops.get(article.index) ?? [], env)) {
				byStatus[comment.status!] = (byStatus[comment.status!] ?? 0) + 1;
				yield { kind: 'comment', comment, at: `demo:${article.externalId}:${comment.externalId}` };
			}
		}
		this.generated = {
			seed: this.seed,
			articles: this.articles.length,
			comments: seq,
			authors,
			campaigns: this.campaigns.length,
			campaignComments: this.campaigns.reduce((a, c) => a + c.size, 0),
			byStatus,
			byLanguage
		};
	}

	/** Counts of what items() produced; throws if it has not been iterated to the end. */
	summary(): DemoSummary {
		if (!this.generated) throw new Error('demo: summary() before items() finished');
		return this.generated;
	}

	/** The planted campaigns and every copy of them: the coordination ground truth. */
	campaignTruth(): CampaignTruth[] {
		if (!this.generated) throw new Error('demo: campaignTruth() before items() finished');
		return [...this.truth.values()];
	}

	private emptyTruth(c: CampaignPlan): CampaignTruth {
		return {
			id: c.id,
			kind: 'copy-paste',
			section: c.section,
			target: c.target,
			stance: c.script.stance,
			size: c.size,
			accounts: c.accounts,
			articles: c.stories.map((s) => s.article.externalId),
			windowStart: isoSeconds(Math.min(...c.stories.map((s) => s.windowStart))),
			windowEnd: isoSeconds(Math.max(...c.stories.map((s) => s.windowEnd))),
			members: []
		};
	}

	/** Posting times of every campaign copy, grouped by the article they land on. */
	private campaignDrops(): Map<number, CampaignDrop[]> {
		const drops = new Map<number, CampaignDrop[]>();
		for (const campaign of this.campaigns) {
			const rng = new Rng(`${this.seed}/${campaign.id}/times`);
			let ordinal = 0;
			for (const story of campaign.stories) {
				const times = Array.from({ length: story.count }, () => rng.range(story.windowStart, story.windowEnd)).sort((a, b) => a - b);
				const ordinals = times.map(() => ordinal++);
				const list = drops.get(story.article.index) ?? [];
				list.push({ campaign, ordinals, times });
				drops.set(story.article.index, list);
			}
		}
		return drops;
	}
}
