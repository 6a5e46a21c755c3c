import { describe, expect, it } from 'vitest';
import { CoordinationDetector, markFreshAuthors } from '../../src/lib/coordination/detector';
import { fixtureStories, CAMPAIGN_IDS } from './corpusFixture';

function detect() {
	const d = new CoordinationDetector();
	const stories = fixtureStories();
	markFreshAuthors(stories);
	for (const s of stories) d.addStory(s);
	return d.finish();
}

describe('CoordinationDetector', () => {
	const result = detect();

	it('finds the campaign across both stories as one near-duplicate cluster', () => {
		const near = result.clusters.filter((c) => c.method === 'near-duplicate');
		expect(near).toHaveLength(1);
		expect([...near[0].members].sort((a, b) => a - b)).toEqual(CAMPAIGN_IDS);
		expect(near[0]).toMatchObject({ authors: 7, stories: 2, exemplar: 13 });
		for (const s of near[0].similarity) expect(s).toBeGreaterThanOrEqual(0.5);
	});

	it('pairs comments 15 and 16 of the pasted page as a template', () => {
		const templates = result.clusters.filter((c) => c.method === 'template');
		expect(templates.map((c) => ({ members: c.members, phrase: c.sharedPhrase, part: c.part }))).toEqual([
			{ members: [1015, 1016], phrase: null, part: 'opening' } // the phrase is read from the texts when stored
		]);
	});

	it('leaves organic comments, a double post and stock one-liners unflagged', () => {
		expect(result.flagged).toBe(CAMPAIGN_IDS.length + 2);
	});

	it('summarises each story with something to report', () => {
		expect(result.stories.map((s) => [s.articleId, s.comments, s.flagged, s.clusters])).toEqual([
			[1, 23, 5, 1],
			[2, 6, 2, 1],
			[3, 16, 2, 1]
		]);
	});

	it('marks accounts with no history elsewhere', () => {
		const stories = fixtureStories();
		markFreshAuthors(stories);
		const fresh = (id: number) => stories.flatMap((s) => s.comments).find((c) => c.id === id)!.fresh;
		expect([fresh(1), fresh(13), fresh(1015)]).toEqual([true, true, true]);
		stories[1].comments.push({ id: 9999, author: 100, time: NaN, text: 'back again' });
		markFreshAuthors(stories);
		expect(fresh(1)).toBe(false);
	});

	it('is deterministic', () => {
		expect(detect()).toEqual(result);
	});

	it('a stricter threshold keeps only the closest copies', () => {
		const d = new CoordinationDetector({ nearDuplicate: { ...new CoordinationDetector().opts.nearDuplicate, threshold: 0.95 } });
		for (const s of fixtureStories()) d.addStory(s);
		const near = d.finish().clusters.filter((c) => c.method === 'near-duplicate');
		expect(near.flatMap((c) => c.members).length).toBeLessThan(CAMPAIGN_IDS.length);
	});
});
