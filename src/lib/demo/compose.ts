import type { Rng } from './prng';
import { expand, expandRaw, Alt, SlotRef, type Phrase, type Slots } from './phrase';
import { compiled, type Relation, type CompiledLang } from './compiled';
import { GENERIC_SLOTS } from './vocab';
import { EMOJI, SECTION_EMOJI } from './emoji';
import type { ArticlePlan } from './articles';
import type { Lang } from './sections';

// Writes the text of one organic comment from its intended stance and mood. A comment is a few
// sentences drawn from different pools (claim, tone, argument, anecdote, question, closer), each
// expanded from a template with many slots, so organic comments rarely share more than a phrase.

export type Intent = 'favor' | 'against' | 'neutral' | 'none';
export type Mood = 'positive' | 'negative' | 'neutral' | 'mixed';

export interface ReplyTo {
	handle: string;
	relation: Relation;
}

const LENGTHS = { 1: 0.08, 2: 0.32, 3: 0.3, 4: 0.17, 5: 0.07, 7: 0.06 };

export class CommentComposer {
	private openNext = '';
	private parent = '';
	private readonly en: Slots;
	private readonly foreign = new Map<Lang, Slots>();

	constructor(private readonly article: ArticlePlan) {
		const s = article.section;
		const surnames = article.people.map((p) => p.split(' ').pop()!);
		const base: Slots = {
			...GENERIC_SLOTS,
			OPEN: () => {
				const o = this.openNext;
				this.openNext = '';
				return o;
			},
			PARENT: () => this.parent,
			P: (r) => (r.chance(0.55) ? r.pick(surnames) : r.pick(s.surnames)),
			AUTHOR: (r) => (r.chance(0.5) ? article.author : article.author.split(' ').pop()!)
		};
		this.en = {
			...base,
			PL: (r) => (r.chance(0.4) ? article.place : r.pick(s.spec.places)),
			G: (r) => r.pick(s.spec.groups),
			X: (r) => r.pick(s.spec.things),
			T: (r) => expandRaw(r.pick(s.refs), r, this.en),
			FOR: (r) => expandRaw(r.pick(s.favor), r, this.en) + this.tail(r),
			AGAINST: (r) => expandRaw(r.pick(s.against), r, this.en) + this.tail(r),
			CLAIM: (r) => expandRaw(r.pick(compiled().en.claims), r, this.en)
		};
		for (const lang of Object.keys(compiled().langs) as Lang[]) {
			const phrases = compiled().langs[lang];
			const places = s.namedPlaces.length ? s.namedPlaces : ['la ciudad'];
			this.foreign.set(lang, {
				...base,
				P: (r) => r.pick(surnames),
				PL: (r) => r.pick(places),
				G: (r) => r.pick(phrases.groups),
				HOME: (r) => r.pick(phrases.home),
				T: () => s.spec.translations[lang]
			});
		}
	}

	private tail(rng: Rng): string {
		return rng.chance(0.6) ? expandRaw(rng.pick(compiled().en.tails), rng, this.en) : '';
	}

	english(rng: Rng, intent: Intent, mood: Mood, reply?: ReplyTo): string {
		const en = compiled().en;
		const slots = this.en;
		// Off-topic remarks are generic, so they always come with a second sentence.
		const target = Math.max(intent === 'none' ? 2 : 1, Number(rng.weighted(LENGTHS)));
		const parts: string[] = [];
		this.parent = reply?.handle ?? '';
		const claimPool = intent === 'favor' ? en.favor : intent === 'against' ? en.against : intent === 'neutral' ? en.neutral : en.offTopic;
		let replyLead = false;
		if (reply && rng.chance(0.4)) {
			this.openNext = expandRaw(rng.pick(en.replyLeads[reply.relation]), rng, slots);
			replyLead = true;
		} else {
			if (reply && rng.chance(0.45)) parts.push(expand(rng.pick(en.replySentences[reply.relation]), rng, slots));
			this.openNext = rng.chance(0.3) ? expandRaw(rng.pick(en.openers), rng, slots) : '';
		}
		// A one-sentence comment is a claim that carries its own argument, never a bare stock phrase.
		const rich = target === 1 && intent !== 'none' ? richClaims(claimPool) : claimPool;
		const claim = expand(rng.pick(rich), rng, slots);
		this.openNext = '';
		const tonePool = mood === 'positive' ? en.positive : mood === 'negative' ? en.negative : mood === 'mixed' ? en.mixed : rng.chance(0.4) ? en.note : null;
		const tone = tonePool ? expand(rng.pick(tonePool), rng, slots) : null;
		if (tone && !replyLead && rng.chance(0.35)) parts.push(tone, claim);
		else parts.push(claim, ...(tone ? [tone] : []));
		while (parts.length < target) parts.push(this.extra(rng, intent, claimPool));
		if (rng.chance(0.1)) parts.push(expand(rng.pick(en.closers), rng, slots));
		return this.finish(rng, parts, mood, 'en');
	}

	private extra(rng: Rng, intent: Intent, claimPool: Phrase[]): string {
		const en = compiled().en;
		const s = this.article.section;
		const r = rng.next();
		if (intent === 'none') {
			if (r < 0.4) return expand(rng.pick(en.offTopic), rng, this.en);
			if (r < 0.7) return expand(rng.pick(en.personal), rng, this.en);
			return expand(rng.pick(en.note), rng, this.en);
		}
		if (r < 0.32) {
			const side = intent === 'favor' ? s.favor : intent === 'against' ? s.against : rng.chance(0.5) ? s.favor : s.against;
			return expand(rng.pick(side), rng, this.en) + this.tail(rng) + rng.pick(['.', '.', '.', '!', '...']);
		}
		if (r < 0.5) return expand(rng.pick(en.personal), rng, this.en);
		if (r < 0.66) return expand(rng.pick(en.questions), rng, this.en);
		if (r < 0.84) return expand(rng.pick(claimPool), rng, this.en);
		return expand(rng.pick(en.note), rng, this.en);
	}

	foreignText(rng: Rng, lang: Lang, intent: Intent, mood: Mood): string {
		const p: CompiledLang = compiled().langs[lang];
		const slots = this.foreign.get(lang)!;
		const pool = intent === 'favor' ? p.favor : intent === 'against' ? p.against : intent === 'neutral' ? p.neutral : p.offTopic;
		this.openNext = rng.chance(0.45) ? expandRaw(rng.pick(p.openers), rng, slots) : '';
		const parts = [expand(rng.pick(pool), rng, slots)];
		this.openNext = '';
		if (mood === 'positive' || mood === 'mixed') parts.push(expand(rng.pick(p.positive), rng, slots));
		if (mood === 'negative' || mood === 'mixed') parts.push(expand(rng.pick(p.negative), rng, slots));
		// A personal line (places, years, money) keeps short foreign-language comments distinct.
		parts.splice(rng.int(parts.length + 1), 0, expand(rng.pick(p.personal), rng, slots));
		if (rng.chance(0.3)) parts.push(expand(rng.pick(pool), rng, slots));
		if (rng.chance(0.25)) parts.push(expand(rng.pick(p.closers), rng, slots));
		return this.finish(rng, parts, mood, lang);
	}

	spam(rng: Rng): string {
		return expand(rng.pick(compiled().en.spam), rng, this.en);
	}

	/** Shouting, "!!!", casual lower case, emoji and paragraphs: the surface of real comments. */
	private finish(rng: Rng, parts: string[], mood: Mood, lang: 'en' | Lang): string {
		if (mood === 'negative' && rng.chance(0.12)) {
			const i = rng.int(parts.length);
			parts[i] = parts[i].toUpperCase();
		}
		if ((mood === 'negative' || mood === 'positive') && rng.chance(0.12)) {
			const i = rng.int(parts.length);
			if (/[.!]$/.test(parts[i])) parts[i] = parts[i].replace(/[.!]+$/, rng.pick(['!', '!!', '!!!', '!!!!']));
		}
		const emojiAt = rng.chance(mood === 'positive' ? 0.24 : 0.16) ? (rng.chance(0.25) ? 0 : parts.length - 1) : -1;
		if (emojiAt >= 0) parts[emojiAt] += (rng.chance(0.75) ? ' ' : '') + this.emoji(rng, mood);
		let text = parts.length >= 5 && rng.chance(0.5) ? paragraphs(rng, parts) : parts.join(' ');
		// An optional part left empty before punctuation ("not good !"); French spacing is kept.
		if (lang === 'en' && / [.!?,]/.test(text)) text = text.replace(/ +([.!?,])/g, '$1');
		if (lang === 'en' && rng.chance(0.035)) text = text.toLowerCase().replace(/\.$/, '');
		return text;
	}

	private emoji(rng: Rng, mood: Mood): string {
		const r = rng.next();
		const pool: readonly string[] =
			r < 0.25
				? SECTION_EMOJI[this.article.section.spec.slug]
				: r < 0.33
					? EMOJI.laugh
					: r < 0.41
						? EMOJI.peace
						: r < 0.46
							? EMOJI.people
							: mood === 'positive'
								? EMOJI.positive
								: mood === 'negative'
									? EMOJI.negative
									: EMOJI.thinking;
		const first = rng.pick(pool);
		const k = rng.next();
		if (k < 0.7) return first;
		if (k < 0.88) return first + rng.pick(mood === 'negative' ? EMOJI.negative : EMOJI.positive);
		return first.repeat(rng.range(2, 3));
	}
}

const richCache = new Map<Phrase[], Phrase[]>();
/** Claims with an argument slot inside: enough variety to stand alone. */
function richClaims(pool: Phrase[]): Phrase[] {
	let rich = richCache.get(pool);
	if (!rich) {
		rich = pool.filter((p) => hasSlot(p, ['FOR', 'AGAINST']));
		if (!rich.length) rich = pool;
		richCache.set(pool, rich);
	}
	return rich;
}

function hasSlot(p: Phrase, names: string[]): boolean {
	return p.some((n) => (n instanceof SlotRef ? names.includes(n.name) : n instanceof Alt ? n.options.some((o) => hasSlot(o, names)) : false));
}

function paragraphs(rng: Rng, parts: string[]): string {
	const cut = rng.range(2, parts.length - 2);
	return parts.slice(0, cut).join(' ') + '\n\n' + parts.slice(cut).join(' ');
}
