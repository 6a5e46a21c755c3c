import type { SectionSpec } from './section';

export const sport: SectionSpec = {
	name: 'Sport',
	slug: 'sport',
	target: 'Stadium subsidy',
	aliases: ['stadium subsidy', 'stadium deal', 'new stadium', 'stadium funding', 'public money for the stadium'],
	refs: ['the stadium subsidy', 'the stadium deal', 'public money for the stadium', 'the new stadium', 'the stadium funding'],
	translations: { es: 'la subvención del estadio', de: 'der Stadion-Zuschuss', fr: 'la subvention du stade', pt: 'o subsídio ao estádio', it: 'il finanziamento dello stadio' },
	weight: 0.8,
	engagement: 1.1,
	people: ['club owner Ruben Castellanos', 'councillor Hilde Jansen', 'manager Owen Pritchard', 'Castellanos', 'Jansen', 'supporters\' trust chair Bex Farrow'],
	places: ['the riverside site', 'Harlow Park', 'the old ground', 'Northfield', 'the retail park', 'Canal Wharf'],
	groups: ['season ticket holders', 'local businesses', 'fans', 'council taxpayers', 'residents near the ground', 'the youth academy'],
	things: ['the bond issue', 'ticket prices', 'the transfer budget', 'matchday traffic', 'the naming rights', 'the new tram stop'],
	favor: [
		'the old ground {is|was} literally falling apart',
		'{matchdays|home games} bring [MONEY] into {local pubs|the town} every fortnight',
		'the club {pays|will pay} the loan back {with interest|over [N3] years}',
		'{it|the project} {regenerates|would regenerate} the riverside {for good|after decades}',
		'the club {is|has been} part of [PL] for [N2] years',
		'{the|a} {tram stop|station} comes with it',
		'{concerts|other events} {will|would} use it {all year|in summer}',
		'{other cities|every rival} {built|got} theirs with public help'
	],
	against: [
		'{a billionaire|the owner} can pay for {his|their} own stadium',
		'{the library|the swimming pool} in [PL] {closed|is closing} for lack of money',
		'{these|stadium} deals {never|almost never} pay back',
		'ticket prices {will|are going to} go up anyway',
		'{council taxpayers|we} carry the risk while the club keeps the profit',
		'[MONEY] a seat is {obscene|absurd} for a public budget',
		'the naming rights go to {a betting firm|the owner\'s mates}',
		'nobody {outside the fan base|who doesn\'t go} gets anything from it'
	],
	headlines: [
		'Council {approves|delays} [MILLIONS] million stadium loan',
		'[P]: new stadium "{vital for the club\'s future|a bad deal for taxpayers}"',
		'Fans {march|rally} {for|against} stadium plan at [PL]',
		'Stadium deal: who pays what?',
		'Club {confirms|denies} move to [PL]',
		'[P] {defends|questions} public money for new ground'
	],
	facts: [
		'The new ground would hold {18,500|28,000|32,000|41,500|55,000} spectators, up from [N2] thousand at the current site.',
		'The council would lend [MILLIONS] million, repayable over [N2] years.',
		'A supporters\' survey found [PCT] in favour of the move.',
		'The club says matchday spending in the area would rise by [PCT].',
		'Construction at [PL] could start in [FUTURE] if planning permission is granted.',
		'Independent economists questioned the projected visitor numbers.'
	],
	quotesFor: ['This stadium will anchor the regeneration of the whole riverside', 'The club is the heart of this town'],
	quotesAgainst: ['Public money should not build private profit', 'We are closing libraries while funding a stadium']
};
