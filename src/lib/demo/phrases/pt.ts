import type { LangPhrases } from './lang';

export const pt: LangPhrases = {
	openers: ['Sinceramente, ', 'Olha, ', 'Na minha opinião, ', 'Para mim, ', 'Francamente, ', ''],
	favor: [
		'[OPEN][T] é {uma boa ideia|o mínimo|o passo certo|mais do que necessário}.',
		'[OPEN]apoio [T] {sem reservas|totalmente|desde o início}.',
		'[OPEN]não percebo quem critica [T].',
		'[OPEN]com [T], [G] ficam a ganhar.',
		'[OPEN]{já era tempo|finalmente}: [T] {chegou|vai ajudar [G]}.',
		'[OPEN]há [N3] anos que se fala disto e [T] faz {todo o sentido|sentido}.'
	],
	against: [
		'[OPEN]sou contra [T]{, ponto final|}.',
		'[OPEN][T] é {um erro|uma vergonha|pura propaganda|um presente para os lóbis}.',
		'[OPEN]ninguém pediu [T].',
		'[OPEN]não acredito que [T] ajude [G].',
		'[OPEN]com [T], quem paga são sempre [G].',
		'[OPEN][T]? {Nunca vai resultar|Mais uma promessa vazia}{.|!}'
	],
	neutral: [
		'[OPEN]ainda não sei bem o que pensar sobre [T].',
		'Alguém sabe quando [T] entra em vigor?',
		'[OPEN]vamos ver se [T] resulta.',
		'[OPEN]gostava de ver os números antes de opinar sobre [T].'
	],
	offTopic: ['Saudações de [PL]!', 'O site está lento {hoje|outra vez} ou sou só eu?', 'Alguém viu o jogo {ontem|no domingo}?'],
	positive: ['{Muito bom|Excelente} artigo{, obrigado|}{!|.}', 'Finalmente uma boa notícia{!|.}', 'Obrigado pela {explicação|informação}{!|.}', 'Nada mal{, sinceramente|}.', 'Parabéns a [P]{!|.}'],
	negative: ['{Que vergonha|Que desastre|Inacreditável}{!|.|!!!}', 'Estou farto de {tanta mentira|tudo isto}{.|!}', 'Isto {não é|nunca foi} normal{.|!}', 'Lamentável{.|!!!}', 'Uma palhaçada{!|.}'],
	personal: [
		'Vivo em [PL] há [N3] anos e {nunca vi nada assim|isto não é novidade}.',
		'A minha {irmã|vizinha|mãe|colega} diz que [P] {não percebe nada|tem razão}.',
		'Cá em [PL] pagamos [MONEY] {por mês|a mais do que no ano passado}.',
		'Li isto {hoje de manhã|ontem à noite} e {ainda não acredito|continuo sem perceber}.'
	],
	closers: ['Fica a dica.', 'O tempo dirá.', 'E pronto.', 'É o que é.', 'Abraço.'],
	groups: ['as famílias', 'os reformados', 'os jovens', 'os inquilinos', 'os trabalhadores', 'os pequenos comerciantes', 'os moradores', 'os agricultores']
};
