import type { SectionSpec } from './section';

export const economy: SectionSpec = {
	name: 'Economy',
	slug: 'economy',
	target: 'Minimum wage',
	aliases: ['minimum wage', 'minimum wage increase', 'wage floor', 'living wage', 'minimum wage rise'],
	refs: ['the minimum wage rise', 'the higher minimum wage', 'the new wage floor', 'the minimum wage increase', 'a [MONEY] minimum wage'],
	translations: { es: 'la subida del salario mínimo', de: 'der höhere Mindestlohn', fr: 'la hausse du salaire minimum', pt: 'o aumento do salário mínimo', it: 'il salario minimo' },
	weight: 1.1,
	engagement: 1.2,
	people: ['Finance Minister Helena Kowalczyk', 'Chamber of Commerce chief Martin Oduya', 'union leader Bettina Ruiz', 'Kowalczyk', 'Oduya', 'economist Yusuf Demir'],
	places: ['the high street', 'Dunmore', 'the retail park', 'Stonebridge', 'the industrial estate', 'Calder'],
	groups: ['cafe owners', 'care workers', 'shop staff', 'young workers', 'small businesses', 'delivery riders'],
	things: ['the payroll bill', 'prices at the till', 'the hourly rate', 'the apprentice rate', 'in-work benefits', 'the inflation figures'],
	favor: [
		'nobody working full time should need {food banks|in-work benefits}',
		'people on low pay spend the extra {locally|in local shops}',
		'the hourly rate has not kept up with {rent|prices} for [N3] years',
		'{care workers|shop staff} are doing two jobs just to get by',
		'the last rise {did not|didn\'t} cost the jobs everyone predicted',
		'higher pay means {less staff turnover|people stay in the job}',
		'taxpayers {stop|would stop} subsidising {low wages|bad employers}',
		'[G] deserve to earn enough to live on'
	],
	against: [
		'the corner cafe in [PL] {will|would} have to let {someone|two people} go',
		'{prices|menu prices} will just go up to match',
		'small businesses cannot absorb another [PCT] on the payroll',
		'[G] {will|would} be replaced by {self-checkouts|machines}',
		'it {makes|would make} it harder for young people to get a first job',
		'one national rate ignores {how cheap|the difference between} [PL] and the capital',
		'{the big chains|the supermarkets} can afford it, the little shops can\'t',
		'the apprentice rate {already|now} {barely exists|makes hiring pointless}'
	],
	headlines: [
		'Minimum wage to rise to [MONEY] an hour from {April|next year}',
		'[P]: minimum wage rise "will cost jobs"',
		'{Care workers|Shop staff} welcome higher minimum wage',
		'Small firms in [PL] warn of closures after wage rise',
		'Minimum wage increase: [N] workers to get a pay rise',
		'[P] {backs|rejects} regional minimum wage rates'
	],
	facts: [
		'The new hourly rate of [MONEY] applies to workers aged 21 and over.',
		'About [N] workers are expected to benefit, according to the pay commission.',
		'Business groups estimate the change will add [PCT] to payroll costs.',
		'The rate has risen by [PCT] in real terms since [YEAR].',
		'Inflation stood at [SMALLPCT] in the latest figures.',
		'A survey of [N] small firms found a third planned to freeze hiring.'
	],
	quotesFor: ['A fair day\'s work deserves a wage you can live on', 'The predicted job losses never came last time'],
	quotesAgainst: ['Small firms are already at breaking point', 'This will push prices up for everyone']
};
