// The Unicode classes the tokenizer asks about (letter, mark, number, white space), answered by
// one table read per code point. Each code point's classes are computed on first sight with the
// same Unicode property escapes a regular expression would use, so the hand-written scanner in
// tokenize.ts agrees with a pattern over \p{L}, \p{M}, \p{N} and \s exactly.

export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;
export const SPACE = 8;
/** Letter, mark or number: what words are made of. */
export const WORD = LETTER | MARK | NUMBER;

const UNKNOWN = 0x80;
const BMP = new Uint8Array(0x10000).fill(UNKNOWN);
const ASTRAL = new Map<number, number>();

const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_SPACE = /^\s$/u;

function compute(cp: number): number {
	const ch = String.fromCodePoint(cp);
	return (IS_LETTER.test(ch) ? LETTER : 0) | (IS_MARK.test(ch) ? MARK : 0) | (IS_NUMBER.test(ch) ? NUMBER : 0) | (IS_SPACE.test(ch) ? SPACE : 0);
}

for (let cp = 0; cp < 0x80; cp++) BMP[cp] = compute(cp);

/** The classes of a code point (a lone surrogate has none). */
export function classOf(cp: number): number {
	if (cp < 0x10000) {
		const v = BMP[cp];
		if (v !== UNKNOWN) return v;
		return (BMP[cp] = compute(cp));
	}
	let v = ASTRAL.get(cp);
	if (v === undefined) {
		v = compute(cp);
		// Astral letters and digits are rare; a text full of distinct ones must not grow this forever.
		if (ASTRAL.size < 50_000) ASTRAL.set(cp, v);
	}
	return v;
}

/** The code point at UTF-16 index i (a lone surrogate stands for itself, as in a /u pattern). */
export function codePointAt(text: string, i: number): number {
	const c = text.charCodeAt(i);
	if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return c;
	const d = text.charCodeAt(i + 1);
	return d >= 0xdc00 && d <= 0xdfff ? ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000 : c;
}

/** The code point that ends just before UTF-16 index i (i > 0). */
export function codePointBefore(text: string, i: number): number {
	const d = text.charCodeAt(i - 1);
	if (d < 0xdc00 || d > 0xdfff || i < 2) return d;
	const c = text.charCodeAt(i - 2);
	return c >= 0xd800 && c <= 0xdbff ? ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000 : d;
}

/** JavaScript's \s: all of it is in the BMP. */
export function isSpace(c: number): boolean {
	return c < 0x10000 && (classOf(c) & SPACE) !== 0;
}
