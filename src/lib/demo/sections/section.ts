// What the demo knows about one news section: its stance target and the vocabulary that
// articles and comments about it draw from. Strings are phrase templates (see ../phrase.ts).
// People and places are fictional, so the demo never puts words in real people's mouths.

export type Lang = 'es' | 'de' | 'fr' | 'pt' | 'it';

export interface SectionSpec {
	name: string;
	slug: string;
	/** The stance target registered for `murmur tag`. */
	target: string;
	/** Lower-case phrases that name the target (stance_targets.aliases). */
	aliases: string[];
	/** How comments refer to the target in English ("the carbon tax"). */
	refs: string[];
	/** The target as a subject noun phrase in other languages (nominative, with article). */
	translations: Record<Lang, string>;
	/** Relative share of articles. */
	weight: number;
	/** Relative comments per article. */
	engagement: number;
	people: string[];
	places: string[];
	groups: string[];
	/** Things in the news around the target, as noun phrases ("the dividend cheque"). */
	things: string[];
	/** Clauses that argue for / against the target without needing sentiment words. */
	favor: string[];
	against: string[];
	headlines: string[];
	facts: string[];
	/** What a supporter / opponent is quoted saying in an article. */
	quotesFor: string[];
	quotesAgainst: string[];
}
