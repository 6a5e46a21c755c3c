// Language of a comment. tinyld (maintained, pure JS; its light profile: 24 common languages,
// loads in ~0.1 s against ~0.4 s for the 62-language one) decides whenever the text is
// not plainly English, but it runs at ~5,000 texts/s here and calls ~6% of English tweets something
// else ("LMAO, AMAZING!" -> ber), which would leave them unscored. So a cheap vote runs first:
// English function and sentiment words against the function words of the common Latin-script
// languages. Texts too short to tell (under three words, no evidence either way) take the corpus
// language (`fallback`, "en" unless configured), rather than a guess from two letters.
import { detect } from 'tinyld/light';
import type { Token } from './tokenize';
import { ENGLISH_WORDS, FOREIGN_WORDS } from './lexicons/languageWords';
import { isLexiconWord } from './valence';

/** ISO 639-1 code, or "und" when a non-Latin text could not be identified. */
export type LangCode = string;

/** Does this word start with a Latin-script letter (Basic Latin through Latin Extended)? */
function isLatin(word: string): boolean {
	return word.charCodeAt(0) < 0x250;
}

export function detectLanguage(text: string, tokens: Token[], fallback: LangCode = 'en'): LangCode {
	let latin = 0;
	let other = 0;
	let english = 0;
	let foreign = 0;
	for (const t of tokens) {
		if (t.kind !== 'word') continue;
		if (!isLatin(t.norm)) {
			other++;
			continue;
		}
		latin++;
		if (ENGLISH_WORDS.has(t.norm) || isLexiconWord(t.norm)) english++;
		if (FOREIGN_WORDS.has(t.norm)) foreign++;
	}
	if (other > latin) return detect(text) || 'und';
	if (latin === 0) return fallback;
	if (foreign === 0 && english > 0 && english >= 0.2 * latin) return 'en';
	if (english >= 2 && english >= 2 * foreign) return 'en';
	if (latin < 3 && foreign < 2) return fallback;
	return detect(text) || fallback;
}
