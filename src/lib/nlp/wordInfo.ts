// What the analyser knows about one normalised word: its sentiment valence (with the fallbacks of
// valence.ts), whether it is a degree word, negator, contrast or reporting word, and which
// language it votes for. Looked up once per distinct word and kept, so the scorers read fields of
// the token's record instead of asking a dozen word lists about every token.
import { wordValence, phrasesFrom, isLexiconWord, type Phrase } from './valence';
import { BOOSTERS, CONTRAST } from './lexicons/boosters';
import { NEGATORS, NEGATING_VERBS } from './lexicons/negators';
import { ENGLISH_WORDS, FOREIGN_WORDS } from './lexicons/languageWords';
import { REPORTING } from './lexicons/stanceCues';
import { startsIrony } from './sarcasm';
import { CONTEXTUAL_RULES } from './contextual';

export interface WordInfo {
	/** Sentiment valence, 0 when unknown; `elongated` when found only after collapsing repeated letters. */
	valence: number;
	elongated: boolean;
	/** Multi-word sentiment entries that start with this word, longest first. */
	phrases: readonly Phrase[] | undefined;
	/** Degree word on its own ("very": +, "slightly": -). */
	booster: number | undefined;
	/** Two-word degree words ending in this word ("a bit", "kind of"), by their first word. */
	boosterAfter: ReadonlyMap<string, number> | undefined;
	negator: boolean;
	/** Negators that are sentiment words on their own ("lack"). */
	negatingVerb: boolean;
	contrast: boolean;
	/** "kind", "sort": hedges before "of". */
	hedge: boolean;
	/** Words before which "like" is the verb ("I like it"). */
	likeSubject: boolean;
	/** Reported speech or a question of fact ("reportedly", "whether"). */
	reporting: boolean;
	/** First word of an irony phrase ("yeah right", "who knew"). */
	irony: boolean;
	/** Counts as English in the language vote: a frequent English word or a sentiment-lexicon entry. */
	english: boolean;
	/** Starts with a Latin-script letter (Basic Latin through Latin Extended): lang.ts counts scripts by it. */
	latin: boolean;
	/** A function word of other languages: their indices in FOREIGN_LANGS. */
	foreign: readonly number[] | undefined;
	/**
	 * Nothing for the sentiment scorer: no valence, phrase, degree, negation, contrast or hedge, and
	 * not one of the words scored by their neighbours (contextual.ts). The scorer skips it.
	 */
	plain: boolean;
	/** Phrase-matcher ids of the word's form and of its form less a plural "s" (phrases.ts keeps them current). */
	formId: number;
	stemId: number;
	idsAt: number;
}

/** Subjects and adverbs before which "like" is the verb ("I like it"), not the preposition ("looks like"). */
const LIKE_AS_VERB = new Set(['i', 'we', 'you', 'they', 'really', 'would', "i'd", "we'd", 'do', 'does', 'did', "don't", 'dont', "didn't", "doesn't", 'totally', 'also', 'actually', 'definitely', 'still', 'people', 'kinda', 'genuinely', 'just']);

/** "kind of", "sort of" are hedges (degree words), not kindness. */
const HEDGES = new Set(['kind', 'sort']);

const PAIRS = new Map<string, Map<string, number>>();
for (const [phrase, v] of BOOSTERS) {
	const at = phrase.indexOf(' ');
	if (at < 0) continue;
	const second = phrase.slice(at + 1);
	const m = PAIRS.get(second) ?? new Map<string, number>();
	m.set(phrase.slice(0, at), v);
	PAIRS.set(second, m);
}

function lookUp(norm: string): WordInfo {
	const v = wordValence(norm);
	const inLexicon = isLexiconWord(norm);
	const phrases = phrasesFrom(norm);
	const booster = BOOSTERS.get(norm);
	const negatingVerb = NEGATING_VERBS.has(norm);
	const contrast = CONTRAST.has(norm);
	const hedge = HEDGES.has(norm);
	return {
		valence: v.valence,
		elongated: v.elongated,
		phrases,
		booster,
		boosterAfter: PAIRS.get(norm),
		negator: NEGATORS.has(norm),
		negatingVerb,
		contrast,
		hedge,
		likeSubject: LIKE_AS_VERB.has(norm),
		reporting: REPORTING.has(norm),
		irony: startsIrony(norm),
		english: ENGLISH_WORDS.has(norm) || inLexicon,
		foreign: FOREIGN_WORDS.get(norm),
		latin: norm.charCodeAt(0) < 0x250,
		plain: v.valence === 0 && phrases === undefined && booster === undefined && !negatingVerb && !contrast && !hedge && !CONTEXTUAL_RULES.has(norm),
		formId: -1,
		stemId: -1,
		idsAt: -1
	};
}

/** What tokens other than words and hashtags carry: nothing. */
export const NO_INFO: WordInfo = Object.freeze(lookUp(''));

const known = new Map<string, WordInfo>();
/** Comments repeat their vocabulary; a corpus of made-up words must not grow the table forever. */
const LIMIT = 200_000;

export function wordInfo(norm: string): WordInfo {
	let info = known.get(norm);
	if (info === undefined) {
		info = lookUp(norm);
		if (known.size >= LIMIT) known.clear();
		known.set(norm, info);
	}
	return info;
}
