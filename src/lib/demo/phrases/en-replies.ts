// How replies open. LEADS continue into the next sentence ("fair point, but ..."), so they fill the
// [OPEN] slot of a claim; SENTENCES stand alone before it.

export const REPLY_LEADS = {
	agree: ['@[PARENT] {exactly|agreed|spot on}, ', 'agreed, and ', '{exactly|this}, ', 'same in [PL]: ', '{well said|good point}, [PARENT]. Also, '],
	disagree: ['@[PARENT] {no|nope}, ', 'fair point, but ', '{sorry|with respect}, but ', '@[PARENT] read it again: ', 'that\'s not how it works: '],
	neutral: ['@[PARENT] ', 'genuine question: ', 'to add to that, ', '{hm|hmm}, ']
};

export const REPLY_SENTENCES = {
	agree: ['{Exactly|This|Agreed|Well said|Spot on|100%|So true}{.|!|!!}', '{Couldn\'t agree more|Same here|Same in [PL]}{.|!}', 'You\'re {right|not wrong|spot on}{, [PARENT]|}.', '{Thank you|Thanks}, [PARENT], {someone had to say it|well put}.'],
	disagree: ['{No|Nope|Not true|Wrong|Rubbish|Nonsense}{.|!}', '{Source|Citation needed|Evidence}?', '{You\'re|You are} {assuming a lot|twisting the facts|wrong about [X]}.', '{Have you|Did you} {even|actually} read the article{?|??}', '@[PARENT] that is {not|simply not} what {the article|[P]} said.'],
	neutral: ['{Interesting|Hm|Huh}{.|, didn\'t know that.}', '{Not sure|I\'m not sure} {about that|that follows}.', '{Good|Fair} question{, [PARENT]|}.', '{Is that|Is this} {true|right}{, [PARENT]|}?']
};

/** Real spam is repetitive; this is varied enough that it is not mistaken for a planted campaign. */
export const SPAM = [
	'{Earn|Make|Get} [MONEY2] {a day|a week|per hour} {from home|online|with your phone}{!|!!|.} {Visit|Check|See} [URL] {for details|now|today}',
	'{I|My {aunt|cousin|neighbour}} {made|earned} [MONEY2] {last month|in [N3] days} {working from home|trading crypto|with one app}. {Look|Go} to [URL]',
	'{Cheap|Discount|Genuine} {watches|sunglasses|supplements|sneakers} {at|on} [URL] {free shipping|[N3]% off|today only}',
	'{Hot|Lonely} {singles|people} {in|near} [PL] {want to meet you|are waiting}: [URL]',
	'{Best|Top|Trusted} {casino|betting|crypto} {bonus|signup offer} [MONEY2] {free|no deposit} >>> [URL]',
	'{Need|Want} a {loan|quick loan|credit boost}? {Approved|Approval} in [N3] {minutes|hours}. [URL]'
];
