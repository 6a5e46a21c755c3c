// Irony detection, where feasible: a rhetorical opener ("Oh great, ..."), a "Who knew ...?"
// question, an explicit tag ("/s", "#sarcasm") or an eye-roll emoji after a question. A cue adds a
// negative weight that outweighs the praise it mocks, and is returned as evidence. Cues are kept
// few and strict: a false alarm flips an honest compliment.
import type { SentimentEvidence } from '../types';
import type { Token } from './tokenize';
import { SARCASM_PHRASES, QUESTION_PHRASES, SENTENCE_OPENERS, SARCASM_EMOJI, IRONY_TAGS } from './lexicons/sarcasm';

const BASE = 1.2;
const PRAISE_FLIP = 1.5;
const round = (x: number) => Math.round(x * 1000) / 1000;

function byFirstWord(list: readonly string[][]): Map<string, string[][]> {
	const m = new Map<string, string[][]>();
	for (const words of list) m.set(words[0], [...(m.get(words[0]) ?? []), words]);
	return m;
}
const PHRASES = byFirstWord(SARCASM_PHRASES);
const QUESTIONS = byFirstWord(QUESTION_PHRASES);

/** Does an irony phrase start with this word? (wordInfo.ts keeps the answer per word.) */
export function startsIrony(norm: string): boolean {
	return PHRASES.has(norm) || QUESTIONS.has(norm);
}

function matchAt(tokens: Token[], i: number, byFirst: Map<string, string[][]>): number {
	const list = byFirst.get(tokens[i].norm);
	if (!list) return 0;
	for (const words of list) {
		let k = 1;
		while (k < words.length && tokens[i + k]?.norm === words[k]) k++;
		if (k === words.length) return k;
	}
	return 0;
}

/** Does the sentence holding token i end in a question mark or an eye-roll emoji? */
function endsAsQuestion(tokens: Token[], i: number): boolean {
	for (let k = i + 1; k < tokens.length; k++) {
		const t = tokens[k];
		if (t.kind === 'emoji' && SARCASM_EMOJI.has(t.norm.replace(/\uFE0F/g, ''))) return true;
		if (t.kind === 'punct' && t.norm[0] === '?') return true;
		if (t.kind === 'punct' && (t.norm === '.' || t.norm[0] === '!')) return false;
	}
	return false;
}

function findCue(tokens: Token[]): { from: Token; to: Token } | undefined {
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		// Only a hashtag's norm can be an irony tag: "/s" never makes a token of its own.
		if ((t.kind === 'hashtag' && IRONY_TAGS.has(t.norm)) || (t.norm === 's' && tokens[i - 1]?.text === '/')) return { from: t, to: t };
		if (t.kind === 'emoji' && SARCASM_EMOJI.has(t.norm.replace(/\uFE0F/g, ''))) {
			const prev = tokens[i - 1];
			if (prev?.kind === 'punct' && prev.norm[0] === '?') return { from: t, to: t };
			continue;
		}
		if (t.kind !== 'word' || !t.info.irony) continue;
		let k = matchAt(tokens, i, PHRASES);
		if (k) {
			const phrase = tokens
				.slice(i, i + k)
				.map((x) => x.norm)
				.join(' ');
			const atStart = i === 0 || tokens[i - 1].kind === 'punct';
			if (!SENTENCE_OPENERS.has(phrase) || atStart) return { from: t, to: tokens[i + k - 1] };
		}
		k = matchAt(tokens, i, QUESTIONS);
		if (k && endsAsQuestion(tokens, i + k - 1)) return { from: t, to: tokens[i + k - 1] };
	}
	return undefined;
}

/** Evidence for an irony cue, weighted to flip the praise it mocks; undefined when there is none. */
export function sarcasmCue(text: string, tokens: Token[], sum: number): SentimentEvidence | undefined {
	const cue = findCue(tokens);
	if (!cue) return undefined;
	const weight = -(BASE + Math.max(sum, 0) * PRAISE_FLIP);
	return { token: text.slice(cue.from.start, cue.to.end), weight: round(weight), modifiers: ['sarcasm'], start: cue.from.start, end: cue.to.end };
}
