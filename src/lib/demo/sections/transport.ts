import type { SectionSpec } from './section';

export const transport: SectionSpec = {
	name: 'Transport',
	slug: 'transport',
	target: 'Congestion charge',
	aliases: ['congestion charge', 'congestion pricing', 'road pricing', 'city toll', 'congestion zone'],
	refs: ['the congestion charge', 'the congestion zone', 'road pricing', 'the city toll', 'the new congestion charge'],
	translations: { es: 'el peaje urbano', de: 'die City-Maut', fr: 'le péage urbain', pt: 'a portagem urbana', it: 'la congestion charge' },
	weight: 0.9,
	engagement: 1.1,
	people: ['Transport Commissioner Ruth Abernathy', 'councillor Dev Malhotra', 'Mayor Rafael Quintero', 'Abernathy', 'Malhotra', 'cabbie spokesman Colm Brady'],
	places: ['the ring road', 'Westbridge', 'the inner zone', 'Market Street', 'the docks', 'Ashby'],
	groups: ['drivers', 'cyclists', 'bus passengers', 'tradespeople', 'taxi drivers', 'shop owners'],
	things: ['the daily fee', 'bus lanes', 'the camera network', 'the exemption for residents', 'journey times', 'air quality'],
	favor: [
		'buses {got|are} [PCT] faster {once|since} the zone started',
		'{the air|the air on Market Street} is {noticeably|actually} cleaner',
		'the money {pays|goes} for {buses|the new tram line}',
		'my commute {dropped|went down} from [N2] to [N3] minutes',
		'kids {can|could} walk to school without breathing fumes',
		'{Stockholm|London} did it and nobody wants to go back',
		'roads are not free{, someone pays for them|}',
		'[G] {now |}have room to move'
	],
	against: [
		'{tradespeople|plumbers} can\'t carry {a boiler|their tools} on the bus',
		'the buses to [PL] {still|only} run {once an hour|every [N2] minutes}',
		'it is a tax on people who {live|work} {outside the centre|in [PL]}',
		'shops {on Market Street|in the centre} {lost|are losing} customers',
		'the daily fee {hits|punishes} {night shift workers|carers} the most',
		'the cameras {cost|cost more than} [MILLIONS] million',
		'traffic just moved {onto|to} the ring road',
		'{nobody|nobody in [PL]} voted for it'
	],
	headlines: [
		'Congestion charge to rise to [MONEY] a day',
		'Traffic in the zone down [PCT] since charge began, data shows',
		'[P] {extends|pauses} congestion zone to [PL]',
		'Shop owners {blame|defend} congestion charge as footfall falls',
		'[N] fines issued in first week of city toll',
		'[P]: congestion charge "{here to stay|under review}"'
	],
	facts: [
		'Drivers entering the zone between 7am and 7pm pay [MONEY] a day.',
		'Residents get a [PCT] discount under the scheme.',
		'Traffic counts fell by [PCT] in the first [N3] weeks.',
		'Revenue of [MILLIONS] million is ring-fenced for public transport.',
		'Air quality monitors on Market Street recorded a [PCT] drop in nitrogen dioxide.',
		'Taxis and emergency vehicles are exempt.'
	],
	quotesFor: ['The streets belong to everyone, not just to cars', 'Buses are finally running on time'],
	quotesAgainst: ['This is a tax on people who have no other way to get to work', 'The centre is emptying out']
};
