import { fmix32 } from './hash';

// Normalisation and tokenisation shared by every detector: the same comment must give the same
// words whichever detector looks at it. A hand-written scanner rather than a Unicode regex: it
// hashes words as it reads them and allocates no string per word, which matters at a million
// comments.

const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

/** Case, compatibility forms (full-width letters, ligatures) and curly apostrophes folded. */
export function normalizeText(text: string): string {
	// NFKC is the costly step; most comments are ASCII and skip it.
	const folded = /[^\u0000-\u007f]/.test(text) ? text.normalize('NFKC').replace(APOSTROPHES, "'") : text;
	return folded.toLowerCase();
}

export interface Tokens {
	/** The normalised text the offsets refer to. */
	text: string;
	/** Per word: its seeded hash, and (when asked for) start and end offsets in `text`. */
	hashes: Uint32Array;
	starts?: Uint32Array;
	ends?: Uint32Array;
	/** Start index (into the words) of every sentence, ascending, always beginning with 0. */
	sentenceStarts: number[];
}

/** 1 = word character, 2 = not; 0 = not yet known. Filled lazily for non-ASCII code units. */
const classes = new Uint8Array(65536);
for (let c = 0; c < 128; c++) classes[c] = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 2;

function isWordUnit(c: number): boolean {
	let k = classes[c];
	if (k === 0) classes[c] = k = c >= 0xd800 && c <= 0xdfff ? 2 : WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
	return k === 1;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
/** . ! ? … */
const isStop = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026;

/**
 * Words are runs of letters, digits and marks, with inner apostrophes ("it's") and decimal
 * points or commas between digits ("4.5", "1,000") kept. A sentence ends at ". ! ? …" before
 * a space or the end, or at a line break. Letters outside the Basic Multilingual Plane (rare;
 * emoji live there too) separate words.
 */
export function tokenize(raw: string, seed = 0, offsets = false): Tokens {
	const text = normalizeText(raw);
	const n = text.length;
	// A text of n units has at most n/2 + 1 words: scratch buffers sized once, copied out exact.
	if (scratch.length < n + 2) scratch = new Uint32Array(2 * (n + 2));
	const buf = scratch;
	const cap = buf.length / 2;
	let words = 0;
	const sentenceStarts = [0];
	let i = 0;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (isWordUnit(c)) {
			const start = i;
			let h = (0x811c9dc5 ^ seed) | 0;
			for (;;) {
				const d = text.charCodeAt(i);
				if (i < n && isWordUnit(d)) {
					h = Math.imul(h ^ d, 0x01000193);
					i++;
					continue;
				}
				// an apostrophe between letters, or . , between digits, stays inside the word
				const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
				const joins = (d === 39 && next >= 0 && isWordUnit(next)) || ((d === 46 || d === 44) && isDigit(text.charCodeAt(i - 1)) && isDigit(next));
				if (i < n && joins) {
					h = Math.imul(h ^ d, 0x01000193);
					i++;
					continue;
				}
				break;
			}
			// starts in the first half of the scratch, ends and hashes packed after them
			buf[words] = start;
			buf[cap + 2 * words] = i;
			buf[cap + 2 * words + 1] = fmix32(h);
			words++;
			continue;
		}
		const endsSentence = c === 10 || (isStop(c) && (i + 1 >= n || isSpace(text.charCodeAt(i + 1)) || isStop(text.charCodeAt(i + 1))));
		if (endsSentence && words > sentenceStarts[sentenceStarts.length - 1]) sentenceStarts.push(words);
		i++;
	}
	if (sentenceStarts.length > 1 && sentenceStarts[sentenceStarts.length - 1] === words) sentenceStarts.pop();
	const hashes = new Uint32Array(words);
	for (let w = 0; w < words; w++) hashes[w] = buf[cap + 2 * w + 1];
	if (!offsets) return { text, hashes, sentenceStarts };
	const starts = buf.slice(0, words),
		ends = new Uint32Array(words);
	for (let w = 0; w < words; w++) ends[w] = buf[cap + 2 * w];
	return { text, hashes, starts, ends, sentenceStarts };
}

let scratch = new Uint32Array(4096);

/** The words from..to as strings (for showing evidence; detection works on hashes). */
export function wordsOf(t: Tokens, from = 0, to = t.hashes.length): string[] {
	if (!t.starts || !t.ends) throw new Error('wordsOf: tokenize(text, seed, true) keeps the offsets');
	const out: string[] = [];
	for (let i = from; i < to; i++) out.push(t.text.slice(t.starts[i], t.ends[i]));
	return out;
}
