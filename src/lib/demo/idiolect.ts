import { Alt, type Node, type TextTransform } from './phrase';
import type { Lang } from './sections';

// Word choice varies from writer to writer: "I think" / "I reckon", "don't" / "do not", "people" /
// "folks". Applying such swaps at random, all through an organic comment, spreads small differences
// every few words, which is what keeps two comments built from one template from reading as copies
// (a word-shingle detector sees them as different) without changing what they say.

type Dictionary = Record<string, string[]>;

const EN: Dictionary = {
	"i think": ['I reckon', 'I believe', 'I feel', 'in my view', 'I think'],
	"i don't": ['I do not', "I don't", 'I really don\'t'],
	"don't": ['do not', "don't"],
	"doesn't": ['does not', "doesn't"],
	"can't": ['cannot', "can't", 'can not'],
	"won't": ['will not', "won't"],
	"isn't": ['is not', "isn't"],
	"it's": ['it is', "it's"],
	"it is": ["it's", 'it is'],
	"i'm": ['I am', "I'm"],
	"i am": ["I'm", 'I am'],
	"that's": ['that is', "that's"],
	"there is": ["there's", 'there is'],
	"they are": ["they're", 'they are'],
	'really': ['truly', 'genuinely', 'honestly', 'properly', 'really'],
	'very': ['really', 'very', 'truly'],
	'people': ['folks', 'folk', 'everyone', 'people', 'ordinary people'],
	'because': ['since', 'as', 'because', 'cos'],
	'a lot': ['loads', 'plenty', 'a great deal', 'a lot', 'heaps'],
	'just': ['simply', 'only', 'just'],
	'actually': ['in fact', 'actually', 'really', 'genuinely'],
	'nobody': ['no one', 'nobody', 'not a single person'],
	'everyone': ['everybody', 'everyone', 'all of us'],
	'the article': ['the piece', 'this article', 'the story', 'the report', 'the article'],
	'this article': ['this piece', 'the article', 'this story', 'this report'],
	'the government': ['the govt', 'ministers', 'the government', 'this government'],
	'huge': ['massive', 'huge', 'big'],
	'big': ['huge', 'major', 'big', 'large'],
	'for good': ['for good', 'permanently', 'once and for all'],
	'good': ['decent', 'solid', 'good', 'great'],
	'bad': ['poor', 'bad', 'terrible', 'rubbish'],
	'money': ['cash', 'money', 'dosh'],
	'years': ['yrs', 'years'],
	'honestly': ['frankly', 'honestly', 'truthfully'],
	'maybe': ['perhaps', 'maybe', 'possibly'],
	'probably': ['likely', 'probably', 'most likely'],
	'still': ['still', 'yet again', 'even now'],
	'again': ['again', 'once more', 'yet again'],
	'help': ['help', 'support', 'benefit'],
	'exactly': ['precisely', 'exactly'],
	'going to': ['gonna', 'going to'],
	'want to': ['wanna', 'want to', 'would like to'],
	'and': ['and', 'and', 'and', '&'],
	'finally': ['at last', 'finally', 'eventually'],
	'say': ['say', 'claim', 'argue'],
	'says': ['says', 'claims', 'argues'],
	'said': ['said', 'claimed', 'stated'],
	'problem': ['problem', 'snag', 'trouble'],
	'idea': ['idea', 'plan', 'notion'],
	'anyone': ['anyone', 'anybody'],
	'never': ['never', 'never ever'],
	'but': ['but', 'yet', 'but then again', 'though'],
	'now': ['now', 'these days', 'right now', 'today'],
	'should': ['should', 'ought to', 'must'],
	'whole': ['whole', 'entire'],
	'hard': ['hard', 'difficult', 'tough'],
	'the same': ['the same', 'identical', 'much the same']
};

const ES: Dictionary = {
	'muy': ['muy', 'bastante', 'súper'], 'nada': ['nada', 'nada de nada'], 'de verdad': ['de verdad', 'en serio', 'la verdad'],
	'ya': ['ya', 'ya de una vez'], 'años': ['años', 'añitos'], 'siempre': ['siempre', 'como siempre', 'de siempre'],
	'gente': ['gente', 'personas', 'ciudadanos'], 'pero': ['pero', 'aunque', 'sin embargo'],
	'esto': ['esto', 'todo esto', 'este tema'], 'otra vez': ['otra vez', 'de nuevo', 'una vez más']
};
const DE: Dictionary = {
	'sehr': ['sehr', 'echt', 'wirklich', 'total'], 'wirklich': ['wirklich', 'echt', 'tatsächlich'],
	'endlich': ['endlich', 'nun endlich', 'jetzt endlich'], 'immer': ['immer', 'ständig', 'dauernd'],
	'Jahren': ['Jahren', 'Jahren schon'], 'aber': ['aber', 'doch', 'allerdings'],
	'gar': ['gar', 'überhaupt'], 'ehrlich': ['ehrlich', 'offen'], 'schon': ['schon', 'bereits']
};
const FR: Dictionary = {
	'très': ['très', 'vraiment', 'super'], 'vraiment': ['vraiment', 'franchement', 'réellement'], 'jamais': ['jamais', 'au grand jamais'],
	'encore': ['encore', 'une fois de plus', 'encore une fois'], 'mais': ['mais', 'pourtant', 'cependant'],
	'tout': ['tout', 'absolument tout'], 'enfin': ['enfin', 'finalement'], 'et': ['et', 'et puis']
};
const PT: Dictionary = {
	'muito': ['muito', 'bastante', 'super'], 'nunca': ['nunca', 'jamais'], 'anos': ['anos', 'anitos'], 'sempre': ['sempre', 'como sempre'],
	'mas': ['mas', 'porém', 'contudo'], 'finalmente': ['finalmente', 'enfim'], 'isto': ['isto', 'isto tudo']
};
const IT: Dictionary = {
	'molto': ['molto', 'davvero', 'parecchio'], 'mai': ['mai', 'proprio mai'], 'anni': ['anni', 'annetti'], 'sempre': ['sempre', 'come sempre'],
	'ma': ['ma', 'però', 'eppure'], 'finalmente': ['finalmente', 'alla buon\'ora'], 'davvero': ['davvero', 'sul serio']
};

/** Adverbs a writer may slip in after an auxiliary or pronoun: "is clearly", "I honestly". */
const FILLERS: Record<'en' | Lang, { after: string[]; words: string[] }> = {
	en: {
		after: ['is', 'are', 'was', 'were', 'will', 'would', 'should', 'could', 'can', 'must', 'I', 'we', 'they'],
		words: ['really', 'honestly', 'basically', 'genuinely', 'clearly', 'probably', 'simply', 'frankly', 'definitely', 'obviously', 'certainly', 'literally', 'just', 'kind of', 'still']
	},
	es: { after: ['es', 'está', 'son', 'va', 'hay'], words: ['realmente', 'claramente', 'sin duda', 'de verdad', 'obviamente', 'ya'] },
	de: { after: ['ist', 'sind', 'wird', 'hat', 'war'], words: ['wirklich', 'halt', 'eben', 'doch', 'schon', 'einfach', 'eigentlich', 'natürlich'] },
	fr: { after: ['est', 'sont', 'va', 'a'], words: ['vraiment', 'clairement', 'carrément', 'franchement', 'évidemment', 'quand même'] },
	pt: { after: ['é', 'são', 'vai', 'está'], words: ['mesmo', 'claramente', 'realmente', 'obviamente', 'sem dúvida'] },
	it: { after: ['è', 'sono', 'ha', 'va'], words: ['davvero', 'proprio', 'chiaramente', 'ovviamente', 'sicuramente'] }
};

const escape = (keys: string[]) => keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const capitalized = (s: string) => s[0].toUpperCase() + s.slice(1);

/** How often a writer keeps the template's own word rather than a variant. */
const KEEP = 0.45;
/** How often an adverb slips in where one fits. */
const FILLER_RATE = 0.3;

/**
 * A text transform for phrase compilation: every dictionary word becomes an alternation of its
 * variants and every auxiliary gets an optional adverb after it. Done once at compile time, so
 * the variety costs nothing per comment beyond walking a few more nodes.
 */
export function idiolect(lang: 'en' | Lang): TextTransform {
	const dict = { EN, ES, DE, FR, PT, IT }[lang.toUpperCase() as 'EN'];
	const keys = Object.keys(dict).sort((a, b) => b.length - a.length);
	const lookup = new Map(keys.map((k) => [k.toLowerCase(), dict[k]]));
	const words = new RegExp(`(?<![\\p{L}'])(?:${escape(keys)})(?![\\p{L}'])`, 'giu');
	const { after, words: fillers } = FILLERS[lang];
	const aux = new RegExp(`(?<![\\p{L}'])(?:${escape(after)}) (?=\\p{Ll})`, 'gu');
	const empties = Math.round((fillers.length * (1 - FILLER_RATE)) / FILLER_RATE);
	const fillerAlt = new Alt([...Array.from({ length: empties }, () => []), ...fillers.map((f) => [f + ' '])]);

	const variants = (match: string): Alt => {
		const options = lookup.get(match.toLowerCase())!;
		const cased = match[0] !== match[0].toLowerCase() ? options.map(capitalized) : options;
		const keep = Math.max(1, Math.round((options.length * KEEP) / (1 - KEEP)));
		return new Alt([...Array.from({ length: keep }, () => [match]), ...cased.map((o) => [o])]);
	};
	return (text) => {
		const out: Node[] = [];
		let last = 0;
		const cuts: { at: number; end: number; node: Node }[] = [];
		for (const m of text.matchAll(words)) cuts.push({ at: m.index!, end: m.index! + m[0].length, node: variants(m[0]) });
		for (const m of text.matchAll(aux)) {
			const at = m.index! + m[0].length;
			if (!cuts.some((c) => at > c.at && at < c.end)) cuts.push({ at, end: at, node: fillerAlt });
		}
		cuts.sort((a, b) => a.at - b.at || a.end - b.end);
		for (const c of cuts) {
			if (c.at < last) continue;
			if (c.at > last) out.push(text.slice(last, c.at));
			out.push(c.node);
			last = c.end;
		}
		if (last < text.length) out.push(text.slice(last));
		return out;
	};
}
