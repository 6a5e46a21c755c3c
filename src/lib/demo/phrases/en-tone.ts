// English sentences that carry tone rather than stance: praise, anger, mixed feelings with "but",
// negation ("not bad at all"), intensifiers ([INT]), plus the filler real threads are made of.

export const POSITIVE = [
	'{Great|Excellent|Really good|Thorough|Balanced|Brilliant|Clear|Careful} {reporting|article|piece|write-up|explainer}{, [AUTHOR]| on [X]| for once|}{.|!|!!}',
	'{Thanks|Thank you|Cheers} for {explaining|covering|digging into|actually reporting on|spelling out} [X]{ so clearly| in plain English|}{.|!}',
	'{Really|So|Genuinely} {glad|happy|pleased|relieved} that [G] {are|are finally} {getting heard|getting a say|part of this|being listened to}{ in [PL]|}{.|!}',
	'This {made my day|gives me some hope|is the good news I needed|is a {really|truly|very} welcome change}{ after [MONTH]|, honestly|}{.|!|!!}',
	'{Not bad at all|Not a bad outcome|Can\'t complain about that|Better than I expected}{, to be honest| for [PL]| for [G]|}.',
	'{Love|I love|Loved} {the way|how} {the piece|[AUTHOR]|the article} {lays out|explains|unpicks} [X]{.|!}',
	'[INT_CAP] {impressive|encouraging|good to see|refreshing}{, [P]| from [PL]|}{!|.}',
	'{Finally|At last} some {good|sensible|positive|hopeful} news about [X]{!|.|!!!}',
	'{Kudos|Credit|Respect} to [P] for {this|showing up|being honest about [X]|listening to [G]}.',
	'{I|We} {really |}{appreciate|value} the {balance|detail|fact-checking|numbers} {here|in this one|on [X]}.',
	'{Best|Most useful|Clearest} {thing|piece|explainer} I\'ve read {on [X]|about [PL]|this [DAY]|all week|since [MONTH]}{, thanks [AUTHOR]|}{.|!}',
	'{Good|Nice} to see [PL] {in the news|getting attention|mentioned} for {once|a change}{.|!}'
];

export const NEGATIVE = [
	'{This is|What|Such} {an {absolutely|incredibly|extremely} awful|a {really|truly|seriously} terrible|a lazy|a one-sided|a shoddy|a biased} {piece of reporting|article|take|headline}{.|!|!!!}',
	'{I\'m|I am} {so |[INT] |}{sick|tired} of {hearing about [X]|[P] and their excuses|the spin on [X]|the same old lines from [P]}{.|!}',
	'{Disgraceful|Pathetic|Shameful|Embarrassing}{.|!|!!!} [G] {in [PL] |}deserve {better|so much better}.',
	'{What a mess|Absolute shambles|Total disaster|A complete farce}{ in [PL]| from start to finish|}{.|!|!!!}',
	'{Nobody|No one} {trusts|believes} [P] {anymore|on [X]|after last year|since [MONTH]}{.|!}',
	'{It|This} is {not good|not okay|not acceptable|never acceptable}{ at all| for [G]|}{.|!}',
	'{Angry|Furious|Gutted|Disappointed}{ doesn\'t even begin to cover it| is an understatement|, honestly}{.|!}',
	'{Worst|The worst} {decision|idea|week} {I\'ve seen|in years|since [YEAR]}{ on [X]|}{.|!|!!!}',
	'{Another|Yet another} {broken promise|u-turn|cover-up} on [X]{. Shocking.| from [P].|. Unbelievable!!!}',
	'{I|We} {can\'t|cannot} {stand|believe} {this|how they handled [X]}{.|!|!!}',
	'{Utterly|Completely|Totally} {clueless|out of touch|useless} {on [X]|about [G]|as usual}{.|!|!!!}',
	'{This|[X]} {stinks|smells|reeks} {of a stitch-up|of incompetence|like [YEAR] all over again}{.|!}'
];

/** "but" contrasts: one half warm, one half cold. */
export const MIXED = [
	'{The reporting is solid|Good article|I like [P]|The idea is fine|Fair enough}, but {the headline is misleading|[X] is being ignored|the timing is terrible|this was a bad week for them}.',
	'{I want|I\'d love} this to work, but {I\'m|I am} {[INT] |}{worried|sceptical|nervous} about [X]{ in [PL]|}.',
	'{Nice|Good} {to see|that} [G] {get|got} {something|a mention}, but {it\'s|this is} {too little|not enough|years late}.',
	'{Not|Hardly} a {disaster|triumph}{, not a triumph either|, but not great}: [X] is {still|just} {a mess|unclear}.',
	'{Great|Fine} in theory, but {in practice|on the ground in [PL]} {it\'s|it will be} {chaos|a headache|another story}.',
	'{Happy|Glad} about [X]{,|;} {less|not so} happy about {who pays for it|[P]\'s part in it}.',
	'{The goal is right|The intent is good|Nice words from [P]}, but {the detail|the funding|the timetable} {is missing|doesn\'t add up|is a joke}.',
	'{I|We} {used to|once} {trust|back} [P]{ completely|}, but {not after|not since} {[MONTH]|[X]|[YEAR]}.'
];

export const NEUTRAL_NOTE = [
	'{The|That} {figure|number} of [N] {is|was} {from|in} the [MONTH] {report|update|briefing}{, if anyone wants to check|}.',
	'{For context|For reference|FYI}, {the last|a similar} {vote|review|decision} {on [X] |}{was|came} in [YEAR].',
	'{The|This} {article|piece} {was|has been} updated{ since this morning| at [HOUR]| on [DAY]|}.',
	'{Worth|It\'s worth} {reading|looking at} the {full report|original study|committee minutes|[MONTH] figures} {too|as well|before commenting}.',
	'{I|We} {live|lived} {near|in} [PL]{ for [N3] years|}{, for what that\'s worth|}.',
	'There was a {similar|related} {story|thread} {here|on this site} {last [DAY]|in [MONTH]|a while ago}{ about [X]|}.',
	'{The|A} {consultation|public meeting} on [X] {is|was} {on [DAY]|in [MONTH]|next week}{ in [PL]|}{, for anyone interested|}.',
	'{Interesting|Notable} that [P] {didn\'t|did not} {mention|comment on} [X]{ at all| this time|}.'
];

export const PERSONAL = [
	'My {sister|neighbour|dad|mum|landlord|boss|brother-in-law|best mate|cousin|GP} in [PL] {says|reckons|told me} [CLAIM].',
	'I\'ve {lived|worked} in [PL] for [N3] years and {I\'ve never seen anything like this|this is nothing new|it gets worse every year}.',
	'{When|Back when} I was a [JOB] {we|they} {dealt with|argued about} [X] {every single week|all the time|constantly}.',
	'{We|My partner and I} {talk|argued} about [X] {over dinner|all weekend|every [DAY]}{, no joke|}.',
	'{Our|My} {street|building|village} in [PL] {is|has been} {split|divided|united} on this{ for months| since [MONTH]|}.',
	'{I|We} {moved|came} to [PL] in [YEAR] {and|so} {this hits home|I know the area|we\'ve seen it first hand}.',
	'{As|Being} a [JOB], I {see|deal with} [X] {every day|most weeks}{ and [G] feel it first|}.',
	'{Last|This} {week|[DAY]} {a|my} {neighbour|colleague|friend} {lost|was told about} {[MONEY]|their job|their flat} {because of|over} [X].'
];

export const QUESTIONS = [
	'What happens to [G] {when|if} [X] {changes|goes wrong|gets cut}{ in [FUTURE]|}?',
	'Who is {actually|really} going to pay for [X]{, [P]|}?',
	'Where was [P] {when [G] needed them|last year|during [MONTH]}?',
	'{Why is [P] still in the job|How is [P] even still in the job|How does [P] still get away with this}?',
	'{Has|Did} anyone {actually|here} {asked|spoken to} [G] {in [PL]|about this}?',
	'{And|So} {what|which} {exactly|part} {changes|happens} {on [DAY]|in [FUTURE]}?',
	'{How much|What} {will|would} [X] {cost|mean for} [G] {per year|in [PL]|by [FUTURE]}?',
	'{Is|Was} {anyone|nobody} {going to|able to} {explain|tell us} {where the [MONEY] went|why [X] took [N3] years}?'
];

export const CLOSERS = [
	'Just my two cents.', 'Time will tell.', 'Mark my words.', 'Prove me wrong.', 'We\'ll see.', 'Rant over.',
	'Thanks for reading if you got this far.', 'Sorry for the long post.', 'Rant over, carry on.', 'Anyway.',
	'Let\'s see how this ages.', 'Not holding my breath.', 'Happy to be corrected.', 'That\'s all.',
	'End of story.', 'Discuss.', 'Change my mind.', 'Your move, [P].', 'Greetings from [PL].', 'Back to work.'
];

/** What a sentence "somebody told me" reports. */
export const CLAIMS = [
	'{it|things} {will|would} {never|not} {change|get better} {under [P]|in [PL]}',
	'[X] is {the real story|all anyone talks about}{ round there|}',
	'{people there are|everyone round there is} {fed up|worried|hopeful}{ about [X]|}',
	'[G] {have|had} {no idea|been told nothing} about [X]',
	'{[P]|the council} {has|had} no plan for [X]{, none|}'
];
