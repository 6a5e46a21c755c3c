// English sentences that take a side on the section's target ([T]) or stay off it. Stance is
// carried by claims and arguments ([FOR], [AGAINST]), not only by sentiment words, and some
// claims are negated ("I don't see how [T] hurts anyone" is in favour).

export const OPENERS = [
	'Honestly, ', 'Look, ', "Let's be real: ", 'Not gonna lie, ', 'Here is the thing: ', 'For what it\'s worth, ', 'Ok so ',
	'As a [JOB] in [PL], ', 'As a [JOB], ', 'Speaking as a [JOB], ', 'I read the whole piece and ', 'Correct me if I\'m wrong, but ',
	'After [N3] years in [PL], ', 'Call me old-fashioned, but ', 'Unpopular opinion: ', 'Frankly, ', 'To be fair, ', 'Simple: ',
	'Having lived through [YEAR], ', 'Every time this comes up, ', 'My two cents: ', 'Plain and simple, ', 'Right, so ', 'Well, '
];

export const FAVOR = [
	'[OPEN]{I|we|my partner and I|my whole family and I} {{fully|completely|genuinely} |}{support|back} [T]{ and {always have|I\'m not ashamed of it}|, no question|}.',
	'[OPEN][T] is {long overdue|the right call|exactly what [G] needed|a sensible step|the only serious option on the table|common sense}.',
	'[OPEN]{we|they|[PL]} should have {done|brought in|gone for} [T] {years ago|a decade ago|back in [YEAR]|the first time it came up}.',
	'[OPEN]the case for [T] is {simple|obvious|not complicated}: [FOR].',
	'[OPEN]I\'m {for|in favour of|all for} [T] {because|since|simply because} [FOR].',
	'[OPEN]when people ask why I {back|would vote for|support} [T], I {say|tell them} that [FOR].',
	'[OPEN][FOR]. {That alone|That is reason enough|That settles it for me|Enough said}{, so yes to [T]|}.',
	'[OPEN]I {don\'t|do not|honestly don\'t} {see how|understand how} [T] {hurts anyone|is a bad idea|goes too far}.',
	'[OPEN]I can\'t {see|think of} {any|a single} {good|real|honest} reason to {oppose|block|delay} [T].',
	'[OPEN]{not|never} going to apologise for wanting [T].',
	'Keep [T]{, whatever [P] says|}: [FOR].',
	'[OPEN]{[P] is|the article is|[AUTHOR] is} right that [FOR].',
	'[OPEN]{my vote goes to|I\'ll vote for} whoever {delivers|protects|keeps} [T].',
	'[OPEN]{people|critics|the usual suspects} said [T] would {be a disaster|ruin everything}, and {it wasn\'t|it hasn\'t|here we are}.',
	'[OPEN]{if|when} [T] {goes ahead|passes}, [G] {finally|at last} {get|have} {a fair deal|some breathing room|a chance}.',
	'[OPEN]{anyone|everyone} {against|moaning about} [T] {should|needs to} {talk to|listen to} [G] in [PL].',
	'[OPEN]{it\'s not|it isn\'t} {perfect|a miracle cure}, but [T] {is|beats} {a start|the status quo|doing nothing}.',
	'[OPEN]{[N3] years|decades} of doing nothing got us here{, so|.} {bring on|time for} [T].'
];

export const AGAINST = [
	'[OPEN]{I|we|my partner and I|most people I know} {oppose|reject|can\'t support|will never support} [T]{, full stop| and so does everyone at my work|}.',
	'[OPEN][T] is {a mistake|a gift to lobbyists|going to backfire|the wrong answer to the wrong problem|dead on arrival|an overreach|a vanity project}.',
	'[OPEN]{scrap|drop|shelve|bin|kill} [T] and {let [G] decide for themselves|start again|listen to [G] for once}.',
	'[OPEN]nobody {asked for|voted for|in [PL] wants} [T].',
	'[OPEN]the problem with [T] is {simple|obvious|what nobody wants to say}: [AGAINST].',
	'[OPEN]I\'m against [T] {because|since|for one reason:} [AGAINST].',
	'[OPEN][AGAINST]. {That\'s why|Which is exactly why|And that is why} [T] {has to go|won\'t work|should be stopped}.',
	'[OPEN]I\'m {not|no longer|not remotely} convinced [T] {will help|does anything for|makes sense for} [G].',
	'[OPEN]there is no way [T] {survives contact with reality|helps [G]|works in [PL]}.',
	'[OPEN]{[P] can|they can} {dress it up|spin it} {however they like|all they want}: [AGAINST].',
	'[OPEN]{this|[T]} {will|is going to} {cost|hurt} [G] {far more|a lot more} than {anyone|[P]} admits.',
	'[OPEN]{remember|mark} {this comment|my words} when [T] {falls apart|gets quietly dropped} in [FUTURE].',
	'[OPEN]{I|we} {don\'t|do not} need [P] telling [G] {how to live|what is good for them}.',
	'[OPEN]{show me|where is} {one|a single} {place|country} where [T] actually {worked|delivered}.',
	'[OPEN][T] {sounds nice|looks good on paper} until you {realise|remember} that [AGAINST].',
	'[OPEN]{every|each} {time|year} they {promise|sell us} [T], and {every|each} time [AGAINST].',
	'[OPEN]{vote|campaign} against anyone {pushing|backing} [T]{, simple as that|}.',
	'[OPEN]{the|their} {own|leaked} {figures|numbers} {show|admit} that [AGAINST].'
];

export const NEUTRAL = [
	'[OPEN]I {honestly |really |}{don\'t know|can\'t decide|go back and forth on} {where I stand on|what to think about} [T].',
	'[OPEN]it will be interesting to see {how [G] react to|what [P] does about|whether [PL] copies} [T].',
	'[OPEN]{does anyone know|can someone explain} {when|how|whether} [T] {takes effect|applies to [G]|gets reviewed}?',
	'[OPEN]there are fair points on both sides: [FOR], but also [AGAINST].',
	'[OPEN]{the article|this piece} {doesn\'t say|never mentions} {how much [T] will cost|what happens to [G]|who pays for [T]}.',
	'[OPEN]I\'d like to see {the numbers|actual data|the full text|the impact assessment} before {I decide on|judging} [T].',
	'[OPEN]{both|all} {sides|camps} {are|seem to be} {talking past each other|exaggerating} about [T].',
	'[OPEN]{what|which} {version|part} of [T] {are we talking about|is [P] actually proposing}{, the [YEAR] one|}?',
	'[OPEN]{my|our} {local paper|council} in [PL] {ran|had} a {piece|debate} on [T] {last week|in [MONTH]} too.',
	'[OPEN]{the|that} figure of [N] {seems|looks} {high|low|oddly precise} to me{, where is it from|}.',
	'[OPEN]{who|which department} {actually|exactly} {decides on|runs} [T]{, [P] or the council|}?',
	'[OPEN]{wait|hold on}, does [T] {apply to|cover|include} {[G]|[PL]} {or not|as well}?'
];

export const OFF_TOPIC = [
	'[OPEN]why does this site {keep asking me to subscribe|autoplay videos|log me out every [DAY]|put the comments under three adverts|crash on my phone}{ lately| since [MONTH]|}?',
	'{Anyone|Is anyone else} {watching|going to} the {match|derby|final|game} {tonight|on [DAY]}{? [TEAM] all the way|? Come on [TEAM]|?}',
	'[OPEN]{the comment section|this comments page|the comments} {here|on this site|under every [X] story} {used to be better|{is|are} wild today|{moves|move} fast these days|{has|have} gone downhill since [YEAR]}{, no offence| if you ask me| since the redesign|}.',
	'{Small typo|Typo} in the {second|third|fourth|last} paragraph{, "[TYPO]"|}{.| :)}{ Otherwise fine.|}',
	'{Off topic|Unrelated|Totally unrelated}, but {the crossword|the weather in [PL]|the new app|the podcast|the [DAY] quiz} {is|has been} {terrible|great|weird|a joke} {this week|lately|since [MONTH]}.',
	'{Slightly|Completely} off topic: {did anyone|has anyone} {else |}{get|receive} {the [MONEY] bill|a letter from the council|the survey about [X]} {this week|on [DAY]|in [MONTH]}?',
	'{Quick|Random} question for {the regulars|anyone in [PL]}: {is|was} the {market|library|pool} {open|closed} {on [DAY]|this weekend|over [MONTH]}?',
	'Happy {birthday to my mum|Friday everyone|[DAY] from [PL]|new year from [PL]|anniversary to my wife of [N3] years}!',
	'{Can|Could} {someone|anyone} {recommend|suggest} a {good|decent|cheap} {plumber|dentist|bakery|cafe|mechanic} {in|near} [PL]?',
	'[OPEN]{I|we} {lost|found} a {black|grey|ginger|tabby} {cat|dog|umbrella|scarf} near [PL] {this morning|on [DAY]}{, message me|}.',
	'{My|The} {train|bus} to [PL] {was|has been} {cancelled|late} {again|[N3] times this week}{, so here I am reading comments|}.',
	'{Is it|Was it} just me or {was|is} the {print edition|website|app} {late|broken|slow} {today|this [DAY]}?',
	'{Remember|Anyone remember} when this {paper|site} had {proper|actual} {letters pages|editors|crosswords}{ back in [YEAR]|}?',
	'{That|The} photo {at the top|in the middle} {looks like|is clearly} {[PL] in [YEAR]|a stock image|my uncle|somewhere in [PL]}.',
	'{Still|Still no} {waiting|word} on {the pothole on my road|my parcel|a reply from the council} {since [MONTH]|after [N3] weeks}{, cheers [PL]|}.',
	'{Who|Which genius} {decided|thought} {the new font|dark mode|the redesign} {was|would be} a good idea{?|??}'
];

/** Optional endings for an argument clause ([FOR] / [AGAINST]). */
export const ARGUMENT_TAILS = [
	', at least in [PL]', ' for [G]', ' these days', ' since [YEAR]', ', as far as I can tell', ', if you ask [G]', ', according to [P]',
	', just look at [PL]', ' and everyone knows it', ', full stop', ', like it or not', ' in [PL] at least', ', whatever [P] says',
	' for the [N3]th year running', ', ask anyone in [PL]', ', as the article says'
];
