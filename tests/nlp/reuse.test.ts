import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize, tokenizeTransient } from '../../src/lib/nlp/tokenize';
import { analyze } from '../../src/lib/nlp/analyze';
import { PhraseMatcher, viewOf } from '../../src/lib/nlp/phrases';
import { TopicVocabulary } from '../../src/lib/nlp/topics';

// analyze() reuses token records, one TokenView and its id arrays from text to text: a result must
// not depend on what was analysed before it.
const TEXTS = [
	'Scrap the carbon tax now!!! It is a DISASTER for families 😡',
	"I'm thrilled they scrapped the carbon tax. Who knew? #sarcasm",
	'ok',
	'',
	'Die Regierung hat den Plan nicht erklärt, aber die Steuer ist ein Fehler und das weiß jeder.',
	'Great Britain won :) 1️⃣ 🇩🇪 👨‍👩‍👧 www.example.org @someone',
	'No ceasefire until the talks restart... the truce is a trap, not a deal — yeah right',
	'kind of good, not bad at all; soooo goood'
];
const TARGET = { name: 'Carbon tax', aliases: ['carbon tax', 'carbon levy'] };
const vocabulary = new TopicVocabulary([
	{ name: 'Carbon tax', kind: 'phrase' },
	{ name: 'Great Britain', kind: 'place' },
	{ name: 'Olaf Scholz', kind: 'person' }
]);
const OPTIONS = [{}, { fallbackTarget: TARGET, vocabulary, contextTopics: ['Olaf Scholz'] }, { targets: [TARGET], vocabulary }];

describe('token and view reuse', () => {
	it('tokenizeTransient gives what tokenize gives', () => {
		for (const text of TEXTS) expect(tokenizeTransient(text)).toEqual(tokenize(text));
	});

	it('analyze gives the same result in any order and with a long text in between', () => {
		const long = TEXTS.join(' ').repeat(200); // more tokens than the pool holds
		for (const opts of OPTIONS) {
			const alone = TEXTS.map((t) => JSON.stringify(analyze(t, opts)));
			analyze(long, opts);
			const reversed = [...TEXTS].reverse().map((t) => JSON.stringify(analyze(t, opts)));
			expect(reversed.reverse()).toEqual(alone);
		}
	});

	it('random texts: analyze after analyze equals analyze after nothing but tokenize', () => {
		fc.assert(
			fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 60 }), { minLength: 2, maxLength: 4 }), (texts) => {
				const first = texts.map((t) => JSON.stringify(analyze(t, OPTIONS[1])));
				const again = texts.map((t) => {
					tokenize(t);
					return JSON.stringify(analyze(t, OPTIONS[1]));
				});
				expect(again).toEqual(first);
			}),
			{ seed: 7, numRuns: 200 }
		);
	});

	it('a matcher made after many words were interned finds its phrases (first-word filter)', () => {
		const early = new PhraseMatcher<string>();
		early.add('peace deal', 'early');
		const late = new PhraseMatcher<string>();
		for (let i = 0; i < 5000; i++) late.add(`word${i} filler`, `w${i}`);
		late.add('peace talks', 'late');
		const view = viewOf(tokenize('The peace talks and the peace deal; word4097 filler, word1 filler').tokens);
		expect(late.findAll(view).map((m) => [m.value, m.from, m.to])).toEqual([
			['late', 1, 3],
			['w4097', 8, 10],
			['w1', 11, 13]
		]);
		expect(early.findAll(view).map((m) => [m.value, m.from, m.to])).toEqual([['early', 5, 7]]);
	});
});
