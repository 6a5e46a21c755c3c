import { Rng } from './prng';
import { CommentComposer, type Intent, type Mood, type ReplyTo } from './compose';
import { campaignText, type CampaignPlan } from './campaigns';
import { organicAuthor, spamAccount, campaignAccount, pickAuthorIndex, authorLanguage, type Person } from './authors';
import { CORPUS_END, DAY, HOUR, isoSeconds } from './time';
import type { ArticlePlan } from './articles';
import type { CommentRecord } from '../types';

// One article's comment stream, in time order: a burst in the first hours after publication that
// decays over days (Lomax inter-arrival shape), reply threads up to depth 4, planted campaign copies
// merged in at their windows. Memory is a fixed ring of recent comments, whatever the thread size.

export const MAX_DEPTH = 4;
const RING = 128;

export interface CampaignDrop {
	campaign: CampaignPlan;
	/** Ordinal of each copy within its campaign, in the same order as `times`. */
	ordinals: number[];
	times: number[];
}

export interface ThreadEnv {
	seed: string;
	pool: number;
	spamPool: number;
	langSalt: number;
	nextId: () => string;
	usedAuthor: (i: number) => void;
	usedSpam: (i: number) => void;
	/** Language of each comment written (campaigns and spam are English). */
	wroteIn: (lang: string) => void;
	onCampaignCopy: (campaign: CampaignPlan, comment: CommentRecord) => void;
}

const MOODS: Record<Intent, Record<Mood, number>> = {
	favor: { positive: 0.35, negative: 0.22, mixed: 0.15, neutral: 0.28 },
	against: { positive: 0.08, negative: 0.5, mixed: 0.17, neutral: 0.25 },
	neutral: { positive: 0.12, negative: 0.13, mixed: 0.25, neutral: 0.5 },
	none: { positive: 0.25, negative: 0.25, mixed: 0.1, neutral: 0.4 }
};
const INTENTS: Intent[] = ['favor', 'against', 'neutral', 'none'];
const RELATIONS = { agree: 0.45, disagree: 0.4, neutral: 0.15 } as const;

export function* articleComments(article: ArticlePlan, organic: number, drops: CampaignDrop[], env: ThreadEnv): Generator<CommentRecord> {
	const rng = new Rng(`${env.seed}/comments/${article.index}`);
	const composer = new CommentComposer(article);
	const slant = Math.max(-0.25, Math.min(0.25, 0.14 * rng.normal()));
	const intents = { favor: 0.35 + slant, against: 0.35 - slant, neutral: 0.19, none: 0.11 };
	// Arrival times: Lomax(scale, shape), truncated at the corpus end, drawn as ascending order statistics.
	const scale = HOUR * (0.8 + 2.2 * rng.next());
	const shape = 1.2 + 0.8 * rng.next();
	const start = article.publishedAt + 90;
	const cap = Math.max(60, Math.min(CORPUS_END - 1 - start, 21 * DAY));
	const fCap = 1 - Math.pow(1 + cap / scale, -shape);
	let maxU = 1;
	let left = organic;
	const nextOrganicTime = () => {
		maxU *= Math.pow(1 - rng.next(), 1 / left);
		return start + Math.floor(scale * (Math.pow(1 - (1 - maxU) * fCap, -1 / shape) - 1));
	};
	const copies = drops.flatMap((d) => d.times.map((t, i) => ({ t, campaign: d.campaign, ordinal: d.ordinals[i] }))).sort((a, b) => a.t - b.t || a.ordinal - b.ordinal);
	let ci = 0;

	const ring = { id: new Array<string>(RING), depth: new Uint8Array(RING), author: new Array<string>(RING), intent: new Uint8Array(RING), time: new Float64Array(RING), n: 0 };
	const remember = (c: CommentRecord, depth: number, intent: Intent, t: number) => {
		const k = ring.n++ % RING;
		ring.id[k] = c.externalId;
		ring.depth[k] = depth;
		ring.author[k] = c.authorHandle!;
		ring.intent[k] = INTENTS.indexOf(intent);
		ring.time[k] = t;
	};
	/** A recent comment (or, less often, any remembered one) that may take a reply at time t. */
	const pickParent = (t: number): number => {
		const size = Math.min(ring.n, RING);
		for (let attempt = 0; attempt < 4 && size > 0; attempt++) {
			const back = rng.chance(0.6) ? rng.int(Math.min(10, size)) : rng.int(size);
			const k = (ring.n - 1 - back) % RING;
			if (ring.depth[k] < MAX_DEPTH && ring.time[k] < t) return k;
		}
		return -1;
	};
	let topLevel = 0;
	let nextOrganic = left > 0 ? nextOrganicTime() : Infinity;

	while (left > 0 || ci < copies.length) {
		if (ci < copies.length && copies[ci].t <= nextOrganic) {
			const { t, campaign, ordinal } = copies[ci++];
			const crng = new Rng(`${env.seed}/${campaign.id}/${ordinal}`);
			const who = campaignAccount(campaign.firstAccount + campaign.accountOf[ordinal]);
			const parent = crng.chance(0.12) ? pickParent(t) : -1;
			const c = record(article, env.nextId(), who, campaignText(crng, campaign), t, parent >= 0 ? ring.id[parent] : null, crng.range(0, 3), 'visible');
			env.onCampaignCopy(campaign, c);
			env.wroteIn('en');
			remember(c, parent >= 0 ? ring.depth[parent] + 1 : 0, campaign.script.stance, t);
			yield c;
			continue;
		}
		const t = nextOrganic;
		left--;
		nextOrganic = left > 0 ? nextOrganicTime() : Infinity;

		if (rng.chance(0.006)) {
			const i = rng.int(env.spamPool);
			env.usedSpam(i);
			env.wroteIn('en');
			yield record(article, env.nextId(), spamAccount(i), composer.spam(rng), t, null, 0, 'spam');
			continue;
		}
		const parent = ring.n > 0 && rng.chance(0.38) ? pickParent(t) : -1;
		let intent = rng.weighted(intents);
		let reply: ReplyTo | undefined;
		let authorIndex = pickAuthorIndex(rng, env.pool);
		if (parent >= 0) {
			const parentIntent = INTENTS[ring.intent[parent]];
			for (let k = 0; k < 3 && organicAuthor(authorIndex).handle === ring.author[parent]; k++) authorIndex = pickAuthorIndex(rng, env.pool);
			const relation = parentIntent === 'favor' || parentIntent === 'against' ? rng.weighted(RELATIONS) : 'neutral';
			if (relation === 'agree') intent = parentIntent;
			else if (relation === 'disagree') intent = parentIntent === 'favor' ? 'against' : 'favor';
			else if (parentIntent !== 'none') intent = rng.chance(0.6) ? 'neutral' : intent;
			reply = { handle: ring.author[parent], relation };
		}
		env.usedAuthor(authorIndex);
		const who = organicAuthor(authorIndex);
		const mood = rng.weighted(MOODS[intent]);
		const lang = authorLanguage(authorIndex, env.langSalt);
		env.wroteIn(lang);
		const text = lang === 'en' ? composer.english(rng, intent, mood, reply) : composer.foreignText(rng, lang, intent, mood);
		const r = rng.next();
		const status = r < 0.015 ? 'deleted' : r < 0.019 ? 'unapproved' : 'visible';
		const likes = Math.floor(-Math.log(1 - rng.next()) * (parent >= 0 ? 1.5 : 2 + 14 * Math.exp(-topLevel / 40)));
		if (parent < 0) topLevel++;
		const c = record(article, env.nextId(), who, text, t, parent >= 0 ? ring.id[parent] : null, likes, status);
		remember(c, parent >= 0 ? ring.depth[parent] + 1 : 0, intent, t);
		yield c;
	}
}

function record(
	article: ArticlePlan,
	externalId: string,
	who: Person,
	text: string,
	t: number,
	parentExternalId: string | null,
	score: number,
	status: 'visible' | 'deleted' | 'spam' | 'unapproved'
): CommentRecord {
	return {
		articleExternalId: article.externalId,
		externalId,
		parentExternalId,
		authorHandle: who.handle,
		authorName: who.name,
		text,
		createdAt: isoSeconds(t),
		score,
		status,
		type: 'comment'
	};
}
