// Topics shared by articles and comments: canonical names ("Putin’s" -> "Putin",
// "Kremlin press service," -> "Kremlin press service") and the corpus vocabulary that comments are
// matched against, with a phrase matcher that costs microseconds per comment. Finding an
// article's topics needs compromise and lives in articleTopics.ts, loaded only when needed.
import type { Token } from './tokenize';
import { PhraseMatcher, TokenView, viewOf } from './phrases';

export type TopicKind = 'person' | 'place' | 'organization' | 'phrase';

export interface Topic {
	name: string;
	kind: TopicKind;
	/** Mentions in the article; the title counts triple. */
	weight: number;
}

/** Leading words that are not part of a name or phrase. */
const LEADING = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'some', 'any', 'every', 'another', 'such']);

/** "Putin’s" -> "Putin", "Kremlin press service," -> "Kremlin press service", "the DNR" -> "DNR". */
export function canonicalTopic(raw: string): string {
	let s = raw.replace(/\s+/g, ' ').trim();
	s = s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
	s = s.replace(/['’]s?$/u, '').replace(/['’]s?(?=\s)/gu, '');
	const words = s.split(' ');
	while (words.length > 1 && LEADING.has(words[0].toLowerCase())) words.shift();
	return words.join(' ').replace(/[^\p{L}\p{N}]+$/u, '');
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
	mentionedIn(text: TokenView | Token[]): string[] {
		const out: string[] = [];
		for (const m of this.matcher.findAll(text instanceof TokenView ? text : viewOf(text))) if (!out.includes(m.value)) out.push(m.value);
		return out;
	}
}
