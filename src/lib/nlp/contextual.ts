// Words whose sentiment depends on their neighbours, each with its rule. One table serves the
// scorer (sentiment.ts), which applies the rule, and the lexicon records (wordInfo.ts), whose
// `plain` flag lets the scorer skip a word: a word added here is never skipped unscored.
import type { Token } from './tokenize';

type Rule = (tokens: Token[], i: number) => number;

export const CONTEXTUAL_RULES: ReadonlyMap<string, Rule> = new Map<string, Rule>([
	[
		'like',
		(tokens, i) => {
			const prev = tokens[i - 1];
			return prev?.kind === 'word' && prev.info.likeSubject ? 1.6 : 0;
		}
	],
	[
		'no',
		(tokens, i) => {
			// A bare "No." or "no!" is a refusal; "no" before a word is a negator.
			const next = tokens[i + 1];
			return !next || next.kind === 'punct' ? -1.2 : 0;
		}
	],
	[
		'too',
		(tokens, i) => {
			// "too long", "too slow": excess is a complaint; "me too" at a clause end is agreement.
			const next = tokens[i + 1];
			return next?.kind === 'word' && next.norm !== 'much' && next.norm !== 'many' && next.info.valence <= 0 ? -0.8 : 0;
		}
	]
]);

/** The valence `norm` takes at token `i` from its neighbours; 0 for every other word. */
export function contextualValence(tokens: Token[], i: number, norm: string): number {
	return CONTEXTUAL_RULES.get(norm)?.(tokens, i) ?? 0;
}
