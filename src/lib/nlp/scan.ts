// The tokenizer's scanner: finds the next token at or after a position, trying at each position,
// in this order, what the tokenizer recognises (the first that matches wins, as in an alternation):
//   url       https?://\S+ | www\.\S+
//   mention   @[\p{L}\p{N}_]+
//   hashtag   #[\p{L}\p{N}_]* with at least one letter
//   emoticon  colon-eyed faces (":-)", ";D", ":'(", ">:(", ":/") at the start, after a space or
//             right after a letter ("great:)"); the rest ("xD", "8)", "(:", "<3", "^_^", "-_-",
//             "o_O", "\o/") only at the start or after a space, so "(8)" or "Option D:" stay
//             text. All must end at a space, the end or one of . , ! ?
//   word      [\p{L}\p{M}\p{N}]+ joined by ' ’ or - ("don't", "four-day")
//   punct     !+ | \?+ | . , ; : … | — | – | --
// and moving on by one code point where nothing matches. tests/nlp/tokenize.test.ts checks it
// against that alternation written as one regular expression.
import type { TokenKind } from './tokenize';
import { classOf, codePointAt, codePointBefore, isSpace, LETTER, NUMBER, SPACE, WORD } from './charClass';

/** The last match: its kind and end (a module-level record, so scanning allocates nothing). */
export const match: { kind: TokenKind; end: number } = { kind: 'word', end: 0 };

const width = (cp: number) => (cp > 0xffff ? 2 : 1);

function set(chars: string): Uint8Array {
	const s = new Uint8Array(128);
	for (const c of chars) s[c.charCodeAt(0)] = 1;
	return s;
}
const EYES = set(':;=');
const NOSE = set("-o'^");
const MOUTH = set(')(][dDpPoO3/\\|*@$}{');
const FOLLOW = set('.,!?');
const LEFT_MOUTH = set(')(][/\\|*{}');
/** Characters an emoticon can start with. */
const FACE_START = set(':;=<>8xX)(][/\\|*{}^-oO0tT');
const is = (s: Uint8Array, c: number) => c < 128 && s[c] === 1;
/** Classes of the ASCII characters (charClass.ts), read without a call. */
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII[c] = classOf(c);
/** ASCII characters that may start a URL, mention, hashtag or emoticon: the others start a word, a punctuation mark or nothing. */
const SPECIAL = set('hw@#' + ':;=<>8xX)(][/\\|*{}^-oO0tT');

/** End of a run of code points of the given classes (and "_" when `underscore`). */
function runEnd(text: string, j: number, classes: number, underscore: boolean): number {
	const n = text.length;
	while (j < n) {
		const cp = codePointAt(text, j);
		if (!((classOf(cp) & classes) !== 0 || (underscore && cp === 95))) break;
		j += width(cp);
	}
	return j;
}

function url(text: string, i: number): number {
	let j: number;
	if (text.startsWith('http', i)) {
		j = i + 4;
		if (text.charCodeAt(j) === 115) j++;
		if (!text.startsWith('://', j)) return -1;
		j += 3;
	} else if (text.startsWith('www.', i)) j = i + 4;
	else return -1;
	const from = j;
	while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
	return j > from ? j : -1;
}

function hashtag(text: string, i: number): number {
	let letter = false;
	let j = i + 1;
	while (j < text.length) {
		const cp = codePointAt(text, j);
		const k = classOf(cp);
		if (k & LETTER) letter = true;
		else if (!(k & NUMBER) && cp !== 95) break;
		j += width(cp);
	}
	return letter ? j : -1;
}

/** An emoticon may end only at the end, a space or . , ! ? */
function endsWell(text: string, e: number): boolean {
	if (e >= text.length) return true;
	const c = text.charCodeAt(e);
	return is(FOLLOW, c) || isSpace(c);
}

/** [<>]?[:;=][-o'^]?[mouth]+ */
function colonFace(text: string, i: number): number {
	let j = i;
	const c = text.charCodeAt(j);
	if (c === 60 || c === 62) j++;
	if (!is(EYES, text.charCodeAt(j))) return -1;
	j++;
	const nose = is(NOSE, text.charCodeAt(j));
	let k = nose ? j + 1 : j;
	while (is(MOUTH, text.charCodeAt(k))) k++;
	if (k > (nose ? j + 1 : j)) return k;
	// ":o" alone: the "o" was read as a nose, but it is the mouth.
	return nose && text.charCodeAt(j) === 111 ? j + 1 : -1;
}

const isMouthAfterX = (x: number) => x === 41 || x === 40 || x === 68 || x === 80 || x === 112;
const isO = (x: number) => x === 111 || x === 79 || x === 48;
const isT = (x: number) => x === 116 || x === 84 || x === 59;

/** The faces that must start their token, in the order of the alternation; each must end well. */
function startFace(text: string, i: number): number {
	const c = text.charCodeAt(i);
	const b = text.charCodeAt(i + 1);
	let e = -1;
	if (c === 56 || c === 120 || c === 88) {
		// [8xX]-?[)(DPp]
		e = b === 45 && isMouthAfterX(text.charCodeAt(i + 2)) ? i + 3 : isMouthAfterX(b) ? i + 2 : -1;
		if (e >= 0 && endsWell(text, e)) return e;
	}
	if (is(LEFT_MOUTH, c)) {
		// [)(\]\[/\\|*{}][-o'^]?[:;=]
		e = is(NOSE, b) && is(EYES, text.charCodeAt(i + 2)) ? i + 3 : is(EYES, b) ? i + 2 : -1;
		if (e >= 0 && endsWell(text, e)) return e;
	}
	if (c === 60) {
		// <\/?3+
		let j = i + 1;
		if (text.charCodeAt(j) === 47) j++;
		if (text.charCodeAt(j) === 51) {
			while (text.charCodeAt(j) === 51) j++;
			if (endsWell(text, j)) return j;
		}
	}
	if (c === 94) {
		// \^[_.\-]?\^
		e = (b === 95 || b === 46 || b === 45) && text.charCodeAt(i + 2) === 94 ? i + 3 : b === 94 ? i + 2 : -1;
		if (e >= 0 && endsWell(text, e)) return e;
	}
	if (b === 95 || b === 46) {
		// [-=>][_.][-=<]  [oO0][_.][oO0]  [tT;][_.][tT;]
		const d = text.charCodeAt(i + 2);
		if ((c === 45 || c === 61 || c === 62) && (d === 45 || d === 61 || d === 60) && endsWell(text, i + 3)) return i + 3;
		if (isO(c) && isO(d) && endsWell(text, i + 3)) return i + 3;
		if (isT(c) && isT(d) && endsWell(text, i + 3)) return i + 3;
	}
	// \\o\/
	if (c === 92 && b === 111 && text.charCodeAt(i + 2) === 47 && endsWell(text, i + 3)) return i + 3;
	return -1;
}

function emoticon(text: string, i: number): number {
	const before = i === 0 ? -1 : classOf(codePointBefore(text, i));
	if (before === -1 || before & (SPACE | LETTER)) {
		const e = colonFace(text, i);
		if (e >= 0 && endsWell(text, e)) return e;
	}
	return before === -1 || before & SPACE ? startFace(text, i) : -1;
}

/** [\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*; sets `match.kind` to number when all digits. */
function word(text: string, i: number): number {
	const n = text.length;
	let digits = true;
	let j = i;
	for (;;) {
		while (j < n) {
			const c = text.charCodeAt(j);
			if (c < 128) {
				// Most text is ASCII: one table read per character.
				const a = ASCII[c];
				if (!(a & WORD)) break;
				if (!(a & NUMBER)) digits = false;
				j++;
				continue;
			}
			const cp = codePointAt(text, j);
			const k = classOf(cp);
			if (!(k & WORD)) break;
			if (!(k & NUMBER)) digits = false;
			j += width(cp);
		}
		const c = text.charCodeAt(j);
		if ((c === 39 || c === 0x2019 || c === 45) && j + 1 < text.length && classOf(codePointAt(text, j + 1)) & WORD) {
			digits = false;
			j++;
			continue;
		}
		break;
	}
	match.kind = digits ? 'number' : 'word';
	return j;
}

function punct(text: string, i: number, c: number): number {
	if (c === 33 || c === 63) {
		let j = i + 1;
		while (text.charCodeAt(j) === c) j++;
		return j;
	}
	if (c === 46 || c === 44 || c === 59 || c === 58 || c === 0x2026 || c === 0x2014 || c === 0x2013) return i + 1;
	return c === 45 && text.charCodeAt(i + 1) === 45 ? i + 2 : -1;
}

/** Start of the next token at or after `from` (its kind and end in `match`), or -1. */
export function nextToken(text: string, from: number): number {
	const n = text.length;
	for (let i = from; i < n; ) {
		const c = text.charCodeAt(i);
		if (c < 128 && SPECIAL[c] === 0) {
			// The common case, decided by one table read: no token starts with a space; a letter
			// or digit that cannot start anything else starts a word.
			const a = ASCII[c];
			if (a & SPACE) {
				i++;
				continue;
			}
			if (a & WORD) {
				match.end = word(text, i);
				return i;
			}
			const e = punct(text, i, c);
			if (e < 0) {
				i++;
				continue;
			}
			match.kind = 'punct';
			match.end = e;
			return i;
		}
		let e = -1;
		if (c === 104 || c === 119) {
			e = url(text, i);
			if (e >= 0) match.kind = 'url';
		} else if (c === 64) {
			e = runEnd(text, i + 1, LETTER | NUMBER, true);
			if (e > i + 1) match.kind = 'mention';
			else e = -1;
		} else if (c === 35) {
			e = hashtag(text, i);
			if (e >= 0) match.kind = 'hashtag';
		}
		if (e < 0 && is(FACE_START, c)) {
			e = emoticon(text, i);
			if (e >= 0) match.kind = 'emoticon';
		}
		if (e < 0) {
			const cp = c >= 0xd800 ? codePointAt(text, i) : c;
			if (classOf(cp) & WORD) e = word(text, i);
			else {
				e = punct(text, i, c);
				if (e >= 0) match.kind = 'punct';
			}
			if (e < 0) {
				i += width(cp);
				continue;
			}
		}
		match.end = e;
		return i;
	}
	return -1;
}
