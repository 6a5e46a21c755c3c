import type { LangPhrases } from './lang';

export const fr: LangPhrases = {
	openers: ['Franchement, ', 'Honnêtement, ', 'Pour moi, ', 'Bon, ', 'Soyons clairs : ', 'À mon avis, ', ''],
	favor: [
		'[OPEN][T], c\'est {une bonne idée|le bon choix|le minimum|une évidence}.',
		'[OPEN]je suis {pour|totalement pour|à cent pour cent pour} [T].',
		'[OPEN]{il était temps|enfin} : [T] {arrive|va aider [G]}.',
		'[OPEN]je ne vois pas en quoi [T] {pose problème|dérange qui que ce soit}.',
		'[OPEN][G] attendent [T] depuis {des années|[N3] ans}.',
		'[OPEN]avec [T], {tout le monde y gagne|[G] respirent enfin}.'
	],
	against: [
		'[OPEN]je suis contre [T]{, point final|}.',
		'[OPEN][T], c\'est {une erreur|du grand n\'importe quoi|un cadeau aux lobbies|de la poudre aux yeux}.',
		'[OPEN]personne n\'a demandé [T].',
		'[OPEN]je ne crois pas une seconde que [T] puisse aider [G].',
		'[OPEN]avec [T], ce sont encore [G] qui paient{.| !}',
		'[OPEN][T] ? {Ça ne marchera jamais|Une usine à gaz}{.| !}'
	],
	neutral: [
		'[OPEN]je ne sais pas trop quoi penser : [T], bonne ou mauvaise idée ?',
		'Quelqu\'un sait quand [T] entre en vigueur ?',
		'[OPEN]on verra bien si [T] tient ses promesses.',
		'[OPEN]j\'aimerais voir les chiffres avant de juger [T].'
	],
	offTopic: ['Salut à tous depuis [PL] !', 'Le site rame encore {aujourd\'hui|ce matin}, non ?', 'Quelqu\'un a vu le match {hier soir|ce week-end} ?'],
	positive: ['{Très bon|Excellent} article{, merci|}{ !|.}', 'Enfin une bonne nouvelle{ !|.}', 'Merci pour {ces explications|cet article}{ !|.}', 'Pas mal du tout{, franchement|}.', 'Bravo à [P]{ !|.}'],
	negative: ['{Quelle honte|Quel désastre|Lamentable}{ !|.| !!!}', 'J\'en ai {marre|ras-le-bol} de {ces mensonges|tout ça}{.| !}', 'C\'est {n\'importe quoi|inadmissible}{ !|.}', 'Pathétique{.| !!!}', 'Ça ne va pas du tout{.| !}'],
	personal: [
		'J\'habite à [PL] depuis [N3] ans et {je n\'ai jamais vu ça|ce n\'est pas nouveau}.',
		'Ma {sœur|voisine|mère|collègue} dit que [P] {n\'y connaît rien|a raison}.',
		'Chez nous, à [PL], on paie [MONEY] {par mois|de plus que l\'an dernier}.',
		'Lu {ce matin|hier soir} dans le train et {je n\'en reviens toujours pas|je ne comprends toujours pas}.'
	],
	closers: ['Voilà.', 'On verra.', 'Affaire à suivre.', 'Bref.', 'Point.'],
	groups: ['les familles', 'les retraités', 'les jeunes', 'les locataires', 'les salariés', 'les petits commerçants', 'les habitants', 'les agriculteurs']
};
