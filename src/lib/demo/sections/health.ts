import type { SectionSpec } from './section';

export const health: SectionSpec = {
	name: 'Health',
	slug: 'health',
	target: 'Sugar tax',
	aliases: ['sugar tax', 'soda tax', 'sugary drinks levy', 'sugar levy', 'fizzy drinks tax'],
	refs: ['the sugar tax', 'the soda tax', 'the sugary drinks levy', 'the sugar levy', 'a tax on fizzy drinks'],
	translations: { es: 'el impuesto al azúcar', de: 'die Zuckersteuer', fr: 'la taxe sur le sucre', pt: 'o imposto sobre o açúcar', it: 'la sugar tax' },
	weight: 0.9,
	engagement: 1.0,
	people: ['Health Minister Oluwaseun Adeyemi', 'Dr Clara Lindqvist', 'industry lobbyist Brent Haskins', 'Adeyemi', 'Lindqvist', 'dentist Farah Qureshi'],
	places: ['the children\'s hospital', 'Ferncliff', 'the school canteens', 'Doverton', 'the corner shops', 'Wexham'],
	groups: ['parents', 'children', 'dentists', 'corner shop owners', 'diabetics', 'teenagers'],
	things: ['tooth decay', 'the diet versions', 'the school fruit scheme', 'childhood obesity', 'the levy revenue', 'the reformulated recipes'],
	favor: [
		'drink makers {cut|quietly cut} the sugar {before it even started|within a year}',
		'the revenue {funds|pays for} {school sport|the fruit scheme}',
		'{tooth extractions|hospital admissions} for {kids|children} {are|were} {through the roof|at a record}',
		'{a|one} can of {cola|that stuff} has {seven|eight|nine|ten|[N3]} teaspoons of sugar in it',
		'we tax tobacco and nobody {blinks|argues} anymore',
		'the diet versions {are right there|cost the same}',
		'treating diabetes costs {far more|billions more}',
		'it is the recipes that changed, not the prices'
	],
	against: [
		'it is a {nanny state|nanny-state} tax on the poor',
		'{adults|grown adults} can decide what they drink',
		'people just {switch|switched} to {sweets|juice} instead',
		'corner shops {in [PL] |}{lose|lost} sales {to|across} the border',
		'the money {disappears|just disappears} into general spending',
		'{fruit juice|a milkshake} has more sugar and is exempt',
		'{price|prices} went up but {waistlines|obesity rates} didn\'t {move|change}',
		'education would do more than {another tax|a levy}'
	],
	headlines: [
		'Sugar tax to be extended to {milkshakes|juices} from [FUTURE]',
		'Child tooth extractions fall [PCT] since sugar levy, study finds',
		'[P] {defends|questions} soda tax as revenue {rises|falls}',
		'Drink makers cut sugar by [PCT] ahead of levy',
		'[P] calls sugar tax "{a success|a failure}"',
		'What the sugar levy has paid for in [PL]'
	],
	facts: [
		'The levy applies to drinks with more than {5|8} grams of sugar per 100ml.',
		'Revenue reached [MILLIONS] million last year, according to the treasury.',
		'Manufacturers reduced the sugar content of [PCT] of affected products.',
		'Hospital data show [N] tooth extractions in children under ten last year.',
		'Milk-based drinks and pure fruit juices are currently exempt.',
		'A review by researchers in [PL] found purchases of sugary drinks fell by [PCT].'
	],
	quotesFor: ['The recipes changed almost overnight', 'This is one of the most effective health policies we have'],
	quotesAgainst: ['Grown adults can decide what they drink', 'This falls hardest on families already struggling']
};
