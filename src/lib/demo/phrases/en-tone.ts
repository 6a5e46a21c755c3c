// English sentences that carry tone rather than stance: praise, anger, mixed feelings with "but",
// negation ("not bad at all"), intensifiers ([INT]), plus the filler real threads are made of.

export const POSITIVE = [
	'{Great|Excellent|Really good|Thorough|Balanced|Brilliant} {reporting|article|piece|write-up|explainer}{, [AUTHOR]| on [X]|}{.|!|!!}',
	'{Thanks|Thank you|Cheers} for {explaining|covering|digging into|actually reporting on} [X]{.|!}',
	'{Really|So|Genuinely} {glad|happy|pleased} that [G] {are|are finally} {getting heard|getting a say|part of this}{.|!}',
	'This {made my day|gives me some hope|is the good news I needed|is a [INT] welcome change}{.|!|!!}',
	'{Not bad at all|Not a bad outcome|Can\'t complain about that}{, to be honest| for [PL]|}.',
	'{Love|I love|Loved} {the way|how} {the piece|[AUTHOR]|the article} {lays out|explains} [X]{.|!}',
	'[INT_CAP] {impressive|encouraging|well done}{, [PL]|}{!|.}',
	'{Finally|At last} some {good|sensible|positive} news about [X]{!|.|!!!}',
	'{Kudos|Credit} to [P] for {this|showing up|being honest about [X]}.',
	'{I|We} {really |}{appreciate|value} the {balance|detail|fact-checking} {here|in this one}.'
];

export const NEGATIVE = [
	'{This|What a|Such a} {[INT] |}{terrible|awful|lazy|one-sided|shoddy|biased} {reporting|article|take|headline}{.|!|!!!}',
	'{I\'m|I am} {so |[INT] |}{sick|tired} of {hearing about [X]|[P] and their excuses|the spin on [X]}{.|!}',
	'{Disgraceful|Pathetic|Shameful|Embarrassing}{.|!|!!!} [G] deserve {better|so much better}.',
	'{What a mess|Absolute shambles|Total disaster|A complete farce}{.|!|!!!}',
	'{Nobody|No one} {trusts|believes} [P] {anymore|on [X]|after last year}{.|!}',
	'{It|This} is {not good|not okay|not acceptable|never acceptable} {at all|for [G]|}{.|!}',
	'{Angry|Furious|Gutted|Disappointed} {doesn\'t even begin to cover it|is an understatement|, honestly}{.|!}',
	'{Worst|The worst} {decision|idea|week} {I\'ve seen|in years|since [YEAR]}{.|!|!!!}',
	'{Another|Yet another} {broken promise|u-turn|cover-up} on [X]{. Shocking.| from [P].|. Unbelievable!!!}',
	'{I|We} {can\'t|cannot} {stand|believe} {this|how [X] was handled}{.|!|!!}'
];

/** "but" contrasts: one half warm, one half cold. */
export const MIXED = [
	'{The reporting is solid|Good article|I like [P]|The idea is fine}, but {the headline is misleading|[X] is being ignored|the timing is terrible|this was a bad week for them}.',
	'{I want|I\'d love} this to work, but {I\'m|I am} {[INT] |}{worried|sceptical} about [X].',
	'{Nice|Good} {to see|that} [G] {get|got} {something|a mention}, but {it\'s|this is} {too little|not enough|years late}.',
	'{Not|Hardly} a {disaster|triumph}{, not a triumph either|, but not great}: [X] is {still|just} {a mess|unclear}.',
	'{Great|Fine} in theory, but {in practice|on the ground in [PL]} {it\'s|it will be} {chaos|a headache}.',
	'{Happy|Glad} about [X]{,|;} {less|not so} happy about {who pays for it|[P]\'s part in it}.'
];

export const NEUTRAL_NOTE = [
	'{The|That} {figure|number} of [N] {is|was} {from|in} the [MONTH] report{, if anyone wants to check|}.',
	'{For context|For reference|FYI}, {the last|a similar} {vote|review|decision} {was|came} in [YEAR].',
	'{The|This} {article|piece} {was|has been} updated{ since this morning| at [HOUR]|}.',
	'{Worth|It\'s worth} {reading|looking at} the {full report|original study|committee minutes} {too|as well}.',
	'{I|We} {live|lived} {near|in} [PL]{ for [N3] years|}{, for what that\'s worth|}.',
	'{There|That} {was|is} a {similar|related} {story|thread} {here|on this site} {last [DAY]|in [MONTH]}.'
];

export const PERSONAL = [
	'My {sister|neighbour|dad|mum|landlord|boss|brother-in-law|best mate} in [PL] {says|reckons|told me} [CLAIM].',
	'I\'ve {lived|worked} in [PL] for [N3] years and {I\'ve never seen anything like this|this is nothing new}.',
	'{When|Back when} I was a [JOB] {we|they} {dealt with|argued about} [X] {every single week|all the time}.',
	'{We|My partner and I} {talk|argued} about [X] {over dinner|all weekend|every [DAY]}.',
	'{Our|My} {street|building|village} in [PL] {is|has been} {split|divided|united} on this{ for months|}.',
	'{I|We} {moved|came} to [PL] in [YEAR] {and|so} {this hits home|I know the area}.'
];

export const QUESTIONS = [
	'What happens to [G] {when|if} [X] {changes|goes wrong|gets cut}?',
	'Who is {actually|really} going to pay for [X]?',
	'Where was [P] {when [G] needed them|last year|during [MONTH]}?',
	'{Why|How} {is|does} [P] {still|even} {in the job|get away with this}?',
	'{Has|Did} anyone {actually|here} {asked|spoken to} [G] {in [PL]|about this}?',
	'{And|So} {what|which} {exactly|part} {changes|happens} {on [DAY]|in [YEAR]}?'
];

export const CLOSERS = [
	'Just my two cents.', 'Time will tell.', 'Mark my words.', 'Prove me wrong.', 'We\'ll see.', 'Rant over.',
	'Thanks for reading if you got this far.', 'Sorry for the long post.', 'Rant over, carry on.', 'Anyway.',
	'Let\'s see how this ages.', 'Not holding my breath.', 'Happy to be corrected.', 'That\'s all.',
	'End of story.', 'Discuss.', 'Change my mind.', 'Your move, [P].'
];

/** What a sentence "somebody told me" reports. */
export const CLAIMS = [
	'{it|things} {will|would} {never|not} {change|get better} {under [P]|in [PL]}',
	'[X] is {the real story|all anyone talks about}',
	'{people|everyone} {there|round there} {are|is} {fed up|worried|hopeful}',
	'[G] {have|had} {no idea|been told nothing} about [X]',
	'{[P]|the council} {has|had} no plan for [X]'
];
