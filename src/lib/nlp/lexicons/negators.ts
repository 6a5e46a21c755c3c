// Words that flip the polarity of a sentiment word shortly after them ("not good", "never liked",
// "lacks charm", "without hope"). murmur's own list, after VADER's negation rules (Hutto & Gilbert 2014).
// Licence: MIT (murmur).

const CONTRACTED = ['do', 'does', 'did', 'is', 'are', 'was', 'were', 'wo', 'would', 'should', 'could', 'ca', 'have', 'has', 'had', 'must', 'might', 'need', 'ai', 'may', 'shall', 'dare'];

export const NEGATORS: ReadonlySet<string> = new Set([
	'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'cannot', 'without',
	'aint', 'cant', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'wont', 'wouldnt',
	'shouldnt', 'couldnt', 'havent', 'hasnt', 'hadnt', 'mustnt', 'neednt', 'nope', 'nah', 'rarely', 'seldom',
	'lack', 'lacks', 'lacked', 'lacking', 'hardly', 'barely', 'scarcely', 'neednt',
	...CONTRACTED.map((w) => `${w}n't`),
	"can't", "won't", "ain't"
]);

/**
 * Negators that are also sentiment words on their own ("lack" is -2 in AFINN): when they negate a
 * following sentiment word they act only as negators, as boosters do.
 */
export const NEGATING_VERBS: ReadonlySet<string> = new Set(['lack', 'lacks', 'lacked', 'lacking']);

/** Word pairs that look like negation but are not: "not only ... but", "no doubt", "nothing but". */
export const NOT_NEGATION: ReadonlySet<string> = new Set(['not only', 'no doubt', 'nothing but', 'not just', 'never mind', 'no wonder']);
