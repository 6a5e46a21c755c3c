import type { SectionSpec } from './section';

export const climate: SectionSpec = {
	name: 'Climate',
	slug: 'climate',
	target: 'Carbon tax',
	aliases: ['carbon tax', 'carbon levy', 'carbon price', 'carbon pricing', 'co2 tax'],
	refs: ['the carbon tax', 'the carbon levy', 'carbon pricing', 'this carbon tax', 'the new carbon price'],
	translations: { es: 'el impuesto al carbono', de: 'die CO2-Steuer', fr: 'la taxe carbone', pt: 'o imposto sobre o carbono', it: 'la carbon tax' },
	weight: 1.2,
	engagement: 1.4,
	people: ['Environment Minister Priya Raman', 'economist Lars Holmqvist', 'Senator Grace Achterberg', 'Raman', 'Holmqvist', 'campaigner Noa Feldmann'],
	places: ['the countryside', 'Brackenford', 'the coal belt', 'Lowmoor', 'the coastal towns', 'Eastwick'],
	groups: ['farmers', 'commuters', 'low-income households', 'truck drivers', 'pensioners', 'the steel workers'],
	things: ['the dividend cheque', 'fuel prices', 'the heat pump grant', 'the emissions target', 'the rebate', 'the electricity bill'],
	favor: [
		'the dividend {cheque|payment} {more than covers|covers} {my|our} extra fuel costs',
		'{pricing pollution|putting a price on pollution} is the cheapest way to cut emissions',
		'it {worked|has worked} in {Sweden|British Columbia} for {decades|years}',
		'{polluters|big emitters} should pay for the damage they do',
		'most households get back more than they pay',
		'the money goes straight back {to people|into our pockets}',
		'it gives {companies|industry} a reason to {invest in|switch to} cleaner kit',
		'the floods in [PL] {cost|cost us} far more than any tax'
	],
	against: [
		'[G] in [PL] have no bus to switch to',
		'it hits {the poorest|people on fixed incomes} hardest',
		'{fuel|heating} {went up|is up} [N3] {cents|pence} a litre {overnight|in a month}',
		'the rebate never {arrives|arrived} on time',
		'factories will just move {abroad|across the border}',
		'it is a {tax grab|cash grab} dressed up as {policy|climate policy}',
		'{our|my} heating bill {doubled|went up [PCT]} {this winter|last winter}',
		'the big emitters {got exemptions|are exempt} {anyway|as usual}'
	],
	headlines: [
		'Carbon tax to rise to [MONEY] per tonne from {January|April}',
		'[P] defends carbon levy as fuel prices climb',
		'{Farmers|Hauliers} {protest|rally} against carbon tax in [PL]',
		'Carbon dividend: how much will your household get back?',
		'Emissions fell [PCT] in first year of carbon pricing, report says',
		'[P] {calls for|rules out} carbon tax exemptions for {farmers|industry}'
	],
	facts: [
		'The levy currently stands at [MONEY] per tonne of CO2 and is due to rise each year.',
		'About [PCT] of the revenue is returned to households as a quarterly dividend.',
		'The treasury expects the tax to raise [MILLIONS] million in its first full year.',
		'Petrol prices rose by [N3] cents a litre in the month after the increase.',
		'Industry groups in [PL] have lobbied for exemptions for energy-intensive plants.',
		'An independent review found emissions fell by [PCT] compared with the previous year.'
	],
	quotesFor: ['Putting a price on pollution is simply the cheapest way to cut it', 'Most families will get more back than they pay'],
	quotesAgainst: ['People in rural areas have no alternative to their cars', 'This is a tax on getting to work']
};
