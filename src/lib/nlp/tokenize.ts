// One pass over a comment that yields what every scorer needs: words (lower-cased, with
// offsets), emoticons, emoji, URLs, mentions, hashtags and the punctuation that ends clauses.
import { findEmoji, type EmojiSpan } from './emoji';

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
}

// Emoticons. Colon-eyed faces (":-)", ";D", ":'(", ">:(", ":/") may follow a word ("great:)");
// the rest ("xD", "8)", "(:", "<3", "^_^", "-_-", "o_O", "\\o/") must start a token, so "(8)" or
// "Option D:" stay text. All must end at a space, the end or sentence punctuation.
const EMOTICON_AFTER_WORD = String.raw`[<>]?[:;=][\-o'^]?[)(\]\[dDpPoO3/\\|*@$}{]+`;
const EMOTICON_AT_START = String.raw`[8xX]-?[)(DPp]|[)(\]\[/\\|*{}][\-o'^]?[:;=]|<\/?3+|\^[_.\-]?\^|[-=>][_.][-=<]|[oO0][_.][oO0]|[tT;][_.][tT;]|\\o\/`;

const TOKEN = new RegExp(
	[
		String.raw`(https?:\/\/\S+|www\.\S+)`,
		String.raw`(@[\p{L}\p{N}_]+)`,
		String.raw`(#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)`,
		String.raw`((?<=^|[\s\p{L}])(?:${EMOTICON_AFTER_WORD})|(?<=^|\s)(?:${EMOTICON_AT_START}))(?=$|\s|[.,!?])`,
		String.raw`([\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*)`,
		String.raw`(!+|\?+|[.,;:…]|—|–|--)`
	].join('|'),
	'gu'
);

const DIGITS = /^[\p{N}.,]+$/u;

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

function makeToken(kind: TokenKind, text: string, start: number): Token {
	let norm = text.toLowerCase();
	if (norm.includes('’')) norm = norm.replace(/’/g, "'");
	return { kind, text, norm, start, end: start + text.length, caps: kind === 'word' && isCaps(text) };
}

export interface Tokenized {
	tokens: Token[];
	emoji: EmojiSpan[];
}

/** Tokens in text order. Emoji spans replace whatever the word pattern would have made of them (keycaps). */
export function tokenize(text: string): Tokenized {
	const emoji = findEmoji(text);
	const tokens: Token[] = [];
	let e = 0;
	TOKEN.lastIndex = 0;
	for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
		const start = m.index;
		while (e < emoji.length && emoji[e].end <= start) {
			const s = emoji[e++];
			tokens.push({ kind: 'emoji', text: text.slice(s.start, s.end), norm: s.emoji, start: s.start, end: s.end, caps: false });
		}
		if (e < emoji.length && emoji[e].start <= start) continue; // inside an emoji (a keycap digit)
		const kind: TokenKind = m[1]
			? 'url'
			: m[2]
				? 'mention'
				: m[3]
					? 'hashtag'
					: m[4]
						? 'emoticon'
						: m[5]
							? DIGITS.test(m[5])
								? 'number'
								: 'word'
							: 'punct';
		tokens.push(makeToken(kind, m[0], start));
	}
	while (e < emoji.length) {
		const s = emoji[e++];
		tokens.push({ kind: 'emoji', text: text.slice(s.start, s.end), norm: s.emoji, start: s.start, end: s.end, caps: false });
	}
	return { tokens, emoji };
}
