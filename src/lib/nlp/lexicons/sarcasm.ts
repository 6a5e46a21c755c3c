// Cues that a comment's praise is ironic: rhetorical openers and eye-rolling emoji. murmur's own
// list. Licence: MIT (murmur).

/** Word sequences (lower case) that mark irony wherever they occur. */
export const SARCASM_PHRASES: readonly string[][] = [
	'yeah right', 'yea right', 'oh great', 'oh wonderful', 'oh brilliant', 'oh joy', 'oh sure', 'what a surprise',
	'big surprise', 'how convenient', 'just what we needed', 'slow clap', 'color me shocked', 'colour me shocked',
	'shocked i tell you', 'what could possibly go wrong', 'because that worked so well', 'surely this time'
].map((p) => p.split(' '));

/** Phrases that are ironic only in a question or beside an eye-roll emoji ("Who knew ...? 🤔"). */
export const QUESTION_PHRASES: readonly string[][] = ['who knew', 'who would have thought', "who'd have thought", 'who could have guessed'].map((p) => p.split(' '));

/** Openers that are ironic only at the start of a sentence ("Oh great, another summit."). */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['oh great', 'oh sure', 'oh joy']);

/** Emoji that turn a question or praise into a sneer. */
export const SARCASM_EMOJI: ReadonlySet<string> = new Set(['🤔', '🙄', '🙃', '😏', '🤡']);

/** Explicit irony tags. */
export const IRONY_TAGS: ReadonlySet<string> = new Set(['/s', '#sarcasm', '#irony', '#not']);
