import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/lib/nlp/analyze';

const deal = { name: 'Ceasefire deal', aliases: ['ceasefire', 'truce', 'deal'] };
const talks = { name: 'Peace talks', aliases: ['talks', 'negotiation', 'negotiations'] };
const tax = { name: 'Carbon tax', aliases: ['carbon tax', 'carbon levy'] };

const stance = (text: string, target: { name: string; aliases: string[] }) => {
	const s = analyze(text, { target }).stance;
	return [s.label, s.evidence.map((e) => [e.cue, e.effect])];
};

describe('stance is not sentiment', () => {
	it.each([
		[
			'Any deal that recognizes occupied regions as Russian is unacceptable.',
			deal,
			'against',
			[['deal', 'mentions target'], ['unacceptable', 'against -2.5'], ['unacceptable', 'sentiment -1.44']]
		],
		["Ukraine's sovereignty must not be up for negotiation!", talks, 'against', [['negotiation', 'mentions target'], ['not be up for negotiation', 'against -3']]],
		["I'm thrilled they finally scrapped the carbon tax!", tax, 'against', [['carbon tax', 'mentions target'], ['scrapped the carbon tax', 'removal of target judged -2']]],
		['Removing the carbon tax would be a huge mistake.', tax, 'favor', [['carbon tax', 'mentions target'], ['Removing the carbon tax', 'removal of target judged +2']]],
		["It's a tragedy that people keep dying while politicians stall the ceasefire.", deal, 'favor', [['ceasefire', 'mentions target'], ['stall the ceasefire', 'obstruction of target judged +2']]],
		['Axe the tax. Enough said.', tax, 'against', [['tax', 'mentions target'], ['Axe the tax', 'against (call to remove target) -2']]],
		['The ceasefire would reportedly start on Monday if both sides sign.', deal, 'neutral', [['ceasefire', 'mentions target']]],
		['Why does every comment section turn into a shouting match?', deal, 'none', []]
	])('%s', (text, target, label, evidence) => {
		expect(stance(text, target)).toEqual([label, evidence]);
	});

	it.each([
		['A ceasefire now would save thousands of lives. Sign it.', 'favor'],
		['I will never support a deal that hands over Kherson.', 'against'],
		['No ceasefire until every occupied village is free.', 'against'],
		['Without the truce thousands more will die.', 'favor'],
		["Let's hope these talks actually lead to a real ceasefire and not just more headlines.", 'favor'],
		['Does anyone know who would monitor the ceasefire line?', 'neutral']
	])('%s -> %s', (text, label) => {
		expect(analyze(text, { target: deal }).stance.label).toBe(label);
	});

	it('reports the target and a confidence', () => {
		const s = analyze('This deal is a betrayal.', { target: deal }).stance;
		expect(s.target).toBe('Ceasefire deal');
		expect(s.label).toBe('against');
		expect(s.confidence).toBeGreaterThan(0.5);
		expect(s.confidence).toBeLessThanOrEqual(1);
	});

	it('picks the first configured target the text names, else the fallback, else none', () => {
		expect(analyze('The carbon levy is fair.', { targets: [deal, tax] }).stance.target).toBe('Carbon tax');
		expect(analyze('Nice weather today.', { targets: [deal, tax], fallbackTarget: deal }).stance).toMatchObject({ target: 'Ceasefire deal', label: 'none' });
		expect(analyze('Nice weather today.', { targets: [deal, tax] }).stance).toEqual({ target: null, label: 'none', confidence: 0, evidence: [] });
	});

	it('takes a target given by name', () => {
		expect(analyze('Scrap the congestion charge.', { target: 'Congestion charge' }).stance).toMatchObject({ target: 'Congestion charge', label: 'against' });
	});
});
