// One pass over a comment that yields what every scorer needs: words (lower-cased, with
// offsets), emoticons, emoji, URLs, mentions, hashtags and the punctuation that ends clauses.
// The scanner (scan.ts) reads the text once, character by character, rather than through one
// large regular expression: the tag pass runs it on every comment and this is ~4x faster.
import { findEmoji, type EmojiSpan } from './emoji';
import { nextToken, match } from './scan';
import { wordInfo, NO_INFO, type WordInfo } from './wordInfo';

export type TokenKind = 'word' | 'number' | 'emoticon' | 'emoji' | 'url' | 'mention' | 'hashtag' | 'punct';

export interface Token {
	kind: TokenKind;
	/** As written. */
	text: string;
	/** Lower-cased, curly apostrophes straightened; for emoji the fully-qualified sequence. */
	norm: string;
	start: number;
	end: number;
	/** Written in capitals (two or more letters, no lower case). */
	caps: boolean;
	/** What the lexicons say about a word (a hashtag's word without "#"); NO_INFO for other kinds. */
	info: WordInfo;
}

function isCaps(s: string): boolean {
	let letters = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 97 && c <= 122) return false;
		if (c >= 65 && c <= 90) letters++;
		else if (c > 127 && s[i] !== s[i].toUpperCase()) return false;
		else if (c > 127 && s[i] !== s[i].toLowerCase()) letters++;
	}
	return letters >= 2;
}

function normOf(text: string): string {
	const norm = text.toLowerCase();
	return norm.includes('’') ? norm.replace(/’/g, "'") : norm;
}

/** The form phrases are compared in (phrases.ts matchForm) of an already normalised word: no possessive "'s". */
function formOf(norm: string): string {
	const n = norm.length;
	if (n >= 2 && norm.charCodeAt(n - 1) === 115 && norm.charCodeAt(n - 2) === 39) return norm.slice(0, -2);
	if (n >= 1 && norm.charCodeAt(n - 1) === 39) return norm.slice(0, -1);
	return norm;
}

export interface Tokenized {
	tokens: Token[];
	emoji: EmojiSpan[];
	/** Per token, the form phrase matchers compare (phrases.ts): "" for all but words, numbers and hashtags (without "#"). */
	forms: string[];
}

/**
 * The words last seen, by a hash of their length and a few letters: a word already here is
 * recognised by comparing characters, without the slicing, lower-casing and lexicon lookup that a
 * new one costs. A thousand words make up nine tenths of a corpus's running text.
 */
const RECENT = 4096;
const recentNorm: string[] = new Array(RECENT).fill('');
const recentInfo: WordInfo[] = new Array(RECENT).fill(NO_INFO);
const recentForm: string[] = new Array(RECENT).fill('');

function slotOf(text: string, start: number, end: number): number {
	const n = end - start;
	const a = text.charCodeAt(start) | 32;
	const b = text.charCodeAt(end - 1) | 32;
	const c = text.charCodeAt(start + (n >> 1)) | 32;
	return (Math.imul(n, 0x9e3779b1) ^ Math.imul(a, 0x85ebca6b) ^ Math.imul(b, 0xc2b2ae35) ^ Math.imul(c, 0x27d4eb2f)) >>> 20;
}

/** How the text's word compares with a known norm: 0 differs, 1 same word, 2 same and written exactly so. */
function sameWord(norm: string, text: string, start: number, end: number): number {
	if (norm.length !== end - start) return 0;
	let exact = 2;
	for (let k = 0; k < norm.length; k++) {
		const c = text.charCodeAt(start + k);
		const d = norm.charCodeAt(k);
		if (c === d) continue;
		if ((c >= 65 && c <= 90 && c + 32 === d) || (c === 0x2019 && d === 39)) exact = 1;
		else return 0;
	}
	return exact;
}

function emojiToken(text: string, s: EmojiSpan): Token {
	return { kind: 'emoji', text: text.slice(s.start, s.end), norm: s.emoji, start: s.start, end: s.end, caps: false, info: NO_INFO };
}

/** Tokens in text order. Emoji spans replace whatever the word pattern would have made of them (keycaps). */
export function tokenize(text: string): Tokenized {
	const emoji = findEmoji(text);
	const tokens: Token[] = [];
	const forms: string[] = [];
	let e = 0;
	for (let at = nextToken(text, 0); at >= 0; at = nextToken(text, match.end)) {
		while (e < emoji.length && emoji[e].end <= at) {
			tokens.push(emojiToken(text, emoji[e++]));
			forms.push('');
		}
		if (e < emoji.length && emoji[e].start <= at) continue; // inside an emoji (a keycap digit)
		const kind = match.kind;
		const end = match.end;
		if (kind === 'word') {
			const slot = slotOf(text, at, end);
			const same = sameWord(recentNorm[slot], text, at, end);
			if (same) {
				const norm = recentNorm[slot];
				const raw = same === 2 ? norm : text.slice(at, end);
				tokens.push({ kind, text: raw, norm, start: at, end, caps: same === 1 && isCaps(raw), info: recentInfo[slot] });
				forms.push(recentForm[slot]);
				continue;
			}
			const raw = text.slice(at, end);
			const norm = normOf(raw);
			const info = wordInfo(norm);
			const form = formOf(norm);
			[recentNorm[slot], recentInfo[slot], recentForm[slot]] = [norm, info, form];
			tokens.push({ kind, text: raw, norm, start: at, end, caps: isCaps(raw), info });
			forms.push(form);
			continue;
		}
		const raw = text.slice(at, end);
		const norm = normOf(raw);
		const info = kind === 'hashtag' ? wordInfo(norm.slice(1)) : NO_INFO;
		tokens.push({ kind, text: raw, norm, start: at, end, caps: false, info });
		forms.push(kind === 'number' ? formOf(norm) : kind === 'hashtag' ? formOf(norm.slice(1)) : '');
	}
	while (e < emoji.length) {
		tokens.push(emojiToken(text, emoji[e++]));
		forms.push('');
	}
	return { tokens, emoji, forms };
}
