import type { LangPhrases } from './lang';

// German templates keep [T] in the nominative (subject or dass-clause) so articles never need declining.
export const de: LangPhrases = {
	openers: ['Mal ehrlich: ', 'Ganz ehrlich: ', 'Meine Meinung: ', 'Kurz gesagt: ', 'Sorry, aber ', 'Also: ', 'Aus [HOME]: ', ''],
	favor: [
		'[OPEN][T] ist {längst überfällig|eine gute Idee|das einzig Vernünftige|ein Schritt in die richtige Richtung|vernünftig}{, auch für [PL]|, egal was [P] sagt|}.',
		'[OPEN][T] ist gut für [G]{, Punkt|, ganz einfach|, das sieht man doch}.',
		'[OPEN]{ohne Wenn und Aber|endlich|na also}: [T] muss {kommen|bleiben}{!|.|, und zwar schnell.}',
		'Warum erst jetzt? [T] ist {überfällig|seit Jahren überfällig|seit [YEAR] überfällig}{, liebe Politik|}.',
		'[OPEN]ich verstehe die Aufregung nicht, [T] schadet {niemandem|keinem}{ und hilft [G]|}.',
		'[OPEN]wenn [T] kommt, haben [G] {endlich|wenigstens} {eine Chance|etwas davon|Planungssicherheit}.',
		'[OPEN]{[P] hat recht|der Artikel zeigt es}: [T] {funktioniert|hat anderswo funktioniert}{, siehe [PL]|}.',
		'[OPEN]ich hoffe, dass [T] {noch dieses Jahr|vor [FUTURE]|bald} {kommt|beschlossen wird}.'
	],
	against: [
		'[OPEN][T] ist {ein Fehler|reine Symbolpolitik|ein Geschenk für Lobbyisten|völlig daneben|Murks}{, das weiß jeder|, sorry|}.',
		'[OPEN][T] {bringt gar nichts|hilft niemandem|kostet nur Geld}{, schon gar nicht in [PL]|}.',
		'[T]? Am Ende zahlen {[G]|wir|die Kleinen} die Zeche{.|!|, wie immer.}',
		'[OPEN]ich glaube nicht, dass [T] {funktioniert|etwas ändert|irgendetwas bringt}{, ehrlich gesagt|}.',
		'[OPEN][T] wird {scheitern|teuer|nach hinten losgehen}, {wetten|ganz sicher|das sage ich jetzt schon}.',
		'[OPEN]{keiner|niemand} in [PL] hat {danach|nach so etwas} gefragt{, [P]|}.',
		'[OPEN]{[YEAR]|vor [N3] Jahren} hat man {das schon mal versucht|etwas Ähnliches probiert}, und [T] {wird genauso enden|ist keinen Deut besser}.',
		'[OPEN][P] kann erzählen, was {er|sie} will: [T] {ist und bleibt ein Fehler|löst kein einziges Problem}.'
	],
	neutral: [
		'[OPEN]ich weiß ehrlich nicht, ob [T] {funktioniert|etwas bringt|hält}{, mal sehen|}.',
		'Weiß jemand, ab wann [T] {gilt|in [PL] gilt|greift}?',
		'[OPEN]mal sehen, ob [T] {wirklich kommt|hält|etwas ändert}{ und was [P] dazu sagt|}.',
		'[OPEN]ich hätte gern {Zahlen|Daten|die Studie} gesehen, bevor [T] {beschlossen wird|kommt}.',
		'[OPEN][T] hat {Vor- und Nachteile|zwei Seiten}{, und beide werden übertrieben|, wie so oft|}.'
	],
	offTopic: [
		'Grüße aus [HOME]{, hier regnet es schon wieder|, hier ist es schon [HOUR]|}!',
		'Ist die Seite {heute|seit [DAY]} bei {jemandem|euch} auch so langsam?',
		'Hat jemand das Spiel {gestern|am Wochenende} gesehen? {[TEAM] war peinlich|Was für ein Tor}.',
		'{Das Foto|Die Überschrift} passt {überhaupt nicht|kaum} zum Text{, oder?|.}',
		'{Schönes Wochenende|Schönen Feierabend} {allerseits|euch allen} aus [HOME]!'
	],
	positive: ['{Sehr guter|Toller|Starker|Klarer} {Artikel|Beitrag}{, danke|, endlich mal|}{!|.}', 'Endlich mal {eine gute Nachricht|etwas Vernünftiges}{ aus [PL]|}{!|.}', 'Danke für die {Recherche|Einordnung|Hintergründe}{!|.}', 'Gar nicht schlecht{, ehrlich gesagt|, muss ich sagen|}.', 'Das freut mich {wirklich|sehr} für [G]{!|.}'],
	negative: ['{Was für ein|So ein} {Chaos|Unsinn|Desaster|Theater}{!|!!!|.}', '{Einfach|Total|Nur noch} {peinlich|lächerlich|unglaublich}{.|!}', 'Ich kann {es|das Gerede von [P]} nicht mehr hören{.|!}', 'Das ist {nicht|gar nicht} in Ordnung{.|!}', 'Eine Frechheit{!|!!!} {Typisch.|Wie immer.|}'],
	personal: [
		'Ich {wohne|arbeite} seit [N3] Jahren in [HOME] und {so etwas habe ich noch nie erlebt|das ist nichts Neues|es wird jedes Jahr schlimmer}.',
		'Meine {Schwester|Nachbarin|Mutter|Kollegin|Schwiegermutter} sagt, [P] {hat keine Ahnung|hat recht|lügt}{, und sie hat nicht ganz unrecht|}.',
		'Wir zahlen in [HOME] {inzwischen|jetzt} [MONEY] {im Monat|mehr als letztes Jahr|für [N2] Quadratmeter}.',
		'{Gestern|Heute früh} um [HOUR] {im Zug|beim Frühstück|in der Pause} gelesen und {immer noch sprachlos|ich verstehe es nicht|den Kopf geschüttelt}.',
		'Ich {bin|arbeite als} {Lehrerin|Pfleger|Busfahrer|Handwerker|Verkäuferin|Elektriker} in [HOME]{ seit [N3] Jahren|} und {sehe das jeden Tag|weiß, wovon ich rede}.',
		'{[YEAR]|Vor [N3] Jahren} gab es in [HOME] {schon mal dieselbe Debatte|etwas Ähnliches}{, passiert ist nichts|}.'
	],
	closers: ['Just saying.', 'Meine Meinung.', 'Abwarten.', 'Punkt.', 'Schönen Tag noch.', 'Gruß aus [HOME].', 'Mal sehen.'],
	groups: ['die Familien', 'die Rentner', 'die Pendler', 'die jungen Leute', 'die Mieter', 'die Beschäftigten', 'die kleinen Betriebe', 'die Anwohner'],
	home: ['Leipzig', 'Bremen', 'Kassel', 'Freiburg', 'Dortmund', 'Graz', 'Bielefeld', 'Rostock', 'Augsburg', 'Linz']
};
