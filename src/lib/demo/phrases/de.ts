import type { LangPhrases } from './lang';

// German templates keep [T] in the nominative (subject or dass-clause) so articles never need declining.
export const de: LangPhrases = {
	openers: ['Mal ehrlich: ', 'Ganz ehrlich: ', 'Meine Meinung: ', 'Kurz gesagt: ', 'Sorry, aber ', 'Also: ', ''],
	favor: [
		'[OPEN][T] ist {längst überfällig|eine gute Idee|das einzig Vernünftige|ein Schritt in die richtige Richtung}.',
		'[OPEN][T] ist gut für [G]{, Punkt|, ganz einfach|}.',
		'[OPEN]{ohne Wenn und Aber|endlich}: [T] muss kommen{!|.}',
		'Warum erst jetzt? [T] ist {überfällig|seit Jahren überfällig}.',
		'[OPEN]ich verstehe die Aufregung nicht, [T] schadet {niemandem|keinem}.',
		'[OPEN]wenn [T] kommt, haben [G] {endlich|wenigstens} {eine Chance|etwas davon}.'
	],
	against: [
		'[OPEN][T] ist {ein Fehler|reine Symbolpolitik|ein Geschenk für Lobbyisten|völlig daneben}.',
		'[OPEN][T] {bringt gar nichts|hilft niemandem}.',
		'[T]? Am Ende zahlen {[G]|wir} die Zeche{.|!}',
		'[OPEN]ich glaube nicht, dass [T] {funktioniert|etwas ändert|[G] hilft}.',
		'[OPEN][T] wird {scheitern|teuer|nach hinten losgehen}, {wetten|ganz sicher}.',
		'[OPEN]{keiner|niemand} in [PL] hat {danach|nach so etwas} gefragt.'
	],
	neutral: [
		'[OPEN]ich weiß ehrlich nicht, ob [T] {funktioniert|etwas bringt}.',
		'Weiß jemand, ab wann [T] gilt?',
		'[OPEN]mal sehen, ob [T] {wirklich kommt|hält|etwas ändert}.',
		'[OPEN]ich hätte gern {Zahlen|Daten} gesehen, bevor [T] {beschlossen wird|kommt}.'
	],
	offTopic: ['Grüße aus [PL]{, hier regnet es schon wieder|}!', 'Ist die Seite heute bei {jemandem|euch} auch so langsam?', 'Hat jemand das Spiel {gestern|am Wochenende} gesehen?'],
	positive: ['{Sehr guter|Toller|Starker} Artikel{, danke|}{!|.}', 'Endlich mal eine gute Nachricht{!|.}', 'Danke für die {Recherche|Einordnung}{!|.}', 'Gar nicht schlecht{, ehrlich gesagt|}.', 'Das freut mich {wirklich|sehr} für [G]{!|.}'],
	negative: ['{Was für ein|So ein} {Chaos|Unsinn|Desaster}{!|!!!|.}', '{Einfach|Total} {peinlich|lächerlich|unglaublich}{.|!}', 'Ich kann es nicht mehr hören{.|!}', 'Das ist {nicht|gar nicht} in Ordnung{.|!}', 'Eine Frechheit{!|!!!}'],
	personal: [
		'Ich wohne seit [N3] Jahren in [PL] und {so etwas habe ich noch nie erlebt|das ist nichts Neues}.',
		'Meine {Schwester|Nachbarin|Mutter|Kollegin} sagt, [P] {hat keine Ahnung|hat recht}.',
		'Wir zahlen in [PL] {inzwischen|jetzt} [MONEY] {im Monat|mehr als letztes Jahr}.',
		'{Gestern|Heute früh} {im Zug|beim Frühstück} gelesen und {immer noch sprachlos|ich verstehe es nicht}.'
	],
	closers: ['Just saying.', 'Meine Meinung.', 'Abwarten.', 'Punkt.', 'Schönen Tag noch.'],
	groups: ['die Familien', 'die Rentner', 'die Pendler', 'die jungen Leute', 'die Mieter', 'die Beschäftigten', 'die kleinen Betriebe', 'die Anwohner']
};
