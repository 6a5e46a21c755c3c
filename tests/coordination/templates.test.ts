import { describe, expect, it } from 'vitest';
import { storyTemplates, TEMPLATE_DEFAULTS, type StoryComment } from '../../src/lib/coordination/templates';
import { tokenize } from '../../src/lib/coordination/tokens';
import { pastedPageComments } from './pastedPage';
import { templatePhrase } from '../../src/lib/coordination/evidence';

const story = (texts: { text: string; author?: number; time?: number }[]): StoryComment[] =>
	texts.map((t, i) => ({ index: i + 1, author: t.author ?? i + 1, time: t.time ?? NaN, fresh: true, tokens: tokenize(t.text) }));

describe('storyTemplates', () => {
	it('pairs comments 15 and 16 of the pasted page, and no others', () => {
		const page = pastedPageComments();
		expect(page.map((c) => c.n)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
		const found = storyTemplates(story(page.map((c) => ({ text: c.text }))));
		expect(found.edges.map((e) => [e.a, e.b, e.part, Math.round(e.similarity * 1000) / 1000])).toEqual([[15, 16, 'opening', 0.588]]);
		expect(templatePhrase(page[14].text, page[15].text, 'opening')).toBe("this situation feels so … and it's hard to see");
	});

	const opening = 'This situation feels so tense and complicated, and it is hard to see any easy solutions here.';
	const paraphrase = 'This situation feels so complex and tense, and it is hard to see a clear path to peace.';
	it.each([
		['a paraphrased opening by another account', [{ text: opening + ' One.' }, { text: paraphrase + ' Two.' }], 1],
		['the same account twice', [{ text: opening, author: 7 }, { text: paraphrase, author: 7 }], 0],
		['timed comments far apart', [{ text: opening, time: 0 }, { text: paraphrase, time: 7200 }], 0],
		['timed comments minutes apart', [{ text: opening, time: 0 }, { text: paraphrase, time: 300 }], 1],
		['a shared stem only', [{ text: opening }, { text: 'This situation feels like a complex chess game where every move has huge consequences.' }], 0],
		['short openings', [{ text: 'This situation feels so tense. More.' }, { text: 'This situation feels so tense. Else.' }], 0]
	])('%s', (_name, texts, edges) => {
		expect(storyTemplates(story(texts)).edges.length).toBe(edges);
	});

	it('needs an account with no history elsewhere to lead a pair', () => {
		const texts = story([{ text: opening + ' One.' }, { text: paraphrase + ' Two.' }]);
		expect(storyTemplates(texts.map((t) => ({ ...t, fresh: false }))).edges).toHaveLength(0);
		expect(storyTemplates(texts.map((t, i) => ({ ...t, fresh: i === 0 }))).edges).toHaveLength(1);
	});

	it('also compares closings, and counts matched sentences per shared run', () => {
		const closing = 'Please write to your MP and support the new rules before it is too late for all of us.';
		const found = storyTemplates(story([{ text: 'First thing. ' + closing }, { text: 'Another view entirely. ' + closing.replace('Please w', 'W') }]));
		expect(found.edges.map((e) => e.part)).toEqual(['closing']);
		expect(Math.max(...found.matched.values())).toBe(2);
		expect(found.storyGrams.length).toBeGreaterThan(0);
		expect([...found.storyGrams]).toEqual([...new Set(found.grams)].sort((a, b) => a - b));
	});

	it('uses the documented defaults', () => {
		expect(TEMPLATE_DEFAULTS).toMatchObject({ minWords: 10, minShared: 8, threshold: 0.5, gram: 4 });
	});
});

describe('templatePhrase', () => {
	it.each([
		['Only time will tell who pays for this mess in the end.', 'Only time will tell who pays for the whole mess in the end.', 'closing', 'only time will tell who pays for … mess in the end'],
		['First. We need the new plant built now, not in ten years!', 'Other. We need the new plant now, not in twenty years.', 'closing', 'we need the new plant … now not in']
	] as const)('%s / %s', (a, b, part, phrase) => {
		expect(templatePhrase(a, b, part)).toBe(phrase);
	});
});
