import type { SectionSpec } from './section';

export const politics: SectionSpec = {
	name: 'Politics',
	slug: 'politics',
	target: 'Voting at 16',
	aliases: ['voting at 16', 'votes at 16', 'lowering the voting age', 'voting age', 'votes for 16-year-olds'],
	refs: ['votes at 16', 'lowering the voting age', 'voting at 16', 'votes for 16-year-olds', 'the voting age change'],
	translations: { es: 'el voto a los 16', de: 'das Wahlrecht ab 16', fr: 'le vote à 16 ans', pt: 'o voto aos 16', it: 'il voto ai sedicenni' },
	weight: 1.1,
	engagement: 1.4,
	people: ['Prime Minister Edwina Marsh', 'opposition leader Callum Reid', 'MP Nadia Okonjo', 'Marsh', 'Reid', 'youth council chair Leo Fontaine'],
	places: ['Westmarch', 'the marginal seats', 'Carrow', 'the university towns', 'Lindholm', 'the shires'],
	groups: ['16-year-olds', 'young people', 'first-time voters', 'pensioners', 'sixth formers', 'the youth council'],
	things: ['the electoral register', 'turnout', 'citizenship lessons', 'the referendum', 'the boundary review', 'the next election'],
	favor: [
		'16-year-olds {pay tax|work and pay tax} {on their wages|if they have a job}',
		'{Scotland|Austria} {did it|has done it} and turnout among the young {went up|held up}',
		'they will live with {the consequences|these decisions} {longest|the longest}',
		'voting is a habit and {it sticks|it sticks if you start at school}',
		'{we|the country} {let|already let} them {marry|join the army|drive} in some places',
		'my {niece|nephew} knows more about {politics|the budget} than most adults I know',
		'citizenship lessons {mean|would mean} something if they could actually vote',
		'[G] {are|have been} shut out of decisions {about|on} {climate|housing}'
	],
	against: [
		'{at 16|sixteen-year-olds} {can\'t|cannot} {buy a drink|sign a contract}',
		'it is a transparent attempt to {win|rig} the next election',
		'{most|plenty of} 16-year-olds {I know|in [PL]} {don\'t|do not} {want|care about} it',
		'{kids|teenagers} just vote how {their teachers|their parents} tell them',
		'{there is|there\'s} no {groundswell|demand} for it outside {Westminster|the party}',
		'{18|eighteen} is {where|when} adulthood starts {everywhere else|in law}',
		'{it|the change} {should|needs to} go to a referendum first',
		'turnout among {18-24s|young voters} is already {the lowest|terrible}'
	],
	headlines: [
		'Votes at 16 bill passes {first|second} reading',
		'[P] {pledges|rejects} lowering the voting age',
		'Poll: [PCT] of voters oppose votes at 16',
		'What votes at 16 could mean for [PL]',
		'[N] young people register to vote after age change',
		'[P] accused of "{gerrymandering|cynicism}" over voting age plan'
	],
	facts: [
		'The change would add an estimated [N] voters to the electoral register.',
		'A recent poll found [PCT] of adults opposed the measure.',
		'Sixteen-year-olds already vote in local elections in [PL].',
		'The bill passed with a majority of [N2].',
		'Schools would be asked to run voter registration drives.',
		'The measure could apply in time for the election in [FUTURE].'
	],
	quotesFor: ['If you can work and pay tax, you should have a say', 'Young people will live longest with these decisions'],
	quotesAgainst: ['This is about winning elections, not about democracy', 'The age of adulthood is eighteen']
};
