// Language of a comment. tinyld (maintained, pure JS; its light profile: 24 common languages,
// loads in ~0.1 s against ~0.4 s for the 62-language one) decides the unclear cases, but it runs
// at ~2,000-5,000 texts/s here, calls ~6% of English tweets something else ("LMAO, AMAZING!" ->
// ber) and takes plain Italian or Portuguese for Hungarian or Dutch. So a cheap vote runs first:
// English function and sentiment words against the function words of six common Latin-script
// languages, a word that several of them share giving each a share of its vote. A text that is
// plainly English, or plainly one of the six, never reaches tinyld (1 in 700 demo comments does).
// Texts too short to tell (under eight words and no foreign function word, or under three words)
// take the corpus language (`fallback`, "en" unless configured) rather than a guess.
import { detect } from 'tinyld/light';
import type { Token } from './tokenize';
import { FOREIGN_LANGS } from './lexicons/languageWords';

/** ISO 639-1 code, or "und" when a non-Latin text could not be identified. */
export type LangCode = string;

/** Votes per language in FOREIGN_LANGS order, reused from call to call. */
const votes = new Float64Array(FOREIGN_LANGS.length);

export function detectLanguage(text: string, tokens: Token[], fallback: LangCode = 'en'): LangCode {
	let latin = 0;
	let other = 0;
	let english = 0;
	let foreign = 0;
	votes.fill(0);
	for (const t of tokens) {
		if (t.kind !== 'word') continue;
		// Whether the word starts with a Latin-script letter: kept with the word (wordInfo.ts).
		if (!t.info.latin) {
			other++;
			continue;
		}
		latin++;
		if (t.info.english) english++;
		const langs = t.info.foreign;
		if (langs) {
			foreign++;
			// A word several languages share ("que") gives each a share of its vote.
			for (const l of langs) votes[l] += 1 / langs.length;
		}
	}
	if (other > latin) return detect(wordsOf(tokens)) || 'und';
	if (latin === 0) return fallback;
	if (foreign === 0 && english > 0) return 'en';
	if (english >= 2 && english >= 2 * foreign) return 'en';
	// n-gram guesses on a few words are noise ("Bye bye Hanoi" -> pl): short texts without a
	// foreign function word take the corpus language.
	if (foreign === 0 ? latin < SHORT_WORDS : latin < 3 && foreign < 2) return fallback;
	// Plainly one foreign language: its function words outvote the English-looking ones ("die",
	// "so") and clearly outvote those of the next language.
	if (foreign >= 3 && foreign >= english) {
		let best = 0;
		let n = 0;
		let runnerUp = 0;
		for (let l = 0; l < votes.length; l++) {
			const v = votes[l];
			if (v > n) [best, n, runnerUp] = [l, v, n];
			else if (v > runnerUp) runnerUp = v;
		}
		if (n >= VOTE.min && n >= VOTE.share * foreign && n >= VOTE.lead * runnerUp) return FOREIGN_LANGS[best];
	}
	const guess = detect(wordsOf(tokens));
	// A Latin-script text is not Russian or Japanese, whatever the n-grams of its names say.
	return guess && LATIN_SCRIPT.has(guess) ? guess : fallback;
}

/** tinyld's cost grows with length and a sentence or two is enough to tell a language. */
const DETECT_CHARS = 200;

/** The words alone (URLs, mentions and emoticons only confuse n-gram statistics), up to DETECT_CHARS. */
function wordsOf(tokens: Token[]): string {
	let s = '';
	for (const t of tokens) {
		if (t.kind === 'word' || t.kind === 'punct') s += (t.kind === 'word' && s ? ' ' : '') + t.text;
		if (s.length >= DETECT_CHARS) break;
	}
	return s;
}

/** How plainly the function words must point at one language to skip tinyld. */
const VOTE = { min: 2, share: 0.4, lead: 2 };

/** Below this many words, a text with no foreign function word is not sent to tinyld. */
const SHORT_WORDS = 8;

/** Languages of tinyld's light profile written in Latin script. */
const LATIN_SCRIPT = new Set(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'tr', 'sv', 'da', 'no', 'fi', 'cs', 'ro', 'hu', 'id', 'vi', 'la', 'eo', 'tl', 'ms', 'sk', 'et', 'lt', 'lv', 'hr', 'sl', 'ca', 'af', 'ga', 'is']);
