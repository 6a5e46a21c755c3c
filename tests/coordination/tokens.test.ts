import { describe, expect, it } from 'vitest';
import { tokenize, wordsOf, normalizeText } from '../../src/lib/coordination/tokens';
import { hashString } from '../../src/lib/coordination/hash';

describe('tokenize', () => {
	it.each([
		['Hello, world!', ['hello', 'world'], [0]],
		['It’s hard to see. Only time will tell!', ["it's", 'hard', 'to', 'see', 'only', 'time', 'will', 'tell'], [0, 4]],
		['It lasted 4.5 hours… 1,000 people', ['it', 'lasted', '4.5', 'hours', '1,000', 'people'], [0, 4]],
		['a.b is not a sentence end', ['a', 'b', 'is', 'not', 'a', 'sentence', 'end'], [0]],
		['Ｆｕｌｌ width café naïve 🙏🌍 end', ['full', 'width', 'café', 'naïve', 'end'], [0]],
		['first line\nsecond line', ['first', 'line', 'second', 'line'], [0, 2]],
		["'quoted' rock'n'roll", ['quoted', "rock'n'roll"], [0]],
		['!!! ...', [], [0]],
		['Wow!!! Really?', ['wow', 'really'], [0, 1]]
	])('%j', (text, words, sentences) => {
		const t = tokenize(text, 0, true);
		expect(wordsOf(t)).toEqual(words);
		expect(t.sentenceStarts).toEqual(sentences);
	});

	it('hashes each word as hashString does, with the same seed', () => {
		const t = tokenize('This situation feels so tense', 99, true);
		expect([...t.hashes]).toEqual(wordsOf(t).map((w) => hashString(w, 99)));
	});

	it('folds case, width and curly apostrophes', () => {
		expect(normalizeText('DON’T Ｓtop')).toBe("don't stop");
	});
});
