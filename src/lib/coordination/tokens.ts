// Normalisation and tokenisation shared by every detector: the same comment must give the same
// words whichever detector looks at it.

/** Words: letters/digits, with inner apostrophes ("it's") and decimal points ("4.5") kept. */
const TOKEN = /([\p{L}\p{N}]+(?:'[\p{L}\p{N}]+|[.,]\p{N}+)*)|([.!?…]+(?=\s|$)|\n)/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;

/** Case, compatibility forms (full-width letters, ligatures) and curly apostrophes folded. */
export function normalizeText(text: string): string {
	// NFKC is the costly step; most comments are ASCII and skip it.
	// eslint-disable-next-line no-control-regex
	const folded = /[^\u0000-\u007f]/.test(text) ? text.normalize('NFKC').replace(APOSTROPHES, "'") : text;
	return folded.toLowerCase();
}

export interface Tokens {
	words: string[];
	/** Start index (into words) of every sentence, ascending, always beginning with 0. */
	sentenceStarts: number[];
}

/** Splits normalised text into words and sentences ("." "!" "?" "…" before a space, or a line break). */
export function tokenize(text: string): Tokens {
	const norm = normalizeText(text);
	const words: string[] = [];
	const sentenceStarts = [0];
	TOKEN.lastIndex = 0;
	for (let m; (m = TOKEN.exec(norm)); ) {
		if (m[1] !== undefined) words.push(m[1]);
		else if (words.length > sentenceStarts[sentenceStarts.length - 1]) sentenceStarts.push(words.length);
	}
	if (sentenceStarts.length > 1 && sentenceStarts[sentenceStarts.length - 1] === words.length) sentenceStarts.pop();
	return { words, sentenceStarts };
}

/** The first sentence's words, capped at `max` words (templates live in the first few words). */
export function openingOf(t: Tokens, max: number): string[] {
	const end = t.sentenceStarts.length > 1 ? t.sentenceStarts[1] : t.words.length;
	return t.words.slice(0, Math.min(end, max));
}

/** The last sentence's words, capped at its last `max` words. */
export function closingOf(t: Tokens, max: number): string[] {
	const start = t.sentenceStarts[t.sentenceStarts.length - 1];
	return t.words.slice(Math.max(start, t.words.length - max));
}
