import type { LangPhrases } from './lang';

export const es: LangPhrases = {
	openers: ['Sinceramente, ', 'A ver, ', 'Mira, ', 'La verdad es que ', 'Para mí ', 'Yo creo que ', 'Desde [PL], ', 'Lo tengo claro: ', ''],
	favor: [
		'[OPEN]{apoyo|defiendo} [T] {sin dudas|totalmente|desde el principio}.',
		'[OPEN][T] {es|me parece} {una buena idea|lo más sensato|un paso en la buena dirección|lo mínimo}.',
		'[OPEN]{ya era hora|por fin}: [T] llega {tarde, pero llega|y [G] lo {agradecen|necesitan}}.',
		'[OPEN]no entiendo {a quien critica|las críticas contra|tanto ruido contra} [T].',
		'[OPEN][G] {llevan|llevamos} {años|[N3] años} esperando [T].',
		'[OPEN]con [T] {ganamos todos|gana [PL]|[G] viven mejor}.'
	],
	against: [
		'[OPEN]{estoy en contra|no estoy de acuerdo}: [T] {no sirve para nada|es un error|va a salir muy caro}.',
		'[OPEN][T] es {un error|una trampa|puro postureo|un regalo para los de siempre}.',
		'[OPEN]{nadie|ni un solo vecino de [PL]} {ha pedido|quiere} [T].',
		'[OPEN]{que|ojalá} {retiren|quiten} [T] {cuanto antes|ya}{.|!}',
		'[OPEN]con [T], {[G] pagan|pagamos} {los platos rotos|el pato}{ otra vez|}.',
		'[OPEN]no me {creo|trago} que [T] {vaya a funcionar|ayude a [G]}.'
	],
	neutral: [
		'[OPEN]no tengo claro qué pensar sobre [T].',
		'¿Alguien sabe {cuándo|cómo} {entra en vigor|se aplica} [T]?',
		'[OPEN]habrá que ver {qué pasa|cómo reaccionan [G]} con [T].',
		'[OPEN]me gustaría ver {los datos|las cifras} antes de opinar sobre [T].'
	],
	offTopic: ['¿Alguien más tiene problemas con {la web|la aplicación} {hoy|esta semana}?', '{Saludos|Un saludo} desde [PL]{, qué calor hace|, llueve otra vez|}.', '¿Alguien vio el partido {ayer|anoche}? {Vaya golazo|Qué robo}.'],
	positive: ['{Muy buen|Excelente|Gran} {artículo|reportaje}{, gracias|}{.|!}', '{Me alegra|Me alegro de} {ver esto|leer esto|que por fin se hable de ello}{.|!}', '¡{Por fin|Qué bien}{ una buena noticia|}!', '{Gracias|Muchas gracias} por {explicarlo|la información}.', 'No está nada mal{, la verdad|}.'],
	negative: ['{Qué vergüenza|Qué desastre|Increíble}{.|!|!!!}', '{Estoy harto|Estamos hartos} de {tanta mentira|[P]|lo mismo de siempre}.', 'Esto {no es|nunca ha sido} {normal|aceptable}{.|!}', '{Menudo|Vaya} {despropósito|circo}{.|!!!}', 'Lamentable{.|!|...}'],
	personal: [
		'Vivo en [PL] desde hace [N3] años y {nunca había visto algo así|esto no es nuevo}.',
		'Mi {hermana|vecino|padre|cuñada} {dice|opina} que [P] {no tiene ni idea|tiene razón}.',
		'Aquí en [PL] {pago|pagamos} [MONEY] {al mes|más que el año pasado}.',
		'{Lo leí|Lo vi} {ayer|esta mañana|en el tren} y {sigo sin entenderlo|me quedé de piedra}.'
	],
	closers: ['Ahí lo dejo.', 'El tiempo dirá.', 'Y punto.', 'Es lo que hay.', 'Saludos.'],
	groups: ['los jóvenes', 'las familias', 'los jubilados', 'los autónomos', 'los vecinos', 'los trabajadores', 'los inquilinos', 'los pequeños comercios']
};
