// Stance toward a target, which is not sentiment: "I'm thrilled they scrapped the carbon tax" is
// happy and against the tax. The scorer finds the target's mentions, then weighs
//  - stance cues ("support", "unacceptable", "not up for negotiation"), flipped when negated,
//  - acts done to the target: removing it ("scrap the tax") is against it unless the comment
//    regrets the removal; obstructing it ("stall the ceasefire") is for it when lamented,
//  - "no"/"not" right before the target ("No ceasefire until ..."),
//  - the sentiment of the sentences that name the target, at a lower weight.
// No mention and no strong cue: "none". A mention and no side: "neutral".
import type { Sentiment, Stance } from '../types';
import type { Token } from './tokenize';
import { PhraseMatcher, type TokenView } from './phrases';
import { findMentions, type StanceTarget } from './stanceMentions';
import { STANCE_CUES, REMOVAL_VERBS, OBSTRUCTION_VERBS, ANAPHORA } from './lexicons/stanceCues';

export type { StanceTarget };

const CUES = new PhraseMatcher<number>();
for (const [phrase, weight] of STANCE_CUES) CUES.add(phrase, weight);

const SIDE = 0.8;
const SENTIMENT_WEIGHT = 0.6;
const UNNAMED_CUE_WEIGHT = 0.8;
/** Words before a mention that refuse the target ("no ceasefire"), and what may stand between ("not a ceasefire"). */
const REFUSALS = new Set(['no', 'not', 'never', 'nothing']);
const BEFORE_REFUSED = new Set(['the', 'a', 'more', 'any']);
/** Words after which a removal verb still opens its clause ("just scrap it"). */
const OPENERS = new Set(['just', 'please', 'now', 'so', 'and']);
const round = (x: number) => Math.round(x * 1000) / 1000;

type Evidence = Stance['evidence'][number];

interface Sentences {
	/** Per token, the index of its sentence. (A plain array: a typed one costs ~1 µs to allocate.) */
	index: number[];
	question: boolean[];
	reporting: boolean[];
}

function sentencesOf(tokens: Token[]): Sentences {
	const index: number[] = new Array(tokens.length);
	const question: boolean[] = [false];
	const reporting: boolean[] = [false];
	let s = 0;
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		index[i] = s;
		if (t.kind === 'word' && t.info.reporting) reporting[s] = true;
		if (t.kind === 'punct' && ENDS_SENTENCE.has(t.norm[0])) {
			if (t.norm[0] === '?') question[s] = true;
			s++;
			question[s] = false;
			reporting[s] = false;
		}
	}
	return { index, question, reporting };
}
const ENDS_SENTENCE = new Set(['.', '!', '?', ';', '…']);

function negatedAt(tokens: Token[], from: number): Token | undefined {
	for (let k = from - 1; k >= 0 && k >= from - 3; k--) {
		const t = tokens[k];
		if (t.kind === 'punct') return undefined;
		if (t.kind === 'word' && t.info.negator) return t;
	}
	return undefined;
}

/** The running score and its evidence; cues weigh less outside the sentences that name the target. */
class Tally {
	score = 0;
	readonly evidence: Evidence[] = [];
	/** Sentences that name the target. */
	readonly named = new Set<number>();

	constructor(
		private text: string,
		private tokens: Token[],
		readonly sentences: Sentences,
		private mentioned: boolean
	) {}

	add(weight: number, from: number, to: number, effect: string): void {
		const s = this.sentences.index[from];
		let w = weight * (this.named.has(s) || !this.mentioned ? 1 : UNNAMED_CUE_WEIGHT);
		if (this.sentences.question[s] || this.sentences.reporting[s]) w *= 0.5;
		this.score += w;
		const start = this.tokens[from].start;
		const end = this.tokens[to - 1].end;
		this.evidence.push({ cue: this.text.slice(start, end), effect: `${effect} ${w > 0 ? '+' : ''}${round(w)}`, start, end });
	}
}

export function stanceToward(text: string, view: TokenView, target: StanceTarget | null, sentiment: Sentiment): Stance {
	if (!target) return { target: null, label: 'none', confidence: 0, evidence: [] };
	const { tokens, forms } = view;
	const mentions = findMentions(view, target);
	const cues = CUES.findAll(view);
	// Not about the target and no side taken: nothing below could change that.
	if (!mentions.length && !cues.length) return { target: target.name, label: 'none', confidence: 0.6, evidence: [] };
	const sentences = sentencesOf(tokens);
	const { index: sentenceOf, question, reporting } = sentences;
	const tally = new Tally(text, tokens, sentences, mentions.length > 0);
	const { named, evidence } = tally;
	for (const m of mentions) {
		named.add(sentenceOf[m.from]);
		const start = tokens[m.from].start;
		const end = tokens[m.to - 1].end;
		evidence.push({ cue: text.slice(start, end), effect: 'mentions target', start, end });
	}
	const judged = new Set<number>(); // sentences whose sentiment a removal/obstruction rule already used

	// Acts done to the target come first: their sentences are judged as a whole.
	const consumed = new Set<number>();
	for (const m of mentions) {
		const s = sentenceOf[m.from];
		const act = actOn(tokens, forms, m.from);
		if (act) {
			const [first, last] = sentenceBounds(sentenceOf, s);
			let weight: number;
			let effect: string;
			if (act.kind === 'absence') {
				const j = sentimentBetween(sentiment, tokens, m.to, last, act.at, m.to);
				weight = j > 0 ? -1.5 : 1.5;
				effect = 'absence of target judged';
			} else if (act.kind === 'obstruction') {
				const j = sentimentBetween(sentiment, tokens, first, last, act.at, m.to);
				weight = j < 0 ? 2 : j > 0 ? -2 : 0;
				effect = 'obstruction of target judged';
			} else if (act.imperative) {
				weight = -2;
				effect = 'against (call to remove target)';
			} else {
				const j = act.gerund ? sentimentBetween(sentiment, tokens, m.to, last, act.at, m.to) : sentimentBetween(sentiment, tokens, first, last, act.at, m.to);
				weight = j < 0 ? 2 : j > 0 ? -2 : -1;
				effect = j ? 'removal of target judged' : 'removal of target';
			}
			if (weight) tally.add(weight, act.at, m.to, effect);
			judged.add(s);
			for (let k = first; k < last; k++) consumed.add(k);
			continue;
		}
		const before = tokens[m.from - 1]?.kind === 'word' ? forms[m.from - 1] : '';
		const beforeDet = BEFORE_REFUSED.has(before) && tokens[m.from - 2]?.kind === 'word' ? forms[m.from - 2] : '';
		const refusal = REFUSALS.has(before) ? before : REFUSALS.has(beforeDet) ? beforeDet : undefined;
		if (refusal) tally.add(-2, m.from - (refusal === before ? 1 : 2), m.to, 'against (target refused)');
	}

	for (const m of cues) {
		if (consumed.has(m.from)) continue;
		const neg = negatedAt(tokens, m.from);
		if (neg) tally.add(-m.value, m.from, m.to, m.value > 0 ? 'against (negated favor cue)' : 'favor (negated against cue)');
		else tally.add(m.value, m.from, m.to, m.value > 0 ? 'favor' : 'against');
	}

	// The sentiment of sentences that name the target (or of the whole comment when only an anaphor points at it).
	const pointed = !mentions.length && Math.abs(tally.score) >= 2 && hasAnaphor(tokens, forms);
	if (named.size || pointed) {
		for (const e of sentiment.evidence) {
			if (e.start === undefined) continue;
			const k = tokenAt(tokens, e.start);
			if (k < 0) continue;
			const s = sentenceOf[k];
			if (judged.has(s) || !(named.has(s) || pointed) || e.modifiers?.includes('exclamation')) continue;
			let w = e.weight * SENTIMENT_WEIGHT;
			if (question[s] || reporting[s]) w *= 0.3;
			tally.score += w;
			evidence.push({ cue: e.token, effect: `sentiment ${w > 0 ? '+' : ''}${round(w)}`, start: e.start, end: e.end });
		}
	}

	const score = tally.score;
	const explicit = mentions.length > 0;
	if (!explicit && Math.abs(score) < 2) return { target: target.name, label: 'none', confidence: round(0.6), evidence: evidence.filter(notSentiment) };
	const label = score >= SIDE ? 'favor' : score <= -SIDE ? 'against' : 'neutral';
	const strength = Math.abs(score) / (Math.abs(score) + 2);
	const confidence = label === 'neutral' ? 0.5 + 0.4 * (1 - strength) : (explicit ? 0.5 : 0.35) + 0.5 * strength;
	return { target: target.name, label, confidence: round(Math.min(confidence, 0.97)), evidence };
}

const notSentiment = (e: Evidence) => !e.effect.startsWith('sentiment');

function hasAnaphor(tokens: Token[], forms: string[]): boolean {
	for (let i = 0; i < forms.length; i++) if (ANAPHORA.has(forms[i]) && tokens[i].kind === 'word') return true;
	return false;
}

interface Act {
	at: number;
	kind: 'removal' | 'obstruction' | 'absence';
	/** "Scrap the tax." — the verb opens its clause in its base form. */
	imperative: boolean;
	/** "Scrapping the tax would ..." — the act is the subject and the rest of the sentence judges it. */
	gerund: boolean;
}

/** A removal or obstruction verb, or "without", within the few words before a mention. */
function actOn(tokens: Token[], forms: string[], from: number): Act | undefined {
	for (let k = from - 1; k >= 0 && k >= from - 4 && tokens[k].kind !== 'punct'; k--) {
		const w = forms[k];
		if (w === 'without') return { at: k, kind: 'absence', imperative: false, gerund: false };
		const removal = REMOVAL_VERBS.has(w);
		if (!removal && !OBSTRUCTION_VERBS.has(w)) continue;
		const prev = tokens[k - 1];
		const opens = !prev || prev.kind === 'punct' || OPENERS.has(prev.norm);
		return {
			at: k,
			kind: removal ? 'removal' : 'obstruction',
			imperative: opens && !w.endsWith('ing') && !w.endsWith('ed'),
			gerund: opens && w.endsWith('ing')
		};
	}
	return undefined;
}

function sentenceBounds(sentenceOf: number[], s: number): [number, number] {
	let first = sentenceOf.indexOf(s);
	let last = first;
	while (last < sentenceOf.length && sentenceOf[last] === s) last++;
	return [first, last];
}

/** Sentiment weight of tokens in [from, to), leaving out the act itself [skipFrom, skipTo). */
function sentimentBetween(sentiment: Sentiment, tokens: Token[], from: number, to: number, skipFrom: number, skipTo: number): number {
	let sum = 0;
	for (const e of sentiment.evidence) {
		if (e.start === undefined || e.modifiers?.includes('exclamation')) continue;
		const k = tokenAt(tokens, e.start);
		if (k >= from && k < to && (k < skipFrom || k >= skipTo)) sum += e.weight;
	}
	return Math.abs(sum) >= 0.5 ? sum : 0;
}

function tokenAt(tokens: Token[], start: number): number {
	let lo = 0;
	let hi = tokens.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (tokens[mid].start === start) return mid;
		if (tokens[mid].start < start) lo = mid + 1;
		else hi = mid - 1;
	}
	return -1;
}
