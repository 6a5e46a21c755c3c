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
import { PhraseMatcher, tokenForms, type PhraseMatch } from './phrases';
import { NEGATORS } from './lexicons/negators';
import { STANCE_CUES, REMOVAL_VERBS, OBSTRUCTION_VERBS, ANAPHORA, REPORTING } from './lexicons/stanceCues';

export interface StanceTarget {
	name: string;
	/** Lower-case phrases that name it; the name itself always counts. */
	aliases: string[];
}

const CUES = new PhraseMatcher<number>();
for (const [phrase, weight] of STANCE_CUES) CUES.add(phrase, weight);

const SIDE = 0.8;
const SENTIMENT_WEIGHT = 0.6;
const UNNAMED_CUE_WEIGHT = 0.8;
const TIME_WORDS = new Set(['week', 'day', 'year', 'month', 'time', 'weekend']);
const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'a', 'an', 'any', 'such']);
const round = (x: number) => Math.round(x * 1000) / 1000;

type Evidence = Stance['evidence'][number];

const matcherCache = new WeakMap<StanceTarget, { full: PhraseMatcher<true>; heads: Set<string> }>();

/** The target's aliases as a matcher, built once per target object. */
function targetMatcher(target: StanceTarget): { full: PhraseMatcher<true>; heads: Set<string> } {
	const cached = matcherCache.get(target);
	if (cached) return cached;
	const full = new PhraseMatcher<true>();
	const heads = new Set<string>();
	for (const a of [target.name, ...target.aliases]) {
		full.add(a, true);
		const words = a.toLowerCase().split(/\s+/);
		const head = words[words.length - 1];
		if (words.length > 1 && head.length >= 3 && !TIME_WORDS.has(head)) heads.add(head);
	}
	const m = { full, heads };
	matcherCache.set(target, m);
	return m;
}

/** Mentions: an alias, or an alias's head noun after a determiner ("the tax" for "carbon tax"). */
function findMentions(tokens: Token[], forms: string[], target: StanceTarget): PhraseMatch<true>[] {
	const { full, heads } = targetMatcher(target);
	const found = full.findAll(tokens, forms);
	for (let i = 1; i < forms.length; i++) {
		if (!heads.has(forms[i]) || !DETERMINERS.has(forms[i - 1])) continue;
		if (!found.some((m) => i >= m.from && i < m.to)) found.push({ value: true, from: i, to: i + 1 });
	}
	return found.sort((a, b) => a.from - b.from);
}

function sentencesOf(tokens: Token[]): { index: number[]; question: boolean[]; reporting: boolean[] } {
	const index: number[] = [];
	const question: boolean[] = [false];
	const reporting: boolean[] = [false];
	let s = 0;
	for (const t of tokens) {
		index.push(s);
		if (t.kind === 'word' && REPORTING.has(t.norm)) reporting[s] = true;
		if (t.kind === 'punct' && /^[.!?;…]/.test(t.norm)) {
			if (t.norm[0] === '?') question[s] = true;
			s++;
			question[s] = false;
			reporting[s] = false;
		}
	}
	return { index, question, reporting };
}

function negatedAt(tokens: Token[], from: number): Token | undefined {
	for (let k = from - 1; k >= 0 && k >= from - 3; k--) {
		const t = tokens[k];
		if (t.kind === 'punct') return undefined;
		if (t.kind === 'word' && NEGATORS.has(t.norm)) return t;
	}
	return undefined;
}

export function stanceToward(text: string, tokens: Token[], target: StanceTarget | null, sentiment: Sentiment, forms = tokenForms(tokens)): Stance {
	if (!target) return { target: null, label: 'none', confidence: 0, evidence: [] };
	const mentions = findMentions(tokens, forms, target);
	const { index: sentenceOf, question, reporting } = sentencesOf(tokens);
	const named = new Set(mentions.map((m) => sentenceOf[m.from]));
	const evidence: Evidence[] = mentions.map((m) => ({
		cue: text.slice(tokens[m.from].start, tokens[m.to - 1].end),
		effect: 'mentions target',
		start: tokens[m.from].start,
		end: tokens[m.to - 1].end
	}));
	let score = 0;
	const judged = new Set<number>(); // sentences whose sentiment a removal/obstruction rule already used
	const add = (weight: number, from: number, to: number, effect: string) => {
		const s = sentenceOf[from];
		let w = weight * (named.has(s) || !mentions.length ? 1 : UNNAMED_CUE_WEIGHT);
		if (question[s] || reporting[s]) w *= 0.5;
		score += w;
		const start = tokens[from].start;
		const end = tokens[to - 1].end;
		evidence.push({ cue: text.slice(start, end), effect: `${effect} ${w > 0 ? '+' : ''}${round(w)}`, start, end });
	};

	// Acts done to the target come first: their sentences are judged as a whole.
	const consumed = new Set<number>();
	for (const m of mentions) {
		const s = sentenceOf[m.from];
		const act = actOn(tokens, forms, m.from);
		if (act) {
			const judge = (from: number, to: number) => sentimentBetween(sentiment, tokens, from, to, act.at, m.to);
			const [first, last] = sentenceBounds(sentenceOf, s);
			let weight: number;
			let effect: string;
			if (act.kind === 'absence') {
				const j = judge(m.to, last);
				weight = j > 0 ? -1.5 : 1.5;
				effect = 'absence of target judged';
			} else if (act.kind === 'obstruction') {
				const j = judge(first, last);
				weight = j < 0 ? 2 : j > 0 ? -2 : 0;
				effect = 'obstruction of target judged';
			} else if (act.imperative) {
				weight = -2;
				effect = 'against (call to remove target)';
			} else {
				const j = act.gerund ? judge(m.to, last) : judge(first, last);
				weight = j < 0 ? 2 : j > 0 ? -2 : -1;
				effect = j ? 'removal of target judged' : 'removal of target';
			}
			if (weight) add(weight, act.at, m.to, effect);
			judged.add(s);
			for (let k = first; k < last; k++) consumed.add(k);
			continue;
		}
		const before = tokens[m.from - 1]?.kind === 'word' ? forms[m.from - 1] : '';
		const beforeDet = ['the', 'a', 'more', 'any'].includes(before) && tokens[m.from - 2]?.kind === 'word' ? forms[m.from - 2] : '';
		const refusal = [before, beforeDet].find((w) => w === 'no' || w === 'not' || w === 'never' || w === 'nothing');
		if (refusal) add(-2, m.from - (refusal === before ? 1 : 2), m.to, 'against (target refused)');
	}

	for (const m of CUES.findAll(tokens, forms)) {
		if (consumed.has(m.from)) continue;
		const neg = negatedAt(tokens, m.from);
		if (neg) add(-m.value, m.from, m.to, m.value > 0 ? 'against (negated favor cue)' : 'favor (negated against cue)');
		else add(m.value, m.from, m.to, m.value > 0 ? 'favor' : 'against');
	}

	// The sentiment of sentences that name the target (or of the whole comment when only an anaphor points at it).
	const pointed = !mentions.length && forms.some((f, i) => ANAPHORA.has(f) && tokens[i].kind === 'word') && Math.abs(score) >= 2;
	for (const e of sentiment.evidence) {
		if (e.start === undefined) continue;
		const k = tokenAt(tokens, e.start);
		if (k < 0) continue;
		const s = sentenceOf[k];
		if (judged.has(s) || !(named.has(s) || pointed) || e.modifiers?.includes('exclamation')) continue;
		let w = e.weight * SENTIMENT_WEIGHT;
		if (question[s] || reporting[s]) w *= 0.3;
		score += w;
		evidence.push({ cue: e.token, effect: `sentiment ${w > 0 ? '+' : ''}${round(w)}`, start: e.start, end: e.end });
	}

	const explicit = mentions.length > 0;
	if (!explicit && Math.abs(score) < 2) return { target: target.name, label: 'none', confidence: round(0.6), evidence: evidence.filter((e) => !e.effect.startsWith('sentiment')) };
	const label = score >= SIDE ? 'favor' : score <= -SIDE ? 'against' : 'neutral';
	const strength = Math.abs(score) / (Math.abs(score) + 2);
	const confidence = label === 'neutral' ? 0.5 + 0.4 * (1 - strength) : (explicit ? 0.5 : 0.35) + 0.5 * strength;
	return { target: target.name, label, confidence: round(Math.min(confidence, 0.97)), evidence };
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
		const opens = !prev || prev.kind === 'punct' || ['just', 'please', 'now', 'so', 'and'].includes(prev.norm);
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
