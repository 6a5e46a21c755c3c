import type { SectionSpec } from './section';

export const world: SectionSpec = {
	name: 'World',
	slug: 'world',
	target: 'Ceasefire deal',
	aliases: ['ceasefire deal', 'ceasefire', 'truce', 'peace deal', 'armistice'],
	refs: ['the ceasefire deal', 'the ceasefire', 'the truce', 'this peace deal', 'the ceasefire agreement', 'the armistice plan'],
	translations: { es: 'el alto el fuego', de: 'der Waffenstillstand', fr: 'le cessez-le-feu', pt: 'o cessar-fogo', it: 'il cessate il fuoco' },
	weight: 1.4,
	engagement: 1.7,
	people: ['Foreign Minister Adaeze Okafor', 'envoy Marek Dvořák', 'President Ilse Vandermeer', 'General Tomás Reyes', 'mediator Samira Haddad', 'Okafor', 'Dvořák', 'Haddad'],
	places: ['Velmora', 'the Kessel valley', 'Port Arden', 'the northern corridor', 'Oskava', 'the border towns'],
	groups: ['civilians', 'aid workers', 'the refugees', 'families on both sides', 'the soldiers', 'displaced people'],
	things: ['the prisoner exchange', 'the monitoring mission', 'the buffer zone', 'the humanitarian corridor', 'the talks in Geneva', 'the sanctions package'],
	favor: [
		'every {week|month|day} of fighting costs {lives|more lives than any map is worth}',
		'aid convoys can {finally |}reach [PL]',
		'a bad truce still {beats|is better than} a good war',
		'the monitoring mission {gives|would give} both sides a way to save face',
		'[G] {in [PL] |}have waited {long enough|far too long}',
		'talks only {start|become possible} once the guns go quiet',
		'the prisoner exchange {alone|by itself} {justifies|is worth} it',
		'nobody has offered a {realistic|workable} alternative'
	],
	against: [
		'it {rewards|hands a prize to} whoever grabbed the most land',
		'the last {truce|ceasefire} {collapsed|fell apart} within {weeks|[N3] days}',
		'{it|the deal} {freezes|locks in} the front line {for good|permanently}',
		'nobody asked the people of [PL] what they want',
		'there are no real guarantees{ behind it|, only promises}',
		'it {buys|gives} time for {rearming|the next offensive}',
		'{[P]|the mediators} {left out|ignored} the question of {the border towns|the refugees}',
		'{a pause|a pause in the shelling} is not {peace|the same as peace}'
	],
	headlines: [
		'{Ceasefire|Truce} talks {stall|resume|drag on} as [P] {demands|rejects} {guarantees|new terms}',
		'[P] {says|insists} ceasefire deal is "within reach"',
		'Shelling {resumes|continues} near [PL] {hours|days} after truce announcement',
		'What the proposed ceasefire means for [PL]',
		'{Aid|Relief} convoys {wait|queue} at [PL] as ceasefire {holds|wavers}',
		'Ceasefire deal: [N] {prisoners|detainees} to be exchanged {this week|on [DAY]}'
	],
	facts: [
		'Negotiators met for {{four|five|six|seven|nine} hours|most of the day} in a closed session on [DAY].',
		'The draft agreement provides for a buffer zone of {[N3]|about [N3]} kilometres around [PL].',
		'According to officials, [N] {prisoners|detainees} would be exchanged in the first phase.',
		'Monitors from a neutral mission would patrol {the front line|the northern corridor} under the plan.',
		'Aid agencies say [N] trucks are waiting to enter [PL].',
		'Previous truces in the region have lasted between {a few days|a week} and {three|four} months.'
	],
	quotesFor: ['This is the best chance for peace we have had in years', 'Every day without shelling is a day that saves lives'],
	quotesAgainst: ['A pause that rewards aggression is not peace', 'We have seen this film before and we know how it ends']
};
