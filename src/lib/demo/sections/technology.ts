import type { SectionSpec } from './section';

export const technology: SectionSpec = {
	name: 'Technology',
	slug: 'technology',
	target: 'AI regulation',
	aliases: ['ai regulation', 'ai act', 'ai rules', 'ai law', 'regulating ai'],
	refs: ['AI regulation', 'the AI act', 'the new AI rules', 'the AI law', 'regulating AI', 'the AI bill'],
	translations: { es: 'la regulación de la IA', de: 'die KI-Regulierung', fr: "la régulation de l'IA", pt: 'a regulação da IA', it: "la regolamentazione dell'IA" },
	weight: 1.1,
	engagement: 1.3,
	people: ['Digital Minister Jonas Brekke', 'CEO Lena Marquardt', 'MP Chidi Nwosu', 'Brekke', 'Marquardt', 'researcher Mei Tanaka'],
	places: ['Silicon Fen', 'the tech quarter', 'Brussels', 'Halden', 'the startup hub', 'Kesterton'],
	groups: ['startups', 'artists', 'translators', 'software engineers', 'teachers', 'ordinary users'],
	things: ['the chatbot', 'facial recognition', 'the risk categories', 'the audit requirement', 'the training data', 'the deepfake rules'],
	favor: [
		'{companies|tech firms} should not {be allowed to|get to} mark their own homework',
		'{deepfakes|voice clones} are already being used to scam {pensioners|my parents}',
		'[G] had their work {scraped|taken} without {asking|consent}',
		'we {regulate|already regulate} {cars|medicines|food} and nobody calls that anti-innovation',
		'{facial recognition|automated hiring} {gets|got} {people|my cousin} wrongly flagged',
		'someone has to be {liable|accountable} when {it|a model} gets things wrong',
		'the audit requirement is {the bare minimum|common sense}',
		'waiting until after the harm {is how we got|gave us} social media'
	],
	against: [
		'only the {giants|big firms} can afford the compliance lawyers',
		'startups {in [PL] |}will just move to {the US|somewhere else}',
		'the law {is out of date|will be obsolete} before it takes effect',
		'the definitions are so vague they cover {a spreadsheet|basic statistics}',
		'{politicians|MPs} who can\'t {set up a printer|use email} are writing the rules',
		'{it|the bill} will mostly {protect|entrench} the incumbents',
		'open-source {developers|projects} {get|are} caught in the crossfire',
		'we {are|would be} regulating {sci-fi|hypotheticals} instead of real harms'
	],
	headlines: [
		'AI act: what changes for [G] from {June|next year}',
		'[P] {warns|says} AI rules {could drive startups abroad|are long overdue}',
		'Lawmakers agree {final text|risk categories} of AI bill',
		'Deepfake scam cost [PL] pensioner [MONEY], police say',
		'[P] {calls for|opposes} ban on {facial recognition|emotion detection} in public spaces',
		'Tech firms given [N3] months to comply with AI audit rules'
	],
	facts: [
		'The bill sorts AI systems into four risk categories with different obligations.',
		'Firms that break the rules face fines of up to [PCT] of global turnover.',
		'High-risk systems, including those used in hiring, will require an independent audit.',
		'The rules take effect [N3] months after publication in the official journal.',
		'About [N] companies are expected to fall under the strictest tier.',
		'Consumer groups in [PL] logged [N] complaints about AI-generated scams last year.'
	],
	quotesFor: ['Nobody gets to test a new drug on the public without checks', 'Accountability is not the enemy of innovation'],
	quotesAgainst: ['This will hand the market to the three biggest firms', 'The rules were written for technology that does not exist']
};
