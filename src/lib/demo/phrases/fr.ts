import type { LangPhrases } from './lang';

export const fr: LangPhrases = {
	openers: ['Franchement, ', 'Honnêtement, ', 'Pour moi, ', 'Bon, ', 'Soyons clairs : ', 'À mon avis, ', 'Depuis [HOME], ', ''],
	favor: [
		'[OPEN][T], c\'est {une bonne idée|le bon choix|le minimum|une évidence|du bon sens}{ pour [G]|, n\'en déplaise à [P]|}.',
		'[OPEN]je suis {pour|totalement pour|à cent pour cent pour} [T]{, et je l\'assume|, sans hésiter|}.',
		'[OPEN]{il était temps|enfin|à la bonne heure} : [T] {arrive|va aider [G]|change la donne}.',
		'[OPEN]je ne vois pas en quoi [T] {pose problème|dérange qui que ce soit|menace [G]}.',
		'[OPEN][G] attendent [T] depuis {des années|[N3] ans|une éternité}{, il faut avancer|}.',
		'[OPEN]avec [T], {tout le monde y gagne|[G] respirent enfin|[PL] peut enfin avancer}.',
		'[OPEN]{[P] a raison|l\'article le montre bien} : [T] {marche|a marché} {ailleurs|à [PL]|là où on l\'a essayé}.',
		'[OPEN]j\'espère que [T] sera {adopté|voté|appliqué} {avant [FUTURE]|cette année|rapidement}.'
	],
	against: [
		'[OPEN]je suis contre [T]{, point final|, et je ne suis pas le seul|}.',
		'[OPEN][T], c\'est {une erreur|du grand n\'importe quoi|un cadeau aux lobbies|de la poudre aux yeux|une usine à gaz}{, tout le monde le sait|}.',
		'[OPEN]personne {n\'a demandé|à [PL] ne veut} [T].',
		'[OPEN]je ne crois pas une seconde que [T] puisse {aider [G]|changer quoi que ce soit}.',
		'[OPEN]avec [T], ce sont encore [G] qui paient{.| !|, comme d\'habitude.}',
		'[OPEN][T] ? {Ça ne marchera jamais|Une usine à gaz de plus|Encore une promesse en l\'air}{.| !}',
		'[OPEN]{en [YEAR]|il y a [N3] ans}, on a déjà essayé quelque chose de similaire, et [T] {finira pareil|ne fera pas mieux}.',
		'[OPEN][P] peut raconter ce qu\'il veut : [T] {ne règle rien|est une erreur}.'
	],
	neutral: [
		'[OPEN]je ne sais pas trop quoi penser : [T], bonne ou mauvaise idée ?',
		'Quelqu\'un sait quand [T] entre en vigueur{ à [PL]|} ?',
		'[OPEN]on verra bien si [T] tient ses promesses{, et ce qu\'en dit [P]|}.',
		'[OPEN]j\'aimerais voir {les chiffres|les données|l\'étude complète} avant de juger [T].',
		'[OPEN][T] a {ses avantages et ses défauts|deux faces}{, comme souvent|, et chacun exagère|}.'
	],
	offTopic: [
		'Salut à tous depuis [HOME]{, il pleut encore|, il est déjà [HOUR]|} !',
		'Le site rame {encore aujourd\'hui|depuis [DAY]|ce matin}, non ?',
		'Quelqu\'un a vu le match {hier soir|ce week-end} ? {[TEAM] était nul|Quel but}.',
		'{La photo|Le titre} n\'a {rien à voir|pas grand-chose à voir} avec l\'article{, non ?|.}',
		'Bon week-end à {tous|tout le monde} depuis [HOME] !'
	],
	positive: ['{Très bon|Excellent|Super} {article|papier}{, merci|, bravo|}{ !|.}', 'Enfin {une bonne nouvelle|du bon sens}{ pour [PL]|}{ !|.}', 'Merci pour {ces explications|cet article|le contexte}{ !|.}', 'Pas mal du tout{, franchement|, je dois dire|}.', 'Bravo à [P]{ !|.}'],
	negative: ['{Quelle honte|Quel désastre|Lamentable|Quel cirque}{ !|.| !!!}', 'J\'en ai {marre|ras-le-bol} de {ces mensonges|tout ça|[P]}{.| !}', 'C\'est {n\'importe quoi|inadmissible|honteux}{ !|.}', 'Pathétique{.| !!!} {Comme d\'habitude.|}', 'Ça ne va pas du tout{.| !}'],
	personal: [
		'{J\'habite|Je travaille} à [HOME] depuis [N3] ans et {je n\'ai jamais vu ça|ce n\'est pas nouveau|c\'est de pire en pire}.',
		'Ma {sœur|voisine|mère|collègue|belle-mère} dit que [P] {n\'y connaît rien|a raison|ment}{, et elle n\'a pas tort|}.',
		'Chez nous, à [HOME], on paie [MONEY] {par mois|de plus que l\'an dernier|pour [N2] mètres carrés}.',
		'Lu {ce matin|hier soir} à [HOUR] {dans le train|au bureau|au café} et {je n\'en reviens toujours pas|je ne comprends toujours pas}.',
		'Je {suis|étais} {infirmière|prof|chauffeur de bus|artisan|caissière|retraité} à [HOME]{ depuis [N3] ans|} et {je le vois tous les jours|je sais de quoi je parle}.',
		'{En [YEAR]|Il y a [N3] ans}, on a eu {le même débat|la même histoire} à [HOME]{, et rien n\'a bougé|}.'
	],
	closers: ['Voilà.', 'On verra.', 'Affaire à suivre.', 'Bref.', 'Point.', 'Salut de [HOME].', 'À suivre.'],
	groups: ['les familles', 'les retraités', 'les jeunes', 'les locataires', 'les salariés', 'les petits commerçants', 'les habitants', 'les agriculteurs'],
	home: ['Lyon', 'Nantes', 'Lille', 'Rennes', 'Toulouse', 'Grenoble', 'Dijon', 'Liège', 'Lausanne', 'Montpellier']
};
