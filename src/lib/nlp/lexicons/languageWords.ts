// Function words for the quick English-or-not vote in lang.ts. English: the most frequent English
// words and common chat forms. Foreign: frequent function words of German, French, Spanish,
// Italian, Portuguese and Dutch that are not also English words. murmur's own lists. Licence: MIT (murmur).

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
		sie habe hat dass oder ja nein sehr mehr kein keine schon wenn doch mal werden wurde diese dieser jetzt`,
	fr: `le les et est une des du que qui pas pour dans ce sur avec je il elle nous vous ils mais très sont c'est
		n'est j'ai être ça cette aussi comme tout fait peut leur au aux été`,
	es: `el los las y es una que del por para con se lo su muy pero está son como más yo esto esta también
		porque cuando todo hay ser tiene sin sobre entre`,
	it: `il gli che è di non per della questo molto ma anche come più sono hanno essere quando tutto`,
	pt: `os um uma não é da do que com para mais muito isso está são mas também quando ele ela você`,
	nl: `het een niet van dat ik je zijn voor met maar ook wat naar nog wel geen`
};

/** Function word -> its language, or "*" when several of these languages share it ("que"). */
export const FOREIGN_WORDS: ReadonlyMap<string, string> = (() => {
	const m = new Map<string, string>();
	for (const [lang, words] of Object.entries(FOREIGN)) for (const w of words.split(/\s+/).filter(Boolean)) m.set(w, m.has(w) && m.get(w) !== lang ? '*' : lang);
	return m;
})();
