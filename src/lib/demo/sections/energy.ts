import type { SectionSpec } from './section';

export const energy: SectionSpec = {
	name: 'Energy',
	slug: 'energy',
	target: 'Nuclear power',
	aliases: ['nuclear power', 'nuclear plant', 'nuclear energy', 'new reactors', 'nuclear'],
	refs: ['nuclear power', 'the new reactor', 'the nuclear plant', 'nuclear', 'building reactors', 'the plant at [PL]'],
	translations: { es: 'la energía nuclear', de: 'die Atomkraft', fr: "l'énergie nucléaire", pt: 'a energia nuclear', it: "l'energia nucleare" },
	weight: 1.0,
	engagement: 1.3,
	people: ['Energy Minister Viktor Salo', 'engineer Hanna Berglund', 'activist Tariq Hosseini', 'Salo', 'Berglund', 'plant director Aoife Kearney'],
	places: ['Sellmoor', 'Cape Ridley', 'the estuary', 'Dunhallow', 'the old coal site', 'Kirkby'],
	groups: ['nearby residents', 'engineers', 'bill payers', 'fishermen on the estuary', 'the local council', 'young people'],
	things: ['the waste store', 'the cost overruns', 'baseload power', 'the small modular reactors', 'the grid connection', 'the safety review'],
	favor: [
		'wind and solar {need|still need} something for {windless nights|still winter evenings}',
		'France {runs|has run} on it for {decades|fifty years}',
		'{it|a reactor} {emits|puts out} almost no CO2',
		'the {plant|station} {brings|would bring} [N] {skilled |}jobs to [PL]',
		'{coal|the coal plants} killed far more people than nuclear ever did',
		'the waste {fits|would fit} in a {warehouse|single building}',
		'we {need|are going to need} {baseload|firm} power for {electric cars|heat pumps}',
		'small modular reactors {can be|are} built {in a factory|faster}'
	],
	against: [
		'the last plant {came in|ran} [N3] years late and billions over budget',
		'nobody has solved {the waste|where the waste goes} {yet|in [N2] years}',
		'{solar|wind} is {cheaper|far cheaper} {per unit|and faster to build}',
		'the estuary at [PL] {floods|floods every winter}',
		'bill payers {end up|are going to be} on the hook for the overruns',
		'{it|the plant} {won\'t|will not} {deliver a single watt|produce anything} before [FUTURE]',
		'{insurers|private investors} won\'t touch it without state guarantees',
		'{the money|that money} could {insulate|have insulated} every home in [PL]'
	],
	headlines: [
		'Government approves new nuclear plant at [PL]',
		'Nuclear project [N3] years behind schedule, audit finds',
		'[P]: "We cannot hit net zero without nuclear"',
		'Residents in [PL] {vote|protest} on nuclear waste store',
		'Cost of new reactor rises to [N3] billion',
		'[P] {backs|rejects} small modular reactors'
	],
	facts: [
		'The plant would have a capacity of {480|900|1,200|1,650|2,400|3,260} megawatts, enough for about [N2] thousand homes.',
		'Construction is expected to take [N3] years, according to the developer.',
		'The project\'s estimated cost has risen by [PCT] since [YEAR].',
		'Nuclear currently supplies [PCT] of the country\'s electricity.',
		'A public consultation in [PL] received [N] responses.',
		'Spent fuel would be kept on site until a national repository opens.'
	],
	quotesFor: ['You cannot run a modern grid on weather alone', 'This is clean, firm power for sixty years'],
	quotesAgainst: ['Every pound spent here is a pound not spent on renewables', 'We still have nowhere to put the waste']
};
