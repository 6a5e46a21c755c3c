// Topics. Articles are parsed with compromise (people, places, organisations and key noun
// phrases), which is too slow for every comment (~500 texts/s) but fine for articles; their names
// are canonicalised ("Putin’s" -> "Putin", "Kremlin press service," -> "Kremlin press service",
// "Putin" -> "Vladimir Putin" when the article names him in full). Comments are matched against the
// corpus vocabulary those names make, with a phrase matcher that costs microseconds per comment.
import nlp from 'compromise';
import type { Token } from './tokenize';
import { PhraseMatcher, tokenForms } from './phrases';

export type TopicKind = 'person' | 'place' | 'organization' | 'phrase';

export interface Topic {
	name: string;
	kind: TopicKind;
	/** Mentions in the article; the title counts triple. */
	weight: number;
}

/** Leading words that are not part of a name or phrase. */
const LEADING = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'some', 'any', 'every', 'another', 'such']);
/** Nouns too general to be topics. */
const GENERIC = new Set(
	'it way time end thing things people part lot today day year years week hours hour minutes topic material sources source fact case number side point world issue matter one ones kind sort others something nothing everything anything comment comments article report reports statement news'.split(
		' '
	)
);
const MAX_WORDS = 4;
/** Article text beyond this is not parsed: the lede names what the article is about. */
const MAX_CHARS = 4000;

/** "Putin’s" -> "Putin", "Kremlin press service," -> "Kremlin press service", "the DNR" -> "DNR". */
export function canonicalTopic(raw: string): string {
	let s = raw.replace(/\s+/g, ' ').trim();
	s = s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
	s = s.replace(/['’]s?$/u, '').replace(/['’]s?(?=\s)/gu, '');
	const words = s.split(' ');
	while (words.length > 1 && LEADING.has(words[0].toLowerCase())) words.shift();
	return words.join(' ').replace(/[^\p{L}\p{N}]+$/u, '');
}

interface Term {
	text: string;
	tags: string[];
}

function collect(list: Map<string, Topic>, name: string, kind: TopicKind, weight: number) {
	const key = name.toLowerCase();
	if (!name || name.length < 2 || GENERIC.has(key) || name.split(' ').length > MAX_WORDS) return;
	const t = list.get(key);
	if (t) t.weight += weight;
	else list.set(key, { name, kind, weight });
}

/** Noun compounds inside compromise's noun phrases: "the Kremlin press service" -> "press service" is kept whole with its proper noun. */
function nounRuns(terms: Term[]): string[] {
	const runs: string[] = [];
	let run: string[] = [];
	for (const t of terms) {
		const noun = t.tags.includes('Noun') && !t.tags.includes('Pronoun') && !t.tags.includes('Possessive');
		if (noun) run.push(t.text);
		else {
			if (run.length) runs.push(run.join(' '));
			run = [];
		}
	}
	if (run.length) runs.push(run.join(' '));
	return runs;
}

function topicsOf(text: string, weight: number, into: Map<string, Topic>) {
	const doc = nlp(text.slice(0, MAX_CHARS));
	const named = new Set<string>();
	const take = (m: { out(f: 'array'): string[] }, kind: TopicKind) => {
		for (const raw of m.out('array')) {
			const name = canonicalTopic(raw);
			collect(into, name, kind, weight);
			for (const w of name.toLowerCase().split(' ')) named.add(w);
		}
	};
	take(doc.people(), 'person');
	take(doc.places(), 'place');
	take(doc.organizations(), 'organization');
	for (const phrase of doc.nouns().json() as { terms: Term[] }[]) {
		for (const run of nounRuns(phrase.terms)) {
			const name = canonicalTopic(run);
			const words = name.toLowerCase().split(' ');
			if (words.every((w) => named.has(w))) continue; // already a person, place or organisation
			if (/^\p{Lu}/u.test(name) && words.length === 1 && !named.has(words[0])) collect(into, name, 'organization', weight);
			else collect(into, words.length === 1 ? name.toLowerCase() : name, 'phrase', weight);
		}
	}
}

/**
 * An article's topics, heaviest first. A surname alone folds into the person's full name ("Putin"
 * into "Vladimir Putin", even where compromise took "Whitkoff" for an organisation); phrases
 * mentioned once and not in the title are dropped.
 */
export function articleTopics(title: string | null | undefined, body: string | null | undefined, limit = 12): Topic[] {
	const found = new Map<string, Topic>();
	if (title) topicsOf(title, 3, found);
	if (body) topicsOf(body, 1, found);
	const people = [...found.values()].filter((t) => t.kind === 'person' && t.name.includes(' '));
	for (const [key, t] of found) {
		if (t.name.includes(' ') || t.kind === 'place') continue;
		const full = people.filter((p) => p.name.toLowerCase().endsWith(' ' + key));
		if (full.length === 1) {
			full[0].weight += t.weight;
			found.delete(key);
		}
	}
	return [...found.values()]
		.filter((t) => t.kind !== 'phrase' || t.weight >= 2)
		.sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name))
		.slice(0, limit);
}

/** The names a topic is found by in comments: the name, and a person's surname. */
export function topicAliases(topic: { name: string; kind: string | null }): string[] {
	const aliases = [topic.name];
	const words = topic.name.split(' ');
	if (topic.kind === 'person' && words.length > 1) aliases.push(words[words.length - 1]);
	return aliases;
}

/** The corpus vocabulary: every topic name (and surname), matched in comments. */
export class TopicVocabulary {
	private matcher = new PhraseMatcher<string>();

	constructor(topics: Iterable<{ name: string; kind: string | null }> = []) {
		for (const t of topics) this.add(t);
	}

	add(topic: { name: string; kind: string | null }): void {
		for (const a of topicAliases(topic)) if (a.length >= 3) this.matcher.add(a, topic.name);
	}

	get size(): number {
		return this.matcher.size;
	}

	/** Topic names the tokens mention, in order of first mention. */
	mentionedIn(tokens: Token[], forms = tokenForms(tokens)): string[] {
		const out: string[] = [];
		for (const m of this.matcher.findAll(tokens, forms)) if (!out.includes(m.value)) out.push(m.value);
		return out;
	}
}
