// murmur's additions to AFINN on the scorer's -4..+4 scale (AFINN's good = 2.4, bad = -2.4):
// general evaluative words AFINN lacks, the vocabulary of reviews and of political news comments,
// chat slang, and a few corrections where AFINN's value misleads. murmur's own judgement.
// Licence: MIT (murmur).

const entries = `
yay 2.4 yayy 2.6 yaay 2.6 hooray 2.4 hurray 2.4 huzzah 2.4 woot 2.4 w00t 2.4 yippee 2.4 wahoo 2.2 whoop 1.8 whoopee 2
thx 1.4 thnx 1.4 thanx 1.4 ty 1.4 tyvm 1.8 np 0.6 congrats 2.4 kudos 2.2 bravo 2.4 cheers 1.6
ok 0.6 okay 0.6 alright 0.8 sure 0.6 yep 0.6 yup 0.6 fine 0.8 decent 1.2 solid 1.2 nice 2 neat 1.8 sweet 2
fab 2.4 fav 1.6 fave 1.6 favs 1.6 faves 1.6 smiley 1.6 xx 1.2 xxx 1.4 muah 2 hugz 2 hugs 2
gorgeous 2.8 gorgeously 2.6 stunning 2.8 superb 3 exquisite 3 splendid 2.8 marvelous 3 marvellous 3 magnificent 3
incredible 2.4 incredibly 1.6 extraordinary 2.4 remarkable 2.4 phenomenal 3 sublime 2.8 terrific 2.8 wonderful 3
enjoyable 2.2 enjoyably 2 enjoyment 2.2 entertaining 2 entertainment 1 entertains 1.8 entertained 1.8
captivating 2.4 absorbing 1.8 engrossing 2.2 gripping 2 riveting 2.4 compelling 1.8 engaging 1.8 involving 0.8
touching 1.8 moving 1 heartfelt 2.2 heartwarming 2.6 poignant 1.6 affecting 1.2 evocative 1.6 stirring 1.4
witty 2 clever 1.8 smart 1.6 inventive 2 ingenious 2.4 original 1 fresh 1.4 refreshing 2 refreshingly 1.6
thoughtful 1.8 insightful 2 intelligent 1.8 wise 1.6 nuanced 1.4 subtle 0.8 vivid 1.6 rich 1.2 layered 1
charming 2.4 delightful 2.6 lovely 2.6 beautiful 2.6 elegant 2 graceful 2 tender 1.6 sweetly 1.6 warm 1.4
funny 2 hilarious 2.4 hilariously 2.2 amusing 1.8 laughs 1.4 laughter 1.8 chuckle 1.4 chuckles 1.2 giggle 1.4
admirable 2 admirably 1.8 worthwhile 1.8 satisfying 1.8 satisfyingly 1.8 rewarding 2 memorable 2 unforgettable 2.4
masterful 3 masterfully 3 masterwork 3 triumph 2.4 treat 1.6 gem 2.4 winner 2 winning 1.6 classic 1.6
vibrant 2 lively 1.8 energetic 1.6 exuberant 2.2 joyous 2.6 joyful 2.6 uplifting 2.4 inspiring 2.4 inspired 1.8
spectacular 2.6 breathtaking 3 dazzling 2.6 impressive 2.2 impressively 2 polished 1.2 accomplished 1.6 assured 1.2
mediocre -1.8 bland -1.6 tepid -1.4 dull -2 duller -2 dullest -2.2 tedious -2.2 tiresome -2 boring -2.4 bored -1.8
predictable -1.4 formulaic -1.6 clichéd -1.6 cliched -1.6 cliché -1.2 cliche -1.2 cliches -1.2 clichés -1.2 hackneyed -1.8
contrived -1.6 derivative -1.4 generic -1.4 stale -1.6 trite -1.6 banal -1.8 shallow -1.4 superficial -1.4 simplistic -1.2
clumsy -1.6 clumsily -1.6 sloppy -1.8 muddled -1.6 messy -1.4 incoherent -2 pointless -2 aimless -1.6 meandering -1.6
pretentious -1.8 preachy -1.4 heavy-handed -1.6 manipulative -1.6 melodramatic -1.2 sappy -1.2 mawkish -1.6 schmaltzy -1.4
tedium -2 leaden -1.8 lifeless -2 flat -1 lame -2 lamest -2.4 weak -1.6 feeble -1.8 thin -0.8 uninspired -1.8
unfunny -2 humorless -1.4 laughable -1.6 ludicrous -1.8 ridiculous -1.8 silly -0.8 sillier -1 dumb -2 stupid -2.4
mess -1.6 disaster -2.4 misfire -1.8 dud -2 flop -2 failure -2.4 fiasco -2.4 travesty -2.6 embarrassment -2.2 embarrassing -2
overlong -1.4 overwrought -1.6 overblown -1.6 overcooked -1.2 excruciating -2.6 unbearable -2.6 unwatchable -2.8 insufferable -2.6
worthless -2.6 useless -2 awful -2.6 terrible -2.6 horrible -2.6 horrendous -2.8 dreadful -2.6 abysmal -3 atrocious -3 appalling -2.6
repetitive -1.2 routine -0.8 forgettable -1.6 unremarkable -1.2 unimpressive -1.4 disappointing -2 disappoints -1.8 letdown -1.8
devoid -1.4 lacking -1.2 annoying -2 irritating -2 grating -1.6 obnoxious -2.2 tiresome -1.8 exhausting -1.4 sluggish -1.4
unfortunately -1.2 unfortunate -1.6 sadly -1.4 alas -1.2 regrettably -1.4 sadness -1.8 saddest -2.6 heartbreaking -2.4 heartbreak -2.4
horror -2 horrors -2.2 horrific -2.8 horrifying -2.6 terrifying -2.4 frightening -2 scary -1.6 creepy -1.6 sinister -1.8
woe -1.8 woes -1.8 misery -2.4 miserable -2.4 gloomy -1.6 bleak -1.6 grim -1.6 dismal -2 hopeless -2.2 doomed -2
ugh -1.8 meh -0.8 blah -1 yuck -2 eww -2 ew -1.6 boo -1.6 grr -1.6 grrr -1.8 argh -1.6 ugh -1.8 smh -1.4 fml -2.4
lol 1.6 lolz 1.6 lmao 2 lmfao 2 rofl 2 haha 1.8 hahaha 2 hehe 1.6 heh 0.8 omg 0.6 idk -0.2
crap -2 crappy -2.2 sucks -2.2 sucked -2 sucky -2 suck -2 shitty -2.6 bs -1.6 bullshit -2.6 garbage -2 rubbish -2 trash -1.8
pathetic -2.4 disgraceful -2.8 shameful -2.4 disgusting -2.8 despicable -3 deplorable -2.6 outrageous -2.2 scandalous -2.2
unacceptable -2.4 intolerable -2.4 inexcusable -2.6 indefensible -2.4 reprehensible -2.6 abhorrent -2.8 vile -2.8 sickening -2.6
liar -2.4 liars -2.4 lies -1.8 lying -2 lie -1.6 hypocrite -2.2 hypocrites -2.2 hypocrisy -2.2 hypocritical -2.2 propaganda -1.6
corrupt -2.4 incompetent -2.2 incompetence -2.2 inept -2 clueless -1.8 reckless -1.8 irresponsible -2 dangerous -1.6 delusional -2
coward -2 cowardly -2 traitor -2.4 traitors -2.4 treason -2.4 thugs -2.2 thug -2 criminal -2.4 criminals -2.4 warmonger -2.4
warmongers -2.4 aggression -1.8 aggressor -1.8 invasion -1.6 invaded -1.4 occupation -1 atrocities -2.8 atrocity -2.8 genocide -3.2
massacre -3 slaughter -2.8 bloodshed -2.6 casualties -1.8 killing -2.4 killings -2.4 bombing -2 bombed -2 shelling -2 war -1.6 wars -1.6
threat -1.6 threats -1.6 crisis -2 chaos -2 turmoil -1.8 collapse -1.8 suffering -2 suffer -1.8 tragedy -2.4 tragic -2.4 tragically -2.2
hope 1.6 hopeful 2 hopefully 1.2 optimistic 2 promising 1.6 encouraging 1.8 reassuring 1.6 relief 1.6 relieved 1.6
peace 1.6 peaceful 1.8 peacefully 1.6 stability 1.2 stable 1 secure 1.2 safety 1.2 progress 1.6 breakthrough 2 resolution 1
agree 1 agreed 1 sensible 1.6 reasonable 1.4 fair 1.2 justified 1.2 legitimate 1 wisely 1.6 brave 1.8 courageous 2.2 heroic 2.4
welcome 1.6 welcomed 1.4 applaud 2 applauded 1.8 commend 1.8 grateful 2.2 thankful 2.2 appreciate 1.8 appreciated 1.8
concerned -1.2 concerning -1.4 worrying -1.6 worrisome -1.6 alarming -1.8 troubling -1.6 disturbing -2 unsettling -1.4 fraught -1.4
worried -1.6 afraid -1.6 fear -1.8 fears -1.6 scared -1.6 anxious -1.6 nervous -1.2 tense -1.2 uneasy -1.2 fragile -0.8
complicated -0.6 messy -1.2 difficult -0.8 tough -0.6 hard -0.6 impossible -1.2 unrealistic -1.2 naive -1.2 absurd -1.8
doubt -0.8 doubtful -1 skeptical -1 sceptical -1 dubious -1.4 questionable -1.2 suspicious -1.2 fishy -1.2
rocks 1.6 rocked 1.6 rockin 1.6 rocking 1.4 killed_it 2 nailed 1.6 dope 1.6 lit 1.2 epic 1.6 legit 1.2 badass 1.6
unbelievable 0.2 insane -1.2 crazy -0.6 nuts -1.2 frighten -1.6 frightens -1.6 nicest 2.4 miraculous 2.4 godawful -2.8
wtg 2 snap 0 sore -1.2 wild 0.4 fierce 0.6 hell -1.2
sunny 1.2 birthday 0.8 holiday 1 holidays 1 party 1 vacation 1.4 weekend 0.6 friday 0.4 christmas 0.8 celebrate 2 fun 2.4
rain -0.4 rainy -0.8 traffic -0.6 hangover -1.6 headache -1.6 sick -1.6 flu -1.6 cold -0.4 tired -1.4 exhausted -1.6 sleepy -0.6
late -0.6 delayed -1 cancelled -1.2 canceled -1.2 stuck -1.2 lost -1.4 broke -1.2 broken -1.4 crashed -1.6 fail -2 fails -1.8 failed -1.8
lose -1.4 loses -1.2 losing -1.4 loser -2.2 losers -2.2 won 1.6 wins 1.8 win 2 victory 2 victories 2 defeat -1.6
`;

const phrases: [string, number][] = [
	['the shit', 2],
	['good grief', -1.6],
	['oh snap', 0.8],
	['the bomb', 2],
	['no way', -0.6],
	['for the win', 2],
	['thumbs up', 2],
	['thumbs down', -2],
	['waste of time', -2.6],
	['waste of money', -2.6],
	['at its best', 2.2],
	['at its worst', -2.2],
	['fell flat', -1.8],
	['falls flat', -1.8],
	['well done', 2.2],
	['well made', 2],
	['well worth', 2],
	['worth it', 1.8],
	['not worth', -1.8],
	['must see', 2.2],
	['must-see', 2.2],
	['pain in the ass', -2.4],
	['can not wait', 1.8],
	["can't wait", 1.8],
	['cant wait', 1.8],
	['looking forward', 1.6],
	['sick of', -2],
	['tired of', -1.8],
	['fed up', -2],
	['piece of crap', -2.8],
	['piece of shit', -3]
];

export const ADDITIONS: ReadonlyMap<string, number> = new Map<string, number>([
	...toPairs(entries).map(([w, v]) => [w.replace(/_/g, ' '), v] as [string, number]),
	...phrases
]);

/**
 * AFINN entries that mislead in running text: "like" is mostly a preposition ("looks like"; the
 * scorer handles the verb), "no" is a negator, "pretty" mostly a degree word, "please" a formality,
 * "kind of" a hedge, "some kind" and "cashing in" neutral in news; "anti" is a prefix.
 */
export const REMOVALS: ReadonlySet<string> = new Set<string>(['like', 'no', 'please', 'feeling', 'play', 'played', 'plays', 'playing', 'kind of', 'some kind', 'anti', 'not good', 'not working', 'no fun', 'dont like', 'does not work']);

function toPairs(text: string): [string, number][] {
	const parts = text.trim().split(/\s+/);
	const out: [string, number][] = [];
	for (let i = 0; i + 1 < parts.length; i += 2) {
		const v = Number(parts[i + 1]);
		if (Number.isNaN(v)) throw new Error(`lexicons/additions.ts: no valence after "${parts[i]}"`);
		out.push([parts[i], v]);
	}
	return out;
}
