import type { LangPhrases } from './lang';

export const pt: LangPhrases = {
	openers: ['Sinceramente, ', 'Olha, ', 'Na minha opinião, ', 'Para mim, ', 'Francamente, ', 'Daqui de [HOME], ', ''],
	favor: [
		'[OPEN][T] é {uma boa ideia|o mínimo|o passo certo|mais do que necessário|bom senso}{ para [G]|, diga [P] o que disser|}.',
		'[OPEN]apoio [T] {sem reservas|totalmente|desde o início|sem vergonha nenhuma}.',
		'[OPEN]não percebo quem critica [T]{, sinceramente|, a sério|}.',
		'[OPEN]com [T], [G] ficam a ganhar{, e [PL] também|}.',
		'[OPEN]{já era tempo|finalmente|até que enfim}: [T] {chegou|vai ajudar [G]|muda tudo}.',
		'[OPEN]há [N3] anos que se fala disto e [T] faz {todo o sentido|sentido|cada vez mais sentido}.',
		'[OPEN]{[P] tem razão|o artigo mostra bem}: [T] {funciona|funcionou} {lá fora|em [PL]|onde foi testado}.',
		'[OPEN]espero que [T] {avance|seja aprovado} {antes de [FUTURE]|este ano|depressa}.'
	],
	against: [
		'[OPEN]sou contra [T]{, ponto final|, e não sou o único|}.',
		'[OPEN][T] é {um erro|uma vergonha|pura propaganda|um presente para os lóbis|uma fantochada}{, toda a gente sabe|}.',
		'[OPEN]ninguém {pediu|em [PL] quer} [T].',
		'[OPEN]não acredito que [T] {ajude [G]|mude alguma coisa}{, sinceramente|}.',
		'[OPEN]com [T], quem paga são sempre [G]{.|!|, como de costume.}',
		'[OPEN][T]? {Nunca vai resultar|Mais uma promessa vazia|Mais um desastre anunciado}{.|!}',
		'[OPEN]{em [YEAR]|há [N3] anos} tentaram algo parecido, e [T] {vai acabar igual|não será melhor}.',
		'[OPEN][P] pode dizer o que quiser: [T] {não resolve nada|é um erro}.'
	],
	neutral: [
		'[OPEN]ainda não sei bem o que pensar sobre [T]{, confesso|}.',
		'Alguém sabe quando [T] entra em vigor{ em [PL]|}?',
		'[OPEN]vamos ver se [T] resulta{, e o que diz [P]|}.',
		'[OPEN]gostava de ver {os números|os dados|o estudo completo} antes de opinar sobre [T].',
		'[OPEN][T] tem {vantagens e desvantagens|dois lados}{, como quase tudo|}.'
	],
	offTopic: [
		'Saudações de [HOME]{, hoje chove outra vez|, já são [HOUR] aqui|}!',
		'O site está lento {hoje|outra vez|desde [DAY]} ou sou só eu?',
		'Alguém viu o jogo {ontem|no domingo}? {Que golo|O [TEAM] foi uma vergonha}.',
		'{A foto|O título} não tem {nada|muito} a ver com o artigo{, pois não?|.}',
		'Bom fim de semana a {todos|toda a gente} aqui de [HOME]!'
	],
	positive: ['{Muito bom|Excelente|Ótimo} {artigo|trabalho}{, obrigado|, parabéns|}{!|.}', 'Finalmente {uma boa notícia|algum bom senso}{ para [PL]|}{!|.}', 'Obrigado pela {explicação|informação|contextualização}{!|.}', 'Nada mal{, sinceramente|, devo dizer|}.', 'Parabéns a [P]{!|.}'],
	negative: ['{Que vergonha|Que desastre|Inacreditável|Que palhaçada}{!|.|!!!}', 'Estou {farto|cansada} de {tanta mentira|tudo isto|[P]}{.|!}', 'Isto {não é|nunca foi} {normal|aceitável}{.|!}', 'Lamentável{.|!!!} {Como sempre.|}', 'Uma palhaçada{!|.}'],
	personal: [
		'{Vivo|Trabalho} em [HOME] há [N3] anos e {nunca vi nada assim|isto não é novidade|está cada vez pior}.',
		'A minha {irmã|vizinha|mãe|colega|sogra} diz que [P] {não percebe nada|tem razão|mente}{, e não está errada|}.',
		'Cá em [HOME] pagamos [MONEY] {por mês|a mais do que no ano passado|por [N2] metros quadrados}.',
		'Li isto {hoje de manhã|ontem à noite} às [HOUR] {no comboio|no trabalho|no café} e {ainda não acredito|continuo sem perceber}.',
		'{Sou|Fui} {enfermeira|professor|motorista|canalizador|empregada de loja|reformado} em [HOME]{ há [N3] anos|} e {vejo isto todos os dias|sei do que falo}.',
		'{Em [YEAR]|Há [N3] anos} houve {o mesmo debate|a mesma conversa} em [HOME]{, e nada mudou|}.'
	],
	closers: ['Fica a dica.', 'O tempo dirá.', 'E pronto.', 'É o que é.', 'Abraço.', 'Abraço de [HOME].', 'Veremos.'],
	groups: ['as famílias', 'os reformados', 'os jovens', 'os inquilinos', 'os trabalhadores', 'os pequenos comerciantes', 'os moradores', 'os agricultores'],
	home: ['Porto', 'Braga', 'Coimbra', 'Faro', 'Aveiro', 'Setúbal', 'Viseu', 'Évora', 'Funchal', 'Leiria']
};
