// Degree words that scale the sentiment word after them: intensifiers add, diminishers subtract
// (on the scorer's -4..+4 valence scale, in the direction of the word's polarity). murmur's own
// list, following VADER's booster rules (Hutto & Gilbert 2014). Licence: MIT (murmur).

const UP = 0.293;
const DOWN = -0.293;

const INTENSIFIERS = [
	'absolutely', 'amazingly', 'awfully', 'completely', 'considerably', 'decidedly', 'deeply', 'effing',
	'enormously', 'entirely', 'especially', 'exceptionally', 'extremely', 'fabulously', 'flipping', 'flippin',
	'fricking', 'frickin', 'frigging', 'friggin', 'fully', 'fucking', 'fuckin', 'freaking', 'freakin', 'greatly',
	'hella', 'highly', 'hugely', 'incredibly', 'intensely', 'majorly', 'more', 'most', 'particularly', 'purely',
	'quite', 'really', 'remarkably', 'so', 'substantially', 'thoroughly', 'totally', 'tremendously', 'uber',
	'unbelievably', 'unusually', 'utterly', 'very', 'truly', 'super', 'insanely', 'seriously', 'terribly',
	'wildly', 'downright', 'ridiculously', 'painfully', 'profoundly', 'damn', 'damned', 'bloody', 'too', 'such',
	'huge', 'massive', 'enormous', 'colossal', 'complete', 'total', 'absolute', 'utter', 'real'
];

const DIMINISHERS = [
	'almost', 'barely', 'hardly', 'kinda', 'kindof', 'less', 'little', 'marginally', 'occasionally', 'partly',
	'scarcely', 'slightly', 'somewhat', 'sorta', 'sortof', 'mildly', 'fairly', 'rather', 'pretty', 'moderately',
	'relatively', 'reasonably', 'a bit', 'kind of', 'sort of', 'a little', 'just enough'
];

export const BOOSTERS: ReadonlyMap<string, number> = new Map([
	...INTENSIFIERS.map((w) => [w, UP] as const),
	...DIMINISHERS.map((w) => [w, DOWN] as const)
]);

/** Clause-final contrast: what follows "but" outweighs what came before ("good, but too long"). */
export const CONTRAST: ReadonlySet<string> = new Set(['but', 'however', 'yet', 'although', 'though', 'nevertheless', 'nonetheless']);
