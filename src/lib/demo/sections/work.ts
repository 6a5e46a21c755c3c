import type { SectionSpec } from './section';

export const work: SectionSpec = {
	name: 'Work',
	slug: 'work',
	target: 'Four-day week',
	aliases: ['four-day week', 'four day week', '4-day week', 'shorter working week', '32-hour week'],
	refs: ['the four-day week', 'a four-day week', 'the 32-hour week', 'the four day week', 'a shorter working week'],
	translations: { es: 'la semana de cuatro días', de: 'die Vier-Tage-Woche', fr: 'la semaine de quatre jours', pt: 'a semana de quatro dias', it: 'la settimana corta' },
	weight: 0.9,
	engagement: 1.2,
	people: ['Labour Minister Jude Abara', 'HR director Pia Sorensen', 'business owner Hamish Doyle', 'Abara', 'Sorensen', 'professor Elena Vasquez'],
	places: ['the council offices', 'Thornbury', 'the call centre', 'Redmarsh', 'the pilot firms', 'Ellesmere'],
	groups: ['office workers', 'nurses', 'working parents', 'managers', 'shift workers', 'small employers'],
	things: ['the pilot scheme', 'productivity', 'sick days', 'overtime', 'childcare costs', 'the Friday rota'],
	favor: [
		'{productivity|output} {held up|stayed the same} in the pilot at [PL]',
		'sick days {fell|dropped} by [PCT] {at my work|in our team}',
		'{we|people} {get|got} more done in four {focused|proper} days than five tired ones',
		'{it|the extra day} saves working parents [MONEY] a week on childcare',
		'{half|most} of the fifth day {is|was} meetings about meetings',
		'firms {in the pilot|at [PL]} {kept|are keeping} it afterwards',
		'{staff|people} stop {quitting|burning out}',
		'the five-day week {was|is} an invention, not a law of nature'
	],
	against: [
		'{nurses|shift workers} {can\'t|cannot} squeeze patients into four days',
		'{customers|clients} {don\'t|do not} stop calling on Fridays',
		'{small employers|a shop with three staff} {can\'t|cannot} cover the gaps',
		'{it|the pilot} {only|mostly} worked for {office jobs|laptop jobs}',
		'{people|my team} just {cram|crammed} five days of stress into four',
		'someone has to pay for the cover, and it is {the customer|the taxpayer}',
		'the pilot firms {chose|volunteered} themselves, so {of course|naturally} it worked',
		'{overtime|the overtime bill} {went up|doubled} {at my work|in our depot}'
	],
	headlines: [
		'Four-day week pilot: [PCT] of firms to keep it',
		'[P] {wants|rejects} four-day week for {public sector|council} staff',
		'{Council|Call centre} in [PL] moves to 32-hour week',
		'Workers on four-day week took [PCT] fewer sick days, study finds',
		'[P]: four-day week "{not for everyone|the future of work}"',
		'Could your job fit into four days?'
	],
	facts: [
		'[N2] companies took part in the six-month pilot.',
		'Staff kept full pay while working [N2] hours a week.',
		'Revenue at participating firms rose by [SMALLPCT] on average.',
		'Sick days fell by [PCT] over the trial period.',
		'Employers in [PL] said cover for shift work was the hardest part.',
		'The trial was run by researchers at the university in [PL].'
	],
	quotesFor: ['People do better work when they are not exhausted', 'We lost nothing and gained a happier team'],
	quotesAgainst: ['It works on a spreadsheet, not on a hospital ward', 'Customers do not disappear on Fridays']
};
