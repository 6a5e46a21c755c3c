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
const RECENT = 16384;
const recentNorm: string[] = new Array(RECENT).fill('');
const recentInfo: WordInfo[] = new Array(RECENT).fill(NO_INFO);
const recentForm: string[] = new Array(RECENT).fill('');

function slotOf(text: string, start: number, end: number): number {
	const n = end - start;
	const a = text.charCodeAt(start) | 32;
	const b = text.charCodeAt(end - 1) | 32;
	const c = text.charCodeAt(start + (n >> 1)) | 32;
	return (Math.imul(n, 0x9e3779b1) ^ Math.imul(a, 0x85ebca6b) ^ Math.imul(b, 0xc2b2ae35) ^ Math.imul(c, 0x27d4eb2f)) >>> 18;
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

/**
 * Token records that tokenizeTransient() hands out again on every call: analyze() keeps no token
 * past its own return, and reusing ~40 records per comment takes half the allocation (and so
 * much of the garbage collection) out of the tag pass.
 */
const POOL: Token[] = [];
/** Enough for long comments; a longer text's further tokens are allocated as usual. */
const POOL_MAX = 4096;

/** The token record for slot `at` of the pool (-1: a new record, as tokenize() gives). */
function makeToken(at: number, kind: TokenKind, text: string, norm: string, start: number, end: number, caps: boolean, info: WordInfo): Token {
	if (at < 0 || at >= POOL_MAX) return { kind, text, norm, start, end, caps, info };
	let t = POOL[at];
	if (t === undefined) POOL.push((t = { kind, text, norm, start, end, caps, info }));
	else {
		t.kind = kind;
		t.text = text;
		t.norm = norm;
		t.start = start;
		t.end = end;
		t.caps = caps;
		t.info = info;
	}
	return t;
}

function emojiToken(at: number, text: string, s: EmojiSpan): Token {
	return makeToken(at, 'emoji', text.slice(s.start, s.end), s.emoji, s.start, s.end, false, NO_INFO);
}

/** Tokens in text order. Emoji spans replace whatever the word pattern would have made of them (keycaps). */
export function tokenize(text: string): Tokenized {
	return scan(text, false);
}

/**
 * tokenize() for a caller that drops the tokens before it calls again (analyze()): the Token
 * records are reused by the next call, so nothing may keep one.
 */
export function tokenizeTransient(text: string): Tokenized {
	return scan(text, true);
}

function scan(text: string, pool: boolean): Tokenized {
	const emoji = findEmoji(text);
	// The pool slot of the next token, or -1 when not pooling.
	let used = pool ? 0 : -1;
	const tokens: Token[] = [];
	const forms: string[] = [];
	let e = 0;
	for (let at = nextToken(text, 0); at >= 0; at = nextToken(text, match.end)) {
		while (e < emoji.length && emoji[e].end <= at) {
			tokens.push(emojiToken(used < 0 ? -1 : used++, text, emoji[e++]));
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
				tokens.push(makeToken(used < 0 ? -1 : used++, kind, raw, norm, at, end, same === 1 && isCaps(raw), recentInfo[slot]));
				forms.push(recentForm[slot]);
				continue;
			}
			const raw = text.slice(at, end);
			const norm = normOf(raw);
			const info = wordInfo(norm);
			const form = formOf(norm);
			recentNorm[slot] = norm;
			recentInfo[slot] = info;
			recentForm[slot] = form;
			tokens.push(makeToken(used < 0 ? -1 : used++, kind, raw, norm, at, end, isCaps(raw), info));
			forms.push(form);
			continue;
		}
		const raw = text.slice(at, end);
		// Punctuation (! ? . , ; : … — – -) has no case and no curly apostrophe.
		const norm = kind === 'punct' ? raw : normOf(raw);
		const info = kind === 'hashtag' ? wordInfo(norm.slice(1)) : NO_INFO;
		tokens.push(makeToken(used < 0 ? -1 : used++, kind, raw, norm, at, end, false, info));
		forms.push(kind === 'number' ? formOf(norm) : kind === 'hashtag' ? formOf(norm.slice(1)) : '');
	}
	while (e < emoji.length) {
		tokens.push(emojiToken(used < 0 ? -1 : used++, text, emoji[e++]));
		forms.push('');
	}
	return { tokens, emoji, forms };
}
