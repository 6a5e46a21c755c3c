// A VADER-style rule scorer (Hutto & Gilbert 2014) over AFINN and murmur's lexicons: each
// sentiment-bearing token gets a valence, modified by negation, degree words, capitals, "but"
// contrast and sarcasm cues; "!" adds emphasis; the sum is squashed into -1..1. Every token that
// moved the score is returned as evidence with its weight, modifiers and character offsets.
import type { Sentiment, SentimentEvidence, SentimentLabel } from '../types';
import type { Token } from './tokenize';
import { NOT_NEGATION } from './lexicons/negators';
import { emoticonValence, emojiValence } from './valence';
import type { WordInfo } from './wordInfo';
import { sarcasmCue } from './sarcasm';
import { contextualValence } from './contextual';

export const PARAMS = {
	caps: 0.733,
	negation: -0.74,
	negationWindow: 3,
	boosterDecay: [1, 0.95, 0.9],
	beforeContrast: 0.5,
	afterContrast: 1.5,
	exclamation: 0.292,
	maxExclamations: 4,
	question: 0.18,
	elongated: 0.3,
	alpha: 15,
	threshold: 0.15
};
export type SentimentParams = typeof PARAMS;

interface Scored {
	token: string;
	weight: number;
	modifiers: string[];
	start: number;
	end: number;
	sentence: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const isBoundary = (t: Token) => t.kind === 'punct' && t.norm !== ',' && t.norm !== '—' && t.norm !== '–' && t.norm !== '--';

/** Scores tokens of one text. `p` exists for evaluation sweeps; callers use the defaults. */
export function scoreSentiment(text: string, tokens: Token[], p: SentimentParams = PARAMS): Sentiment {
	let hasCaps = false;
	let hasLower = false;
	for (const t of tokens) if (t.kind === 'word') t.caps ? (hasCaps = true) : (hasLower = true);
	const mixedCaps = hasCaps && hasLower;

	const scored: Scored[] = [];
	let sentence = 0;
	/** Index in `scored` where the current sentence starts, and where its last contrast word fell. */
	let sentenceStart = 0;
	let contrastAt = -1;
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (t.kind === 'punct') {
			if (isBoundary(t)) {
				sentence++;
				sentenceStart = scored.length;
				contrastAt = -1;
			}
			continue;
		}
		// Most words carry nothing the rules below could score (wordInfo.ts `plain`).
		if ((t.kind === 'word' || t.kind === 'hashtag') && t.info.plain) continue;
		if (t.kind === 'word' && t.info.contrast && !(t.norm === 'but' && tokens[i - 1]?.norm === 'nothing')) {
			for (let k = sentenceStart; k < scored.length; k++) {
				if (scored[k].modifiers.includes('contrast')) continue;
				scored[k].weight *= p.beforeContrast;
				scored[k].modifiers.push('before contrast');
			}
			contrastAt = scored.length;
			continue;
		}
		let valence = 0;
		let end = t.end;
		// Made only for tokens that score: most tokens do not.
		let modifiers: string[] | undefined;
		if (t.kind === 'emoji') {
			valence = emojiValence(t.norm);
			if (valence) modifiers = ['emoji'];
		} else if (t.kind === 'emoticon') {
			valence = emoticonValence(t.norm);
			if (valence) modifiers = ['emoticon'];
		} else if (t.kind === 'word' || t.kind === 'hashtag') {
			const info = t.info;
			const phrase = matchPhrase(tokens, i, info);
			let elongated = false;
			if (phrase) {
				valence = phrase.valence;
				end = tokens[i + phrase.length - 1].end;
				i += phrase.length - 1;
			} else {
				if (isModifierHere(tokens, i, info) || inProperName(tokens, i)) continue;
				valence = info.hedge && tokens[i + 1]?.norm === 'of' ? 0 : info.valence || contextualValence(tokens, i, t.kind === 'hashtag' ? t.norm.slice(1) : t.norm);
				elongated = info.elongated;
			}
			if (valence) {
				modifiers = [];
				if (elongated) {
					valence += Math.sign(valence) * p.elongated;
					modifiers.push('elongated');
				}
				if (t.caps && mixedCaps) {
					valence += Math.sign(valence) * p.caps;
					modifiers.push('caps');
				}
				valence = applyDegreeAndNegation(tokens, i - (phrase ? phrase.length - 1 : 0), valence, modifiers, mixedCaps, p);
			}
		}
		if (!valence || !modifiers) continue;
		if (contrastAt >= 0) {
			valence *= p.afterContrast;
			modifiers.push('contrast');
		}
		scored.push({ token: end === t.end ? t.text : text.slice(t.start, end), weight: valence, modifiers, start: t.start, end, sentence });
	}

	let sum = 0;
	for (const s of scored) sum += s.weight;
	const evidence: SentimentEvidence[] = [];
	for (const s of scored) evidence.push(evidenceOf(s));

	const sarcasm = sarcasmCue(text, tokens, sum);
	if (sarcasm) {
		sum += sarcasm.weight;
		evidence.push(sarcasm);
	}
	if (sum !== 0) {
		const emphasis = punctuationEmphasis(tokens, sum, p);
		if (emphasis) {
			sum += emphasis.weight;
			evidence.push(emphasis);
		}
	}
	const score = sum / Math.sqrt(sum * sum + p.alpha);
	return { score: round(score), label: labelOf(score, p.threshold), evidence };
}

function evidenceOf(s: Scored): SentimentEvidence {
	const e: SentimentEvidence = { token: s.token, weight: round(s.weight) };
	if (s.modifiers.length) e.modifiers = s.modifiers;
	e.start = s.start;
	e.end = s.end;
	return e;
}

export function labelOf(score: number, threshold = PARAMS.threshold): SentimentLabel {
	return score >= threshold ? 'positive' : score <= -threshold ? 'negative' : 'neutral';
}

function matchPhrase(tokens: Token[], i: number, info: WordInfo): { valence: number; length: number } | undefined {
	const candidates = info.phrases;
	if (!candidates) return undefined;
	for (const c of candidates) {
		let ok = true;
		for (let k = 1; k < c.words.length; k++) {
			if (tokens[i + k]?.norm !== c.words[k]) {
				ok = false;
				break;
			}
		}
		if (ok) return { valence: c.valence, length: c.words.length };
	}
	return undefined;
}

const isTitle = (t: Token | undefined) => {
	if (!t || t.kind !== 'word' || t.caps) return false;
	const c = t.text.charCodeAt(0);
	return c >= 65 && c <= 90;
};

/**
 * "Grand Theft Auto", "Great Britain", "Free Syrian Army", "Super 8": a capitalised word inside a
 * run of capitalised words or before a number names something and carries no sentiment. The first
 * word of a sentence is exempt unless the next word is capitalised too and the word is not a
 * common opener ("Great job", "Good Morning" stay scored).
 */
function inProperName(tokens: Token[], i: number): boolean {
	const t = tokens[i];
	if (!isTitle(t)) return false;
	const prev = tokens[i - 1];
	const next = tokens[i + 1];
	const sentenceStart = !prev || (prev.kind === 'punct' && prev.norm !== ',') || (prev.kind !== 'word' && prev.kind !== 'number');
	if (sentenceStart) return false;
	if (isTitle(prev) || isTitle(next) || next?.kind === 'number') return true;
	return false;
}

/** A degree word or negating verb right before a sentiment word acts on it instead of scoring itself. */
function isModifierHere(tokens: Token[], i: number, info: WordInfo): boolean {
	if (info.booster === undefined && !info.negatingVerb) return false;
	for (let k = i + 1; k < tokens.length && k <= i + 2; k++) {
		const n = tokens[k];
		if (n.kind !== 'word') return false;
		if (n.info.valence !== 0) return true;
	}
	return false;
}

function applyDegreeAndNegation(
	tokens: Token[],
	i: number,
	valence: number,
	modifiers: string[],
	mixedCaps: boolean,
	p: SentimentParams
): number {
	let boost = 0;
	let negated = false;
	let seen = 0;
	for (let k = i - 1; k >= 0 && seen < p.negationWindow; k--) {
		const t = tokens[k];
		if (t.kind === 'punct' || t.kind === 'emoji' || t.kind === 'emoticon') break;
		if (t.kind !== 'word') continue;
		if (t.info.contrast) break;
		const b = t.info.booster ?? (k > 0 ? t.info.boosterAfter?.get(tokens[k - 1].norm) : undefined);
		if (b !== undefined && seen < p.boosterDecay.length) {
			let scalar = b * p.boosterDecay[seen];
			if (t.caps && mixedCaps) scalar += Math.sign(b) * p.caps * 0.4;
			boost += Math.sign(valence) * scalar;
		}
		if (t.info.negator && !NOT_NEGATION.has(`${t.norm} ${tokens[k + 1]?.norm}`)) negated = !negated;
		seen++;
	}
	if (boost) {
		valence += boost;
		modifiers.push(boost * Math.sign(valence) > 0 ? 'intensified' : 'diminished');
	}
	if (negated) {
		valence *= p.negation;
		modifiers.push('negated');
	}
	return valence;
}

function punctuationEmphasis(tokens: Token[], sum: number, p: SentimentParams): SentimentEvidence | undefined {
	let bangs = 0;
	let questions = 0;
	let first: Token | undefined;
	for (const t of tokens) {
		if (t.kind !== 'punct') continue;
		if (t.norm[0] === '!') {
			bangs += t.norm.length;
			first ??= t;
		} else if (t.norm[0] === '?') questions += t.norm.length;
	}
	let w = Math.min(bangs, p.maxExclamations) * p.exclamation;
	if (questions > 1) w += Math.min(questions * p.question, 0.96);
	if (!w) return undefined;
	const mark = first ?? tokens.find((t) => t.norm[0] === '?')!;
	return { token: mark.text, weight: round(Math.sign(sum) * w), modifiers: ['exclamation'], start: mark.start, end: mark.end };
}
