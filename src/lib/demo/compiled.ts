import { compileAll, type Phrase } from './phrase';
import { idiolect } from './idiolect';
import { SECTIONS, type SectionSpec, type Lang } from './sections';
import * as enStance from './phrases/en-stance';
import * as enTone from './phrases/en-tone';
import { REPLY_LEADS, REPLY_SENTENCES, SPAM } from './phrases/en-replies';
import type { LangPhrases } from './phrases/lang';
import { es } from './phrases/es';
import { de } from './phrases/de';
import { fr } from './phrases/fr';
import { pt } from './phrases/pt';
import { it } from './phrases/it';

// Every template compiled once per process; generation then only walks arrays.

export interface CompiledSection {
	spec: SectionSpec;
	index: number;
	refs: Phrase[];
	favor: Phrase[];
	against: Phrase[];
	headlines: Phrase[];
	facts: Phrase[];
	quotesFor: Phrase[];
	quotesAgainst: Phrase[];
	/** "Okafor" from "Foreign Minister Adaeze Okafor": how comments name people. */
	surnames: string[];
	/** People written out in full, for article bodies. */
	fullNames: string[];
	/** Proper-noun places only: non-English comments cannot use "the countryside". */
	namedPlaces: string[];
}

export type Relation = 'agree' | 'disagree' | 'neutral';

export interface CompiledLang {
	openers: Phrase[];
	favor: Phrase[];
	against: Phrase[];
	neutral: Phrase[];
	offTopic: Phrase[];
	positive: Phrase[];
	negative: Phrase[];
	personal: Phrase[];
	closers: Phrase[];
	groups: string[];
	home: string[];
}

// Comment phrases get wording variants woven in (idiolect.ts); article prose and campaign scripts do not.
function compileSection(spec: SectionSpec, index: number): CompiledSection {
	const fullNames = spec.people.filter((p) => p.includes(' '));
	const en = idiolect('en');
	return {
		spec,
		index,
		refs: compileAll(spec.refs, en),
		favor: compileAll(spec.favor, en),
		against: compileAll(spec.against, en),
		headlines: compileAll(spec.headlines),
		facts: compileAll(spec.facts),
		quotesFor: compileAll(spec.quotesFor),
		quotesAgainst: compileAll(spec.quotesAgainst),
		surnames: [...new Set(spec.people.map((p) => p.split(' ').pop()!))],
		fullNames,
		namedPlaces: spec.places.filter((p) => /^\p{Lu}/u.test(p))
	};
}

function compileLang(p: LangPhrases, lang: Lang): CompiledLang {
	const t = idiolect(lang);
	return {
		openers: compileAll(p.openers, t),
		favor: compileAll(p.favor, t),
		against: compileAll(p.against, t),
		neutral: compileAll(p.neutral, t),
		offTopic: compileAll(p.offTopic, t),
		positive: compileAll(p.positive, t),
		negative: compileAll(p.negative, t),
		personal: compileAll(p.personal, t),
		closers: compileAll(p.closers, t),
		groups: p.groups,
		home: p.home
	};
}

function build() {
	const en = idiolect('en');
	const relations = (r: Record<Relation, string[]>) => ({ agree: compileAll(r.agree, en), disagree: compileAll(r.disagree, en), neutral: compileAll(r.neutral, en) });
	return {
		sections: SECTIONS.map(compileSection),
		en: {
			openers: compileAll(enStance.OPENERS, en),
			favor: compileAll(enStance.FAVOR, en),
			against: compileAll(enStance.AGAINST, en),
			neutral: compileAll(enStance.NEUTRAL, en),
			tails: compileAll(enStance.ARGUMENT_TAILS, en),
			offTopic: compileAll(enStance.OFF_TOPIC, en),
			positive: compileAll(enTone.POSITIVE, en),
			negative: compileAll(enTone.NEGATIVE, en),
			mixed: compileAll(enTone.MIXED, en),
			note: compileAll(enTone.NEUTRAL_NOTE, en),
			personal: compileAll(enTone.PERSONAL, en),
			questions: compileAll(enTone.QUESTIONS, en),
			closers: compileAll(enTone.CLOSERS, en),
			claims: compileAll(enTone.CLAIMS, en),
			replyLeads: relations(REPLY_LEADS),
			replySentences: relations(REPLY_SENTENCES),
			// Spam stays as written: its variety comes from the slots.
			spam: compileAll(SPAM)
		},
		langs: { es: compileLang(es, 'es'), de: compileLang(de, 'de'), fr: compileLang(fr, 'fr'), pt: compileLang(pt, 'pt'), it: compileLang(it, 'it') } as Record<Lang, CompiledLang>
	};
}

export type Compiled = ReturnType<typeof build>;
let cache: Compiled | null = null;

export function compiled(): Compiled {
	return (cache ??= build());
}
