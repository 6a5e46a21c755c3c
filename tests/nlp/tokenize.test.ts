import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../../src/lib/nlp/tokenize';
import { nextToken, match } from '../../src/lib/nlp/scan';

// The tokenizer's grammar written as one regular expression (what tokenize.ts used before the
// hand-written scanner): the scanner must find exactly the tokens this alternation finds.
const EMOTICON_AFTER_WORD = String.raw`[<>]?[:;=][\-o'^]?[)(\]\[dDpPoO3/\\|*@$}{]+`;
const EMOTICON_AT_START = String.raw`[8xX]-?[)(DPp]|[)(\]\[/\\|*{}][\-o'^]?[:;=]|<\/?3+|\^[_.\-]?\^|[-=>][_.][-=<]|[oO0][_.][oO0]|[tT;][_.][tT;]|\\o\/`;
const REFERENCE = new RegExp(
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
const KINDS = ['url', 'mention', 'hashtag', 'emoticon', 'word', 'punct'];

function referenceTokens(text: string): [string, string, number][] {
	const out: [string, string, number][] = [];
	REFERENCE.lastIndex = 0;
	for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
		let kind = KINDS[m.slice(1).findIndex((g) => g !== undefined)];
		if (kind === 'word' && /^\p{N}+$/u.test(m[0])) kind = 'number';
		out.push([kind, m[0], m.index]);
	}
	return out;
}

function scannedTokens(text: string): [string, string, number][] {
	const out: [string, string, number][] = [];
	for (let at = nextToken(text, 0); at >= 0; at = nextToken(text, match.end)) out.push([match.kind, text.slice(at, match.end), at]);
	return out;
}

describe('scanner', () => {
	it.each([
		['great:) but not :( or :o', [['word', 'great'], ['emoticon', ':)'], ['word', 'but'], ['word', 'not'], ['emoticon', ':('], ['word', 'or'], ['emoticon', ':o']]],
		['(8) Option D: xD <3 </3. ^_^ -_- o_O \\o/', [['number', '8'], ['word', 'Option'], ['word', 'D'], ['punct', ':'], ['emoticon', 'xD'], ['emoticon', '<3'], ['emoticon', '</3'], ['punct', '.'], ['emoticon', '^_^'], ['emoticon', '-_-'], ['emoticon', 'o_O'], ['emoticon', '\\o/']]],
		["don't four-day rock’n’roll -- 'quoted'", [['word', "don't"], ['word', 'four-day'], ['word', 'rock’n’roll'], ['punct', '--'], ['word', 'quoted']]],
		['see https://x.org/a?b=1, www.y.com and @user_1 #tag1 #123!!', [['word', 'see'], ['url', 'https://x.org/a?b=1,'], ['url', 'www.y.com'], ['word', 'and'], ['mention', '@user_1'], ['hashtag', '#tag1'], ['number', '123'], ['punct', '!!']]],
		['Ça coûte 12,50 €… naïve 𝒜𝟙', [['word', 'Ça'], ['word', 'coûte'], ['number', '12'], ['punct', ','], ['number', '50'], ['punct', '…'], ['word', 'naïve'], ['word', '𝒜𝟙']]]
	])('%s', (text, expected) => {
		expect(scannedTokens(text).map(([k, t]) => [k, t])).toEqual(expected);
	});

	it('finds exactly the tokens of the reference alternation, on any text', () => {
		const chars = [...":;=<>8xX)(][/\\|*{}^-_.oO0tT3dDpP'’@#$!?,… \t\nabcHhttps:/www.é́1٣🙂👍🏽❤️©—–𝒜𝟙\u00a0"];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 24 }), (parts) => {
				const text = parts.join('');
				expect(scannedTokens(text)).toEqual(referenceTokens(text));
			}),
			{ numRuns: 5000, seed: 4 }
		);
	});
});

describe('tokenize', () => {
	it('gives words their lexicon record and phrase form, the same whether a word was seen before or not', () => {
		const first = tokenize("Putin's GREAT plan. Putin’s great plan!");
		expect(first.tokens.map((t) => [t.text, t.norm, t.caps])).toEqual([
			["Putin's", "putin's", false],
			['GREAT', 'great', true],
			['plan', 'plan', false],
			['.', '.', false],
			['Putin’s', "putin's", false],
			['great', 'great', false],
			['plan', 'plan', false],
			['!', '!', false]
		]);
		expect(first.forms).toEqual(['putin', 'great', 'plan', '', 'putin', 'great', 'plan', '']);
		expect(first.tokens[1].info).toBe(first.tokens[5].info);
		expect(first.tokens[5].info.valence).toBeGreaterThan(0);
	});

	it('keeps a keycap emoji whole and leaves its digit out of the words', () => {
		expect(tokenize('Vote 1️⃣ now').tokens.map((t) => [t.kind, t.text])).toEqual([
			['word', 'Vote'],
			['emoji', '1️⃣'],
			['word', 'now']
		]);
	});
});
