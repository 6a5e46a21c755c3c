import type { SectionSpec } from './section';

export const education: SectionSpec = {
	name: 'Education',
	slug: 'education',
	target: 'School phone ban',
	aliases: ['school phone ban', 'phone ban', 'smartphone ban', 'mobile phone ban', 'ban on phones in schools'],
	refs: ['the phone ban', 'the school phone ban', 'banning phones in schools', 'the smartphone ban', 'the ban on phones'],
	translations: { es: 'la prohibición de móviles en clase', de: 'das Handyverbot an Schulen', fr: "l'interdiction du portable à l'école", pt: 'a proibição de telemóveis nas escolas', it: 'il divieto di cellulari a scuola' },
	weight: 0.9,
	engagement: 1.2,
	people: ['Education Secretary Moira Gallagher', 'headteacher Kwame Asante', 'parents\' group chair Sofia Brandt', 'Gallagher', 'Asante', 'psychologist Ines Carvalho'],
	places: ['Hollins Academy', 'St Bride\'s', 'Ashgrove Comprehensive', 'Greyfield High', 'the primary schools', 'Oakmere'],
	groups: ['teachers', 'parents', 'pupils', 'teenagers', 'headteachers', 'kids with anxiety'],
	things: ['the lockable pouches', 'break times', 'cyberbullying', 'exam results', 'the group chats', 'screen time'],
	favor: [
		'{kids|the kids} actually talk to each other at break {now|again}',
		'teachers {spend|spent} half the lesson policing {screens|phones}',
		'{cyberbullying|the group chat drama} {follows|followed} them into every lesson',
		'my {son|daughter} {reads|started reading} again {since|after} the ban',
		'[G] {at [PL] |}{say|said} the lessons are {calmer|quieter}',
		'{concentration|attention span} {is|was} the first thing phones {took|destroyed}',
		'nobody needed a phone in class {in [YEAR]|twenty years ago}',
		'a pouch at the door is {hardly|not exactly} tyranny'
	],
	against: [
		'parents need to reach {their kids|children} in an emergency',
		'it is the parents\' job, not {the school\'s|the government\'s}',
		'{kids|pupils} need to learn to use {phones|tech} responsibly, not hide from it',
		'{the pouches|those pouches} cost the school [MONEY] {each|a head}',
		'{my|our} {son|daughter} {uses|used} the phone for {dyslexia|diabetes} apps',
		'{teenagers|they} will just {bring a second phone|find a way round it}',
		'the evidence {from|in} [PL] is {mixed|thin} at best',
		'it {treats|punishes} every {pupil|kid} for what a few do'
	],
	headlines: [
		'Phones to be banned in all schools from {September|next term}',
		'[P]: phone ban "{transformed|changed}" behaviour at [PL]',
		'Parents {split|divided} over school smartphone ban',
		'Schools spend [MONEY] on lockable phone pouches',
		'Phone ban linked to [PCT] rise in {reading|test} scores, study says',
		'[P] {rules out|backs} exemptions to phone ban'
	],
	facts: [
		'Under the guidance, phones must be switched off and stored from the start to the end of the school day.',
		'A survey of [N] teachers found [PCT] supported the measure.',
		'Some schools use lockable pouches costing around [MONEY] each.',
		'Pupils with medical needs may keep their phones with written permission.',
		'The policy follows a pilot at [N] schools in [PL].',
		'Researchers found no significant change in grades at [PCT] of pilot schools.'
	],
	quotesFor: ['Children are talking to each other at break time again', 'Lessons are calmer and teachers can teach'],
	quotesAgainst: ['Parents should decide, not the government', 'Banning phones does not teach children to use them well']
};
