import type { SectionSpec } from './section';

export const housing: SectionSpec = {
	name: 'Housing',
	slug: 'housing',
	target: 'Rent control',
	aliases: ['rent control', 'rent cap', 'rent freeze', 'rent controls', 'rent ceiling'],
	refs: ['rent control', 'the rent cap', 'the rent freeze', 'rent controls', 'the new rent ceiling'],
	translations: { es: 'el control de alquileres', de: 'die Mietpreisbremse', fr: "l'encadrement des loyers", pt: 'o controlo das rendas', it: 'il tetto agli affitti' },
	weight: 1.2,
	engagement: 1.5,
	people: ['Housing Secretary Dana Whitcombe', 'Mayor Rafael Quintero', 'landlord spokesman Geoffrey Pell', 'Whitcombe', 'Quintero', 'tenant organiser Aisha Mensah'],
	places: ['Harborview', 'the old town', 'Northgate', 'Millbrook', 'the city centre', 'Riverside'],
	groups: ['renters', 'young families', 'students', 'small landlords', 'nurses and teachers', 'tenants'],
	things: ['the waiting list', 'the rent tribunal', 'the new towers by the station', 'deposit rules', 'short-term lets', 'the housing register'],
	favor: [
		'{my|our} rent went up [PCT] {in one year|last year} with no repairs',
		'[G] {are being|have been} priced out of [PL]',
		'{half|most} of my {salary|wage} goes to {rent|my landlord}',
		'landlords will still make a profit, just not an obscene one',
		'people who {keep the city running|work here} should be able to live here',
		'{Berlin|Vienna} {has had|had} rent rules for years and the sky did not fall',
		'stable rents let families {plan ahead|stay near their schools}',
		'the market has had [N3] years to fix this and has not'
	],
	against: [
		'{every economist|most economists} {will tell you|agree} caps shrink supply',
		'small landlords {will sell up|are already selling up}',
		'nobody will build {new flats|rental homes} under a cap',
		'repairs stop when rents are frozen',
		'it helps whoever already has a flat and nobody else',
		'the waiting list in [PL] {will|would} only get longer',
		'the real problem is {planning|zoning} and nobody wants to touch it',
		'{Stockholm|San Francisco} has had {controls|caps} for years and look at the queues'
	],
	headlines: [
		'Rent cap of [PCT] {approved|proposed|blocked} for [PL]',
		'Tenants in [PL] face [PCT] rent rises as cap debate drags on',
		'[P] {unveils|scraps} rent control plan',
		'Landlords warn rent freeze will {shrink supply|halt repairs}',
		'Rents in [PL] {hit record|fall for first time in [N3] years}',
		'What the rent freeze means for {tenants|landlords} in [PL]'
	],
	facts: [
		'Average rents in the city rose by [PCT] over the past year.',
		'The proposal would limit annual increases to [PCT] for existing tenancies.',
		'There are [N] households on the waiting list for social housing.',
		'Landlord associations say [PCT] of their members are considering selling.',
		'The measure would apply to buildings completed before [YEAR].',
		'A similar cap in [PL] was challenged in court last year.'
	],
	quotesFor: ['Nobody should have to spend half their income on rent', 'Families are being pushed out of the neighbourhoods they grew up in'],
	quotesAgainst: ['Rent caps have never built a single home', 'Small landlords will simply sell up']
};
