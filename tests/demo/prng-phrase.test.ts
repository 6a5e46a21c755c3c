import { describe, expect, it } from 'vitest';
import { Rng, hashKey } from '../../src/lib/demo/prng';
import { compile, expand, expandRaw, Alt, SlotRef } from '../../src/lib/demo/phrase';
import { idiolect } from '../../src/lib/demo/idiolect';
import { allocate, slugify } from '../../src/lib/demo/articles';
import { isoSeconds, CORPUS_END, CORPUS_START } from '../../src/lib/demo/time';

describe('Rng (sfc32 seeded by cyrb128)', () => {
	it('gives the same stream for the same key and a different one for another key', () => {
		const a = new Rng('seed/1'),
			b = new Rng('seed/1'),
			c = new Rng('seed/2');
		const take = (r: Rng) => Array.from({ length: 5 }, () => r.u32());
		const first = take(a);
		expect(take(b)).toEqual(first);
		expect(take(c)).not.toEqual(first);
	});

	it('is pinned: these values must never change, or every demo corpus changes', () => {
		expect(hashKey('murmur')).toEqual(hashKey('murmur'));
		expect(hashKey('a')).not.toEqual(hashKey('b'));
		const r = new Rng('murmur');
		expect([r.u32(), r.u32(), r.u32()]).toEqual([1737964368, 502474590, 1149872584]);
	});

	it('draws within bounds and follows weights', () => {
		const r = new Rng('bounds');
		const counts = { a: 0, b: 0, c: 0 };
		const weights = { a: 0.7, b: 0.2, c: 0.1 };
		let outside = 0;
		for (let i = 0; i < 20000; i++) {
			const x = r.next();
			const k = r.range(3, 5);
			if (!(x >= 0 && x < 1) || !(k >= 3 && k <= 5)) outside++;
			counts[r.weighted(weights)]++;
		}
		expect(outside).toBe(0);
		expect(counts.a / 20000).toBeCloseTo(0.7, 1);
		expect(counts.c / 20000).toBeCloseTo(0.1, 1);
		expect(r.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
	});
});

describe('phrase grammar', () => {
	const slots = { X: () => 'ex', Y: (r: Rng) => r.pick(['y1', 'y2']) };

	it.each([
		['plain text', ['Plain text']],
		['{a|b} [X]', ['A ex', 'B ex']],
		['{x {1|2}|y} end', ['X 1 end', 'X 2 end', 'Y end']],
		['{Honestly, |}it is [Y].', ['Honestly, it is y1.', 'Honestly, it is y2.', 'It is y1.', 'It is y2.']],
		['a  {|b } c', ['A c', 'A b c']]
	])('%s expands to exactly %j', (template, outputs) => {
		const seen = new Set<string>();
		const r = new Rng('phrase');
		const p = compile(template);
		for (let i = 0; i < 400; i++) seen.add(expand(p, r, slots));
		expect([...seen].sort()).toEqual([...outputs].sort());
	});

	it('names the problem in bad templates', () => {
		expect(() => compile('{a|b')).toThrow('unclosed "{"');
		expect(() => compile('[X')).toThrow('unclosed "["');
		expect(() => compile('a}b')).toThrow('stray "}"');
		expect(() => expand(compile('[NOPE]'), new Rng('x'), {})).toThrow('no slot [NOPE]');
	});

	it('weaves wording variants and optional adverbs in at compile time', () => {
		const p = compile('I think people are tired.', idiolect('en'));
		expect(p.some((n) => n instanceof Alt)).toBe(true);
		expect(p.some((n) => n instanceof SlotRef)).toBe(false);
		const seen = new Set<string>();
		const r = new Rng('idiolect');
		for (let i = 0; i < 2000; i++) seen.add(expandRaw(p, r, {}));
		expect(seen.has('I think people are tired.')).toBe(true);
		expect(seen.has('I reckon folks are tired.')).toBe(true);
		expect(seen.has('I think people are really tired.')).toBe(true);
		expect(seen.size).toBeGreaterThan(40);
		// Words inside other words are left alone ("people" in "peoples", "and" in "band").
		expect(expandRaw(compile('The band peoples.', idiolect('en')), r, {})).toBe('The band peoples.');
	});
});

describe('helpers', () => {
	it.each([
		[10, [1, 1, 1], [4, 3, 3]],
		[7, [3, 0, 1], [5, 0, 2]],
		[0, [1, 2], [0, 0]],
		[5, [0.2, 0.2, 0.2, 0.2, 0.2], [1, 1, 1, 1, 1]]
	])('allocate(%i, %j) = %j', (total, weights, expected) => {
		expect(allocate(total, weights)).toEqual(expected);
	});

	it.each([
		['Ceasefire talks stall as Okafor demands guarantees', 'ceasefire-talks-stall-as-okafor-demands-guarantees'],
		['Rent cap of 12% “approved” for Harborview', 'rent-cap-of-12-approved-for-harborview'],
		['Dvořák: ceasefire deal is "within reach"', 'dvorak-ceasefire-deal-is-within-reach']
	])('slugify(%j) = %j', (title, slug) => expect(slugify(title)).toBe(slug));

	it('formats times as the corpus’ 20-character UTC form', () => {
		expect(isoSeconds(CORPUS_END)).toBe('2026-05-01T00:00:00Z');
		expect(isoSeconds(CORPUS_START)).toBe('2025-11-01T00:00:00Z');
	});
});
