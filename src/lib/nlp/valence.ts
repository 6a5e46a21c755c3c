// Valence lookup: one table on the scorer's -4..+4 scale built from AFINN, VADER's lexicon, murmur's additions,
// emoticons and emoji sentiment, plus the fallbacks that let "soooo goood", "Putin's" and
// "disappointingly" find their entries.
import { AFINN } from './lexicons/afinn';
import { ADDITIONS, REMOVALS } from './lexicons/additions';
import { EMOTICONS } from './lexicons/emoticons';
import { EMOJI_SENTIMENT } from './lexicons/emojiSentiment';
import { EMOJI_ADDITIONS } from './lexicons/emojiAdditions';
import { VADER_LEXICON } from './lexicons/vader';

/** AFINN runs -5..+5; VADER-style rules expect about -4..+4. */
const AFINN_SCALE = 0.8;
/** Emoji scores run -1..+1 (share of positive minus negative tweets); a strong emoji is worth a strong word. */
const EMOJI_SCALE = 3;
/** Pseudo-count that pulls rarely seen emoji toward neutral. */
const EMOJI_PRIOR = 10;

export interface Phrase {
	words: string[];
	valence: number;
}

const WORDS = new Map<string, number>();
/** Multi-word entries by first word: "fed up", "can't stand", "cool stuff". */
const PHRASES = new Map<string, Phrase[]>();

function addEntry(key: string, valence: number) {
	if (!key.includes(' ')) {
		WORDS.set(key, valence);
		return;
	}
	const words = key.split(' ');
	const list = PHRASES.get(words[0]) ?? [];
	list.push({ words, valence });
	list.sort((a, b) => b.words.length - a.words.length);
	PHRASES.set(words[0], list);
}

// Two independent human-rated lexicons: where both rate a word, take the mean of the two ratings
// (AFINN rescaled), else whichever has it. murmur's additions then override, and removals drop
// entries that mislead in running text. Emoticons live in their own table (the tokenizer finds them).
const merged = new Map<string, number>();
for (const [w, v] of Object.entries(AFINN)) merged.set(w, v * AFINN_SCALE);
for (const [w, v] of VADER_LEXICON) {
	if (!/^[a-z]/.test(w)) continue;
	const a = merged.get(w);
	merged.set(w, a === undefined ? v : (a + v) / 2);
}
for (const [w, v] of ADDITIONS) merged.set(w, v);
for (const [w, v] of merged) if (!REMOVALS.has(w)) addEntry(w, v);

const EMOJI = new Map<string, number>();
for (const [e, occ, neg, , pos] of EMOJI_SENTIMENT) EMOJI.set(e, ((pos - neg) / (occ + EMOJI_PRIOR)) * EMOJI_SCALE);
for (const [e, s] of EMOJI_ADDITIONS) if (!EMOJI.has(e)) EMOJI.set(e, s * EMOJI_SCALE);

/** Emoticon valence; repeated mouths (":)))", "=(((") count as the plain face. */
export function emoticonValence(norm: string): number {
	const v = EMOTICONS.get(norm);
	if (v !== undefined) return v;
	const collapsed = norm.replace(/(.)\1+$/, '$1');
	return EMOTICONS.get(collapsed) ?? 0;
}

/** Emoji sentiment by the fully-qualified sequence; skin tones and FE0F do not change it. */
export function emojiValence(emoji: string): number {
	let v = EMOJI.get(emoji);
	if (v !== undefined) return v;
	const bare = emoji.replace(/[\uFE0F\u{1F3FB}-\u{1F3FF}]/gu, '');
	v = EMOJI.get(bare);
	return v ?? 0;
}

const ELONGATED = /(\p{L})\1\1/u;
const SUFFIXES: [string, string][] = [
	["'s", ''],
	['s', ''],
	['es', ''],
	['ed', ''],
	['ed', 'e'],
	['d', ''],
	['ing', ''],
	['ing', 'e'],
	['ly', ''],
	['ily', 'y'],
	['ness', '']
];

type Looked = { valence: number; elongated: boolean };
const UNKNOWN: Looked = { valence: 0, elongated: false };

/** The valence of a lower-cased word, trying light fallbacks; 0 when unknown. Sets `elongated` when repeated letters were collapsed. (wordInfo.ts keeps the answers.) */
export function wordValence(norm: string): Looked {
	const v = WORDS.get(norm);
	return v !== undefined ? { valence: v, elongated: false } : fallbackValence(norm);
}

function fallbackValence(norm: string): Looked {
	if (norm.length >= 4 && ELONGATED.test(norm)) {
		const two = norm.replace(/(\p{L})\1+/gu, '$1$1');
		const one = norm.replace(/(\p{L})\1+/gu, '$1');
		const e = WORDS.get(two) ?? WORDS.get(one) ?? stemValence(two) ?? stemValence(one);
		if (e !== undefined) return { valence: e, elongated: true };
	}
	const stem = stemValence(norm);
	return stem === undefined ? UNKNOWN : { valence: stem, elongated: false };
}

function stemValence(norm: string): number | undefined {
	if (norm.length < 5) return norm.endsWith("'s") ? WORDS.get(norm.slice(0, -2)) : undefined;
	for (const [suffix, repl] of SUFFIXES) {
		if (!norm.endsWith(suffix)) continue;
		const v = WORDS.get(norm.slice(0, -suffix.length) + repl);
		if (v !== undefined) return v;
	}
	return undefined;
}

/** Multi-word entries that start with this word, longest first. */
export function phrasesFrom(norm: string): readonly Phrase[] | undefined {
	return PHRASES.get(norm);
}

/** Is this exact word a sentiment-lexicon entry? Language detection counts these as English. */
export function isLexiconWord(norm: string): boolean {
	return WORDS.has(norm);
}
