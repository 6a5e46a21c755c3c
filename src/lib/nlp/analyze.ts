// The NLP pass for one text: a pure function of the text and of the targets and vocabulary passed
// in (no I/O, no clock, no randomness). Its output is the `murmur analyze` contract (Analysis in
// types.ts). NLP_VERSION is stored with every tag, so a changed analyser re-tags only what is stale.
import type { Analysis, Sentiment } from '../types';
import { tokenizeTransient, type Token } from './tokenize';
import { scoreSentiment } from './sentiment';
import { countEmoji } from './emoji';
import { detectLanguage } from './lang';
import { stanceToward, type StanceTarget } from './stance';
import { PhraseMatcher, TokenView, viewOf } from './phrases';
import type { TopicVocabulary } from './topics';

/**
 * Bump on any change that alters the output for some text.
 * 1.1.0: the language vote knows more function words (~1 in 600 comments of the demo corpus
 * changes language, nearly all Portuguese, Italian and Spanish ones that were taken for English).
 */
export const NLP_VERSION = '1.1.0';

export type { StanceTarget };

export interface AnalyzeOptions {
	/** The stance target, when the caller has chosen it ("target" in `murmur analyze` input). */
	target?: string | StanceTarget | null;
	/** Configured targets: the first one the text mentions becomes the target. */
	targets?: StanceTarget[];
	/** Target when the text mentions none of `targets` (the article's target or main topic). */
	fallbackTarget?: StanceTarget | null;
	/** Corpus topic vocabulary to find in the text. */
	vocabulary?: TopicVocabulary;
	/** Topics that come with the text's context (its article's), listed after the ones it mentions. */
	contextTopics?: string[];
	/** Language assumed when the text is too short to tell: the corpus language. Default "en". */
	fallbackLang?: string;
}

const UNSCORED: Sentiment = { score: 0, label: 'unscored', evidence: [] };

/** Turns a target given by name into one whose only alias is its name. */
export function asTarget(t: string | StanceTarget): StanceTarget {
	return typeof t === 'string' ? { name: t, aliases: [t.toLowerCase()] } : t;
}

const matchers = new WeakMap<StanceTarget[], PhraseMatcher<StanceTarget>>();

/** The first configured target the tokens mention, by any alias. */
export function mentionedTarget(targets: StanceTarget[], text: TokenView | Token[]): StanceTarget | undefined {
	let m = matchers.get(targets);
	if (!m) {
		m = new PhraseMatcher<StanceTarget>();
		for (const t of targets) for (const a of [t.name, ...t.aliases]) m.add(a, t);
		matchers.set(targets, m);
	}
	return m.findAll(text instanceof TokenView ? text : viewOf(text))[0]?.value;
}

/** The one view analyze() points at each text in turn (no token or view escapes analyze()). */
const VIEW = new TokenView([], []);

export function analyze(text: string, opts: AnalyzeOptions = {}): Analysis {
	const { tokens, emoji, forms } = tokenizeTransient(text);
	const view = VIEW.reset(tokens, forms);
	const lang = detectLanguage(text, tokens, opts.fallbackLang ?? 'en');
	const english = lang === 'en';
	const sentiment = english ? scoreSentiment(text, tokens) : UNSCORED;

	let target: StanceTarget | null = null;
	if (opts.target) target = asTarget(opts.target);
	else if (opts.targets?.length) target = mentionedTarget(opts.targets, view) ?? null;
	if (!target && opts.fallbackTarget) target = opts.fallbackTarget;
	const stance = english
		? stanceToward(text, view, target, sentiment)
		: { target: target?.name ?? null, label: 'none' as const, confidence: 0, evidence: [] };

	const topics = opts.vocabulary ? opts.vocabulary.mentionedIn(view) : [];
	for (const t of opts.contextTopics ?? []) if (!topics.includes(t)) topics.push(t);

	return { lang, sentiment, emoji: countEmoji(emoji), stance, topics };
}
