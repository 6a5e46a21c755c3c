import type { LangPhrases } from './lang';

export const it: LangPhrases = {
	openers: ['Sinceramente, ', 'Onestamente, ', 'Secondo me ', 'Per me ', 'Diciamolo: ', 'Da [HOME]: ', ''],
	favor: [
		'[OPEN][T] è {una buona idea|il minimo|la scelta giusta|un passo avanti|buon senso}{ per [G]|, checché ne dica [P]|}.',
		'[OPEN]appoggio [T] {senza riserve|al cento per cento|da sempre|senza se e senza ma}.',
		'[OPEN]non capisco chi critica [T]{, sinceramente|, davvero|}.',
		'[OPEN]con [T] ci guadagnano [G]{, e anche [PL]|}.',
		'[OPEN]{era ora|finalmente|alla buon\'ora}: [T] {arriva|aiuterà [G]|cambia le cose}.',
		'[OPEN]ne parliamo da [N3] anni e [T] ha {perfettamente |sempre più |}senso.',
		'[OPEN]{[P] ha ragione|l\'articolo lo spiega bene}: [T] {funziona|ha funzionato} {all\'estero|a [PL]|dove l\'hanno provato}.',
		'[OPEN]spero che [T] {passi|venga approvato} {prima del [FUTURE]|quest\'anno|presto}.'
	],
	against: [
		'[OPEN]sono contrario: [T] è {un errore|una presa in giro|pura propaganda|un regalo alle lobby}{, lo sanno tutti|}.',
		'[OPEN][T] non serve a niente{.|!|, soprattutto a [PL].}',
		'[OPEN]nessuno {ha chiesto|a [PL] vuole} [T].',
		'[OPEN]non credo che [T] {aiuti [G]|cambi qualcosa}{, sinceramente|}.',
		'[OPEN]con [T] pagano sempre [G]{.|!|, come al solito.}',
		'[OPEN][T]? {Non funzionerà mai|L\'ennesima promessa vuota|Un disastro annunciato}{.|!}',
		'[OPEN]{nel [YEAR]|[N3] anni fa} hanno provato qualcosa di simile, e [T] {finirà allo stesso modo|non sarà meglio}.',
		'[OPEN][P] può dire quello che vuole: [T] {non risolve niente|è un errore}.'
	],
	neutral: [
		'[OPEN]non so ancora cosa pensare: [T] funzionerà?',
		'Qualcuno sa quando entra in vigore [T]{ a [PL]|}?',
		'[OPEN]vedremo se [T] funziona davvero{, e cosa ne dice [P]|}.',
		'[OPEN]vorrei vedere {i numeri|i dati|lo studio completo} prima di giudicare [T].',
		'[OPEN][T] ha {pro e contro|due facce}{, come quasi tutto|, e tutti esagerano|}.'
	],
	offTopic: [
		'Saluti da [HOME]{, qui piove di nuovo|, qui sono già le [HOUR]|}!',
		'Il sito è lentissimo {oggi|di nuovo|da [DAY]}, o sbaglio?',
		'Qualcuno ha visto la partita {ieri sera|domenica}? {Che gol|Il [TEAM] una vergogna}.',
		'{La foto|Il titolo} non c\'entra {niente|molto} con l\'articolo{, o sbaglio?|.}',
		'Buon fine settimana a {tutti|tutti quanti} da [HOME]!'
	],
	positive: ['{Ottimo|Bellissimo|Gran} {articolo|pezzo}{, grazie|, complimenti|}{!|.}', 'Finalmente {una bella notizia|un po\' di buon senso}{ per [PL]|}{!|.}', 'Grazie per {la spiegazione|l\'articolo|il contesto}{!|.}', 'Niente male{, davvero|, devo dire|}.', 'Complimenti a [P]{!|.}'],
	negative: ['{Che vergogna|Che disastro|Incredibile|Che pagliacciata}{!|.|!!!}', 'Sono {stufo|stufa} di {tutte queste bugie|tutto questo|[P]}{.|!}', 'Non è {normale|accettabile|serio}{.|!}', 'Vergognoso{.|!!!} {Come sempre.|}', 'Una pagliacciata{!|.}'],
	personal: [
		'{Abito|Lavoro} a [HOME] da [N3] anni e {non ho mai visto una cosa simile|non è una novità|va sempre peggio}.',
		'Mia {sorella|madre|cugina|collega|suocera} dice che [P] {non capisce niente|ha ragione|mente}{, e non ha tutti i torti|}.',
		'Qui a [HOME] paghiamo [MONEY] {al mese|in più dell\'anno scorso|per [N2] metri quadri}.',
		'Letto {stamattina|ieri sera} alle [HOUR] {in treno|al lavoro|al bar} e {ancora non ci credo|continuo a non capire}.',
		'{Sono|Ero} {infermiera|insegnante|autista|idraulico|commessa|pensionato} a [HOME]{ da [N3] anni|} e {lo vedo ogni giorno|so di cosa parlo}.',
		'{Nel [YEAR]|[N3] anni fa} c\'era {lo stesso dibattito|la stessa storia} a [HOME]{, e non è cambiato nulla|}.'
	],
	closers: ['Ecco.', 'Vedremo.', 'Punto.', 'Tutto qui.', 'Saluti.', 'Saluti da [HOME].', 'Staremo a vedere.'],
	groups: ['le famiglie', 'i pensionati', 'i giovani', 'gli inquilini', 'i lavoratori', 'i piccoli negozi', 'i residenti', 'gli agricoltori'],
	home: ['Torino', 'Bologna', 'Genova', 'Bari', 'Verona', 'Padova', 'Trieste', 'Perugia', 'Cagliari', 'Lecce']
};
