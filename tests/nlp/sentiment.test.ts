import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/lib/nlp/analyze';

/** [token, weight, modifiers?] of each piece of evidence. */
const brief = (text: string) => {
	const s = analyze(text).sentiment;
	return [s.label, s.evidence.map((e) => (e.modifiers ? [e.token, e.weight, e.modifiers] : [e.token, e.weight]))];
};

describe('sentiment: label and evidence', () => {
	it.each([
		['The ceasefire is good.', 'positive', [['good', 2.15]]],
		['The ceasefire is not good.', 'negative', [['good', -1.591, ['negated']]]],
		['The ceasefire is very good.', 'positive', [['good', 2.443, ['intensified']]]],
		['It is kind of sad.', 'negative', [['sad', -1.557, ['diminished']]]],
		['The ceasefire is GOOD, the talks are slow.', 'positive', [['GOOD', 2.883, ['caps']]]],
		['The film is sooo goood', 'positive', [['goood', 2.45, ['elongated']]]],
		['The plan is good, but the timing is terrible.', 'negative', [['good', 1.075, ['before contrast']], ['terrible', -3.9, ['contrast']]]],
		['Great news!!!', 'positive', [['Great', 2.75], ['!!!', 0.876, ['exclamation']]]],
		['Finally a truce :)', 'positive', [[':)', 2, ['emoticon']]]],
		['This is hilarious 😂', 'positive', [['hilarious', 2.4], ['😂', 0.662, ['emoji']]]],
		['Who knew diplomacy involved so much territorial rearranging? 🤔', 'negative', [['🤔', -0.3, ['emoji']], ['Who knew', -1.2, ['sarcasm']]]],
		['Oh great, another summit.', 'negative', [['great', 2.75], ['Oh great', -5.325, ['sarcasm']]]],
		['I like it.', 'positive', [['like', 1.6]]],
		['It looks like rain.', 'neutral', [['rain', -0.4]]],
		['I played Grand Theft Auto all day', 'neutral', []],
		['It is too long.', 'negative', [['too', -0.8]]],
		['No.', 'negative', [['No', -1.2]]],
		['The meeting lasted 4.5 hours.', 'neutral', []]
	])('%s', (text, label, evidence) => {
		expect(brief(text)).toEqual([label, evidence]);
	});

	it('gives character offsets for every piece of evidence', () => {
		const text = 'Honestly NOT a bad deal at all!';
		const s = analyze(text).sentiment;
		expect(s).toEqual({
			score: 0.727,
			label: 'positive',
			evidence: [
				{ token: 'Honestly', weight: 2, start: 0, end: 8 },
				{ token: 'bad', weight: 1.813, modifiers: ['negated'], start: 15, end: 18 },
				{ token: '!', weight: 0.292, modifiers: ['exclamation'], start: 30, end: 31 }
			]
		});
		for (const e of s.evidence) expect(text.slice(e.start, e.end)).toBe(e.token);
	});

	it('leaves non-English text unscored rather than scoring it as English', () => {
		expect(analyze('Das ist wirklich eine schlechte Idee, die Verhandlungen sind gescheitert.')).toMatchObject({
			lang: 'de',
			sentiment: { score: 0, label: 'unscored', evidence: [] }
		});
		expect(analyze('Это ужасная сделка, Путин снова лжёт всем нам')).toMatchObject({ lang: 'ru', sentiment: { label: 'unscored' } });
	});

	it('keeps scores in -1..1', () => {
		for (const text of ['LOVE LOVE LOVE!!!! 😍😍😍 best ever', 'worst worst worst, hate it, disgusting!!!! 😡😡']) {
			const { score } = analyze(text).sentiment;
			expect(Math.abs(score)).toBeLessThanOrEqual(1);
		}
	});
});
