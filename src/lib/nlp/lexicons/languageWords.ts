// Function words for the quick English-or-not vote in lang.ts. English: the most frequent English
// words and common chat forms. Foreign: frequent function words of German, French, Spanish,
// Italian, Portuguese and Dutch that are not also English words (nor read as English in news
// comments: "EU", "AI", "era", "sus" are left out). Enough of them that a plainly foreign comment
// is told by this vote and tinyld, ~300x slower, is asked only about the unclear ones.
// murmur's own lists. Licence: MIT (murmur).

export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
	`the be to of and a in that have i it for not on with he as you do at this but his by from they we say her
she or an will my one all would there their what so up out if about who get which go me when make can like
time no just him know take people into year your good some could them see other than then now look only come
its over think also back after use two how our work first well way even new want because any these give day
most us is are was were been has had did does doing done said says its it's i'm i've i'd i'll you're you've
don't doesn't didn't isn't aren't wasn't weren't can't won't wouldn't shouldn't couldn't haven't hasn't that's
there's what's let's he's she's they're we're im dont cant wont isnt thats very really much more many those
such here where why should must may might shall am being got getting going gonna wanna gotta yeah yes ok okay
lol omg thanks thank please sorry today tonight tomorrow yesterday still never always again too off down ever ha haha
every each both few own same while before though through during against between under without within
something nothing anything everything someone anyone everyone nobody world news article comment comments
president government country war peace talks deal people year years last next week just maybe`.split(/\s+/)
);

const FOREIGN: Record<string, string> = {
	de: `der das und ist nicht ein eine ich zu mit sich auf für von dem den des auch wie aber noch nur wird sind wir
		sie habe hat dass oder ja nein sehr mehr kein keine schon wenn doch mal werden wurde diese dieser jetzt bei
		nach aus über unter vor durch gegen ohne zum zur vom beim ihr uns euch mein meine dein seine ihre kann
		können muss müssen soll sollte waren bist haben hatte immer nichts etwas hier heute weil denn dann warum wer
		wo wann viel viele ganz ob seit bis wieder alle diesem diesen selbst wirklich leider einen einem einer eines
		gibt geht als`,
	fr: `le les et est une des du que qui pas pour dans ce sur avec je il elle nous vous ils mais très sont c'est
		n'est j'ai être ça cette aussi comme tout fait peut leur au aux été ne se sa ses mon ma mes nos vos leurs
		ont avait était sera faire moins bien encore toujours jamais rien ici où quand donc alors parce depuis chez
		sans sous entre vers contre y ces cet notre votre lui eux moi toi suis es sommes avons avez c'était qu'il
		qu'on n'a n'y d'un d'une j'en l'a tu`,
	es: `el los las y es una que del por para con se lo su muy pero está son como más yo esto esta también porque
		cuando todo hay ser tiene sin sobre entre le les nos fue han hace puede desde hasta donde quien nunca
		siempre aquí ahora estoy eso ese esa estos estas mis otro otra mucho mucha muchos bien pues sí qué cómo
		están estaba había tengo tenemos hemos mi tu`,
	it: `il gli che è di non per della questo molto ma anche come più sono hanno essere quando tutto lo le una del
		dei delle degli alla alle allo agli nel nella nei nelle sul sulla dal dalla da ci si se mi ti vi ne ho hai
		abbiamo sia sei siamo questa questi queste quello quella perché cosa così ancora sempre mai niente nulla qui
		poi già tutti tutte anni mio miei suo sua loro noi voi io tu e o dopo prima senza contro tra fra ogni stato
		stata fatto`,
	pt: `os um uma não é da do que com para mais muito isso está são mas também quando ele ela você o e em na nos nas
		ao aos pelo pela pelos pelas dos das num numa se já há foi ser tem têm estou sou somos meu minha seu sua
		nosso nossa isto esse essa este esta aqui cá lá onde ainda sempre nunca porque como só até depois antes
		entre sobre sem muita muitos coisa vai vão fazer pode estão então agora obrigado obrigada`,
	nl: `het een niet van dat ik je zijn voor met maar ook wat naar nog wel geen te om bij uit als heb hebben heeft
		werd wordt worden kan moet zou zal mijn ons onze hun haar hij zij wij jullie deze dit waar waarom wanneer
		alleen altijd nooit niets veel meer hier daar nu dus omdat toch echt erg zeer`
};

/** The languages FOREIGN_WORDS votes for. */
export const FOREIGN_LANGS: readonly string[] = Object.keys(FOREIGN);

/** Function word -> the languages (indices into FOREIGN_LANGS) it belongs to: "que" to four. */
export const FOREIGN_WORDS: ReadonlyMap<string, readonly number[]> = (() => {
	const m = new Map<string, number[]>();
	FOREIGN_LANGS.forEach((lang, i) => {
		for (const w of FOREIGN[lang].split(/\s+/).filter(Boolean)) {
			const langs = m.get(w) ?? [];
			if (!langs.includes(i)) langs.push(i);
			m.set(w, langs);
		}
	});
	return m;
})();
