// The NLP pass for one text: a pure function of the text and the targets and vocabulary passed in.
// Its output is the `murmur analyze` contract (types.ts: Analysis); NLP_VERSION travels with every
// stored tag so that a changed analyser re-tags only what is stale.
import type { Analysis } from '../types';
import { tokenize } from './tokenize';
import { scoreSentiment } from './sentiment';
import { countEmoji } from './emoji';
import { detectLanguage } from './lang';

/** Bump on any change that alters output for some text. */
export const NLP_VERSION = '1';

export interface AnalyzeOptions {
	/** Language assumed when a text is too short to tell (the corpus language). */
	fallbackLang?: string;
}

export function analyze(text: string, opts: AnalyzeOptions = {}): Analysis {
	const { tokens, emoji } = tokenize(text);
	const lang = detectLanguage(text, tokens, opts.fallbackLang ?? 'en');
	const sentiment = lang === 'en' ? scoreSentiment(text, tokens) : { score: 0, label: 'unscored' as const, evidence: [] };
	return {
		lang,
		sentiment,
		emoji: countEmoji(emoji),
		stance: { target: null, label: 'none', confidence: 0, evidence: [] },
		topics: []
	};
}
