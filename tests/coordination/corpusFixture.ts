import type { StoryInput } from '../../src/lib/coordination/detector';
import type { IngestItem } from '../../src/lib/types';
import { pastedPageComments } from './pastedPage';

// A small corpus with known answers: story 1 has organic comments, a campaign of five edited
// copies by five accounts, a double post and stock one-liners; story 2 two more copies; story 3
// is the pasted page (no times).

export const CAMPAIGN = [
	'As a working parent in the countryside, I can tell you the carbon tax is crushing families like mine. Heating costs keep climbing and the rebate never covers it. Scrap the carbon tax now!',
	'As a hard-working parent in the countryside, I can tell you the carbon tax is crushing families like mine. Fuel costs keep climbing and the rebate never covers it. Scrap the carbon tax now! 😡',
	'Same here. As a working mum in the countryside, I can tell you the carbon tax is crushing families like mine. Heating costs keep climbing and the rebate does not cover it. Scrap the carbon tax today!',
	'as a working parent outside the city, i can tell you the carbon tax is crushing families like mine. heating costs keep climbing and the so-called rebate never covers it. scrap the carbon tax now!',
	'As a working dad in the countryside, I can tell you the carbon tax is squeezing families like mine. Heating costs are through the roof and the rebate never covers it. Stop the carbon tax now!',
	'As a working parent in the countryside, I can tell you the carbon tax is crushing families like mine. Heating costs keep climbing and the rebate never covers it. Scrap the carbon tax now and let us breathe!',
	'As a working parent in the countryside I can tell you that the carbon tax is crushing families like mine. Heating costs keep climbing and the rebate never covers it. Scrap the carbon tax now 💸'
];

export const ORGANIC = [
	'The council should publish the full costings before anyone votes on this, otherwise it is guesswork.',
	'I drove through the village last week and the new bypass has already cut the queues in half.',
	'My sister works at the hospital and says the night shifts are the real problem, not the pay.',
	'Interesting piece, though the headline oversells what the report actually found about emissions.',
	'We had a similar scheme in my town ten years ago and it quietly disappeared after one winter.',
	'Nobody mentions the farmers who will pay twice, once at the pump and again for fertiliser.',
	'The graph in the middle of the article uses a truncated axis, which makes the rise look dramatic.',
	'I support the idea but the timing, right before the election, makes it look like a stunt.',
	'Does anyone know whether the rebate is paid monthly or as a lump sum at the end of the year?',
	'This is the third article this week on the same topic and none of them quote an actual economist.',
	'Local buses are the answer here; half the villages around us lost their last service in 2019.',
	'The minister dodged the question about rural households twice in the interview yesterday.'
];

const ORGANIC_2 = [
	'Petrol went up again this morning and the garage owner says it will keep rising until spring.',
	'If the rebate arrives after the bills do, families still have to borrow in the meantime.',
	'The opposition has no costed alternative either, so I am not sure what they are offering.',
	'Good explainer, though I wish it compared us with the countries that already tried this.'
];

const HOUR = 3600;
const T0 = Date.parse('2026-03-02T08:00:00Z') / 1000;

export function fixtureStories(): StoryInput[] {
	const s1: StoryInput = { articleId: 1, published: T0, comments: [] };
	let id = 0;
	ORGANIC.forEach((text, i) => s1.comments.push({ id: ++id, author: 100 + i, time: T0 + i * 900, text }));
	CAMPAIGN.slice(0, 5).forEach((text, i) => s1.comments.push({ id: ++id, author: 200 + i, time: T0 + 5 * HOUR + i * 120, text }));
	s1.comments.push({ id: ++id, author: 100, time: T0 + 6 * HOUR, text: ORGANIC[0] }); // a double post
	['Well said.', 'Well said!', 'Well said.', 'Exactly this.', 'Exactly this.'].forEach((text, i) => s1.comments.push({ id: ++id, author: 300 + i, time: T0 + 7 * HOUR + i, text }));
	const s2: StoryInput = { articleId: 2, published: T0 + 24 * HOUR, comments: [] };
	CAMPAIGN.slice(5).forEach((text, i) => s2.comments.push({ id: ++id, author: 205 + i, time: T0 + 26 * HOUR + i * 60, text }));
	ORGANIC_2.forEach((text, i) => s2.comments.push({ id: ++id, author: 110 + i, time: T0 + 25 * HOUR + i * 600, text }));
	const s3: StoryInput = { articleId: 3, published: NaN, comments: pastedPageComments().map((c) => ({ id: 1000 + c.n, author: 400 + c.n, time: NaN, text: c.text })) };
	return [s1, s2, s3];
}

/** Comment ids of the campaign copies. */
export const CAMPAIGN_IDS = [13, 14, 15, 16, 17, 24, 25];

const iso = (s: number) => new Date(s * 1000).toISOString().slice(0, 19) + 'Z';

/** The same corpus as ingest items (article "a<id>", comment "<id>", author "u<id>"). */
export function fixtureItems(): IngestItem[] {
	return fixtureStories().flatMap((s): IngestItem[] => [
		{ kind: 'article', at: `a${s.articleId}`, article: { externalId: `a${s.articleId}`, title: `Story ${s.articleId}`, publishedAt: Number.isFinite(s.published) ? iso(s.published) : null } },
		...s.comments.map(
			(c): IngestItem => ({
				kind: 'comment',
				at: `a${s.articleId}/${c.id}`,
				comment: { articleExternalId: `a${s.articleId}`, externalId: String(c.id), authorHandle: `u${c.author}`, text: c.text, createdAt: Number.isFinite(c.time) ? iso(c.time) : null }
			})
		)
	]);
}
