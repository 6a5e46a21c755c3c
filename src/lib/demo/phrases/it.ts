import type { LangPhrases } from './lang';

export const it: LangPhrases = {
	openers: ['Sinceramente, ', 'Onestamente, ', 'Secondo me ', 'Per me ', 'Diciamolo: ', ''],
	favor: [
		'[OPEN][T] è {una buona idea|il minimo|la scelta giusta|un passo avanti}.',
		'[OPEN]appoggio [T] {senza riserve|al cento per cento|da sempre}.',
		'[OPEN]non capisco chi critica [T].',
		'[OPEN]con [T] ci guadagnano [G].',
		'[OPEN]{era ora|finalmente}: [T] {arriva|aiuterà [G]}.',
		'[OPEN]ne parliamo da [N3] anni e [T] ha {perfettamente |}senso.'
	],
	against: [
		'[OPEN]sono contrario: [T] è {un errore|una presa in giro|pura propaganda}.',
		'[OPEN][T] non serve a niente{.|!}',
		'[OPEN]nessuno ha chiesto [T].',
		'[OPEN]non credo che [T] aiuti [G].',
		'[OPEN]con [T] pagano sempre [G].',
		'[OPEN][T]? {Non funzionerà mai|L\'ennesima promessa vuota}{.|!}'
	],
	neutral: [
		'[OPEN]non so ancora cosa pensare: [T] funzionerà?',
		'Qualcuno sa quando entra in vigore [T]?',
		'[OPEN]vedremo se [T] funziona davvero.',
		'[OPEN]vorrei vedere i numeri prima di giudicare [T].'
	],
	offTopic: ['Saluti da [PL]!', 'Il sito è lentissimo {oggi|di nuovo}, o sbaglio?', 'Qualcuno ha visto la partita {ieri sera|domenica}?'],
	positive: ['{Ottimo|Bellissimo} articolo{, grazie|}{!|.}', 'Finalmente una bella notizia{!|.}', 'Grazie per {la spiegazione|l\'articolo}{!|.}', 'Niente male{, davvero|}.', 'Complimenti a [P]{!|.}'],
	negative: ['{Che vergogna|Che disastro|Incredibile}{!|.|!!!}', 'Sono stufo di {tutte queste bugie|tutto questo}{.|!}', 'Non è {normale|accettabile}{.|!}', 'Vergognoso{.|!!!}', 'Una pagliacciata{!|.}'],
	personal: [
		'Abito a [PL] da [N3] anni e {non ho mai visto una cosa simile|non è una novità}.',
		'Mia {sorella|madre|cugina|collega} dice che [P] {non capisce niente|ha ragione}.',
		'Qui a [PL] paghiamo [MONEY] {al mese|in più dell\'anno scorso}.',
		'Letto {stamattina|ieri sera} in treno e {ancora non ci credo|continuo a non capire}.'
	],
	closers: ['Ecco.', 'Vedremo.', 'Punto.', 'Tutto qui.', 'Saluti.'],
	groups: ['le famiglie', 'i pensionati', 'i giovani', 'gli inquilini', 'i lavoratori', 'i piccoli negozi', 'i residenti', 'gli agricoltori']
};
