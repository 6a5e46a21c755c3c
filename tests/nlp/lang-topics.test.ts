import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/lib/nlp/analyze';
import { canonicalTopic, TopicVocabulary } from '../../src/lib/nlp/topics';
import { articleTopics } from '../../src/lib/nlp/articleTopics';
import { tokenize } from '../../src/lib/nlp/tokenize';

describe('language', () => {
	it.each([
		['LMAO, AMAZING!', 'en'],
		['Stupid rain. Stupid treadmill hell.', 'en'],
		['Eyjafjallajokull. There I said it.', 'en'],
		['ok', 'en'],
		['🙏🌍', 'en'],
		['Das ist wirklich eine schlechte Idee, die Verhandlungen sind gescheitert.', 'de'],
		["C'est une très mauvaise idée, je ne suis pas d'accord avec cette décision.", 'fr'],
		['No es una buena idea, el acuerdo es muy malo para todos.', 'es'],
		['Это ужасная сделка, Путин снова лжёт всем нам', 'ru'],
		['これは日本語の文章です。', 'ja']
	])('%s -> %s', (text, lang) => {
		expect(analyze(text).lang).toBe(lang);
	});

	it.each([
		// Plainly foreign by their function words, which tinyld took for English, Hungarian or Dutch.
		['Cá em Viseu pagamos £623 por 59 metros quadrados. Bom fim de semana a toda a gente aqui de Faro!', 'pt'],
		['Há 35 anos houve a mesma conversa em Faro, e nada mudou. Alguém viu o jogo no domingo?', 'pt'],
		['Mia sorella dice che Dvořák non capisce niente. Ne parliamo da 20 anni e il cessate il fuoco ha sempre più senso.', 'it'],
		['Abito a Perugia da 12 anni e non ho proprio mai visto una cosa simile. Saluti da Cagliari!', 'it'],
		['Apoyo el voto a los 16 desde el principio, y lo digo alto y claro. En 2025 se habló de lo mismo en Granada.', 'es'],
		// English that quotes foreign names and words stays English.
		['The EU and AI rules are a mess, and the era of cheap power is over.', 'en'],
		['Resembles a soft porn Brian De Palma pastiche.', 'en'],
		['I favorited a YouTube video -- El Ultimo de la Fila - Insurreccion', 'en']
	])('votes by function words: %s -> %s', (text, lang) => {
		expect(analyze(text).lang).toBe(lang);
	});

	it('gives short undecidable texts the corpus language', () => {
		expect(analyze('Bundestag heute', { fallbackLang: 'de' }).lang).toBe('de');
		expect(analyze('Bundestag heute').lang).toBe('en');
	});
});

describe('topics', () => {
	it.each([
		['Putin’s', 'Putin'],
		["Trump's", 'Trump'],
		['Kremlin press service,', 'Kremlin press service'],
		['the DNR,', 'DNR'],
		['“aspects of the Ukrainian settlement.”', 'aspects of the Ukrainian settlement']
	])('canonical %s -> %s', (raw, name) => {
		expect(canonicalTopic(raw)).toBe(name);
	});

	const body =
		'The meeting between Steve Whitkoff and Vladimir Putin has come to an end after four and a half hours. Putin’s aide Yuriy Ushakov also attended. ' +
		'According to the Kremlin press service, the talks covered a possible ceasefire. Reuters reported that the ceasefire would require Ukraine to cede regions. ' +
		'Whitkoff told Donald Trump that the fastest way to a ceasefire was for Russia to keep the regions.';

	it('finds an article’s people, places, organisations and key phrases, heaviest first', () => {
		expect(articleTopics('Whitkoff and Putin meet in Moscow for ceasefire talks', body).map((t) => [t.name, t.kind, t.weight])).toEqual([
			['Vladimir Putin', 'person', 5],
			['Steve Whitkoff', 'person', 4],
			['ceasefire', 'phrase', 3],
			['ceasefire talks', 'phrase', 3],
			['Moscow', 'place', 3],
			['Donald Trump', 'person', 1],
			['Kremlin press service', 'organization', 1],
			['Reuters', 'organization', 1],
			['Russia', 'place', 1],
			['Ukraine', 'place', 1],
			['Yuriy Ushakov', 'person', 1]
		]);
	});

	it('matches comments against the vocabulary, surnames and possessives included', () => {
		const vocab = new TopicVocabulary([
			{ name: 'Vladimir Putin', kind: 'person' },
			{ name: 'Kremlin press service', kind: 'organization' },
			{ name: 'ceasefire', kind: 'phrase' },
			{ name: 'Ukraine', kind: 'place' }
		]);
		expect(vocab.mentionedIn(tokenize('Putin’s ceasefire offer, says the Kremlin press service, is for Ukraine. PUTIN again.').tokens)).toEqual([
			'Vladimir Putin',
			'ceasefire',
			'Kremlin press service',
			'Ukraine'
		]);
		expect(analyze('Putin is playing hardball.', { vocabulary: vocab, contextTopics: ['Ukraine', 'Vladimir Putin'] }).topics).toEqual(['Vladimir Putin', 'Ukraine']);
	});
});
