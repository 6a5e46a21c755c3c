import { compileAll, type Phrase } from './phrase';
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

function compileSection(spec: SectionSpec, index: number): CompiledSection {
	const fullNames = spec.people.filter((p) => p.includes(' '));
	return {
		spec,
		index,
		refs: compileAll(spec.refs),
		favor: compileAll(spec.favor),
		against: compileAll(spec.against),
		headlines: compileAll(spec.headlines),
		facts: compileAll(spec.facts),
		quotesFor: compileAll(spec.quotesFor),
		quotesAgainst: compileAll(spec.quotesAgainst),
		surnames: [...new Set(spec.people.map((p) => p.split(' ').pop()!))],
		fullNames,
		namedPlaces: spec.places.filter((p) => /^\p{Lu}/u.test(p))
	};
}

function compileLang(p: LangPhrases): CompiledLang {
	return {
		openers: compileAll(p.openers),
		favor: compileAll(p.favor),
		against: compileAll(p.against),
		neutral: compileAll(p.neutral),
		offTopic: compileAll(p.offTopic),
		positive: compileAll(p.positive),
		negative: compileAll(p.negative),
		personal: compileAll(p.personal),
		closers: compileAll(p.closers),
		groups: p.groups,
		home: p.home
	};
}

const compileRelations = (r: Record<Relation, string[]>) => ({
	agree: compileAll(r.agree),
	disagree: compileAll(r.disagree),
	neutral: compileAll(r.neutral)
});

function build() {
	return {
		sections: SECTIONS.map(compileSection),
		en: {
			openers: compileAll(enStance.OPENERS),
			favor: compileAll(enStance.FAVOR),
			against: compileAll(enStance.AGAINST),
			neutral: compileAll(enStance.NEUTRAL),
			tails: compileAll(enStance.ARGUMENT_TAILS),
			offTopic: compileAll(enStance.OFF_TOPIC),
			positive: compileAll(enTone.POSITIVE),
			negative: compileAll(enTone.NEGATIVE),
			mixed: compileAll(enTone.MIXED),
			note: compileAll(enTone.NEUTRAL_NOTE),
			personal: compileAll(enTone.PERSONAL),
			questions: compileAll(enTone.QUESTIONS),
			closers: compileAll(enTone.CLOSERS),
			claims: compileAll(enTone.CLAIMS),
			replyLeads: compileRelations(REPLY_LEADS),
			replySentences: compileRelations(REPLY_SENTENCES),
			spam: compileAll(SPAM)
		},
		langs: { es: compileLang(es), de: compileLang(de), fr: compileLang(fr), pt: compileLang(pt), it: compileLang(it) } as Record<Lang, CompiledLang>
	};
}

export type Compiled = ReturnType<typeof build>;
let cache: Compiled | null = null;

export function compiled(): Compiled {
	return (cache ??= build());
}
