import type { LangPhrases } from './lang';

export const es: LangPhrases = {
	openers: ['Sinceramente, ', 'A ver, ', 'Mira, ', 'La verdad es que ', 'Para mí ', 'Yo creo que ', 'Desde [HOME], ', 'Lo tengo claro: ', 'Vamos a ver: ', ''],
	favor: [
		'[OPEN]{apoyo|defiendo|voto por} [T] {sin dudas|totalmente|desde el principio|sin ningún complejo}{, y lo {digo|repito} {alto y claro|sin miedo}|}.',
		'[OPEN][T] {es|me parece} {una buena idea|lo más sensato|un paso en la buena dirección|lo mínimo|de sentido común}{ para [G]| en [PL]|}.',
		'[OPEN]{ya era hora|por fin|al fin}: [T] llega {tarde, pero llega|y [G] lo {agradecen|necesitaban|celebran}}.',
		'[OPEN]no entiendo {a quien critica|las críticas contra|tanto ruido contra|el drama con} [T]{, sinceramente|, de verdad|}.',
		'[OPEN][G] {llevan|llevamos} {años|[N3] años|décadas} esperando [T]{ y ahora {toca|hay que} cumplir|}.',
		'[OPEN]con [T] {ganamos todos|gana [PL]|[G] viven mejor|salimos ganando}{, {digan lo que digan|diga lo que diga [P]}|}.',
		'[OPEN]{[P] tiene razón|el artículo lo explica bien}: [T] {funciona|ha funcionado} {en otros países|donde se ha probado|mejor de lo que dicen}.',
		'[OPEN]{ojalá|espero que} [T] {salga adelante|se apruebe} {pronto|este año|antes de [FUTURE]}{, por el bien de [G]|}.'
	],
	against: [
		'[OPEN]{estoy en contra|no estoy de acuerdo|me opongo}: [T] {no sirve para nada|es un error|va a salir muy caro|no arregla nada}{ en [PL]| para [G]|}.',
		'[OPEN][T] es {un error|una trampa|puro postureo|un regalo para los de siempre|una tomadura de pelo}{, y lo sabe todo el mundo|, lo digo claro|}.',
		'[OPEN]{nadie|ni un solo vecino de [PL]|ningún conocido mío} {ha pedido|quiere|necesita} [T].',
		'[OPEN]{que|ojalá} {retiren|quiten|paren} [T] {cuanto antes|ya|antes de [FUTURE]}{.|!|!!}',
		'[OPEN]con [T], {[G] pagan|pagamos} {los platos rotos|el pato|la factura}{ otra vez|, como siempre|}.',
		'[OPEN]no me {creo|trago} que [T] {vaya a funcionar|ayude a [G]|cambie nada}{, la verdad|, sinceramente|}.',
		'[OPEN]{[P] puede decir lo que quiera|que no nos engañen}: [T] {no funciona|ya fracasó|no es la solución}{ en ningún sitio|, mirad [PL]|}.',
		'[OPEN]{en [YEAR]|hace [N3] años} {ya probaron|intentaron} algo parecido y {salió fatal|fue un desastre}; [T] {no será diferente|acabará igual}.'
	],
	neutral: [
		'[OPEN]no tengo claro qué pensar sobre [T]{, la verdad|, sinceramente|}.',
		'¿Alguien sabe {cuándo|cómo} {entra en vigor|se aplica|se va a pagar} [T]{ en [PL]|}?',
		'[OPEN]habrá que ver {qué pasa|cómo reaccionan [G]|qué dice [P]} con [T]{ en [PL]| este año|}.',
		'[OPEN]me gustaría ver {los datos|las cifras|el informe completo} antes de opinar sobre [T]{, que nadie los enseña|}.',
		'[OPEN]hay {argumentos|razones} {a favor y en contra|para los dos lados}{ y [P] no ayuda|}: [T] {es un tema complicado|da para mucho debate}.'
	],
	offTopic: [
		'¿Alguien más tiene problemas con {la web|la aplicación|el muro de pago} {hoy|esta semana|desde el día [N2]}?',
		'{Saludos|Un saludo|Buenas} desde [HOME]{, qué calor hace|, llueve otra vez|, aquí son las [HOUR]|}.',
		'¿Alguien vio el partido {ayer|anoche|del domingo}? {Vaya golazo|Qué robo|[TEAM] no levanta cabeza}.',
		'{La foto|El titular} {no tiene nada que ver|está fatal elegido}{, por cierto|, todo sea dicho|}.',
		'{Feliz|Buen} {fin de semana|viernes|domingo} a {todos|todo el mundo} desde [HOME]!'
	],
	positive: ['{Muy buen|Excelente|Gran|Estupendo} {artículo|reportaje|análisis}{, gracias|, [P] incluido|}{.|!}', '{Me alegra|Me alegro de} {ver esto|leer esto|que por fin se hable de ello}{ en [PL]|}{.|!}', '¡{Por fin|Qué bien} {una buena noticia|algo de sentido común|se hace algo}!', '{Gracias|Muchas gracias} por {explicarlo|la información|el contexto}{ tan bien|}.', 'No está nada mal{, la verdad|, para ser [PL]|}.'],
	negative: ['{Qué vergüenza|Qué desastre|Increíble|Qué despropósito}{.|!|!!!}', '{Estoy harto|Estamos hartos|Estoy cansada} de {tanta mentira|[P]|lo mismo de siempre|tanto cuento}.', 'Esto {no es|nunca ha sido} {normal|aceptable|serio}{.|!}', '{Menudo|Vaya} {despropósito|circo|panorama}{.|!!!}', 'Lamentable{.|!|...} {Así nos va.|Y luego se quejan.|}'],
	personal: [
		'{Vivo|Trabajo|Vivimos} en [HOME] desde hace [N3] años y {nunca había visto algo así|esto no es nuevo|cada vez es peor|todo sigue igual}.',
		'Mi {hermana|vecino|padre|cuñada|suegra|compañero de trabajo} {dice|opina|cree} que [P] {no tiene ni idea|tiene razón|miente|va a dimitir}{, y no le falta razón|}.',
		'{Aquí en|En} [HOME] {pago|pagamos} [MONEY] {al mes|más que el año pasado|por un piso de [N2] metros}.',
		'{Lo leí|Lo vi} {ayer|esta mañana} a las [HOUR] {en el tren|en el móvil|en el trabajo} y {sigo sin entenderlo|me quedé de piedra|no me lo creo}.',
		'{Soy|Fui} {profesora|enfermero|autónomo|camarero|conductor de autobús|administrativa} en [HOME]{ durante [N3] años|} y {lo veo cada día|sé de lo que hablo}.',
		'{En [YEAR]|Hace [N3] años} {ya pasó algo parecido|se habló de lo mismo} en [HOME]{ y nadie hizo nada| y mira ahora|}.'
	],
	closers: ['Ahí lo dejo.', 'El tiempo dirá.', 'Y punto.', 'Es lo que hay.', 'Saludos.', 'Un saludo desde [HOME].', 'Veremos.'],
	groups: ['los jóvenes', 'las familias', 'los jubilados', 'los autónomos', 'los vecinos', 'los trabajadores', 'los inquilinos', 'los pequeños comercios'],
	home: ['Sevilla', 'Zaragoza', 'Valencia', 'Bilbao', 'Málaga', 'Murcia', 'Valladolid', 'Vigo', 'Granada', 'Alicante']
};
