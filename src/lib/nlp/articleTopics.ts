// An article's topics with compromise: people, places, organisations and key noun phrases of its
// title and lede, canonicalised and weighted (title mentions count triple). compromise parses only
// a few hundred texts a second and takes a second or two to load, so it runs on articles only,
// and this module is imported only when some article needs its topics.
import { createRequire } from 'node:module';
import type compromise from 'compromise';
import { canonicalTopic, type Topic, type TopicKind } from './topics';

// The package's single-file CommonJS build: the same code as its ES modules, which are hundreds of
// files and take ~2.5x as long to load (each worker of `murmur tag` loads it).
const nlp: typeof compromise = createRequire(import.meta.url)('compromise');

/** Nouns too general to be topics. */
const GENERIC = new Set(
	'it way time end thing things people part lot today day year years week hours hour minutes topic material sources source fact case number side point world issue matter one ones kind sort others something nothing everything anything comment comments article report reports statement news'.split(
		' '
	)
);
const MAX_WORDS = 4;
/** Article text beyond this is not parsed: the title and lede name what the article is about, and compromise's cost grows with length. */
const MAX_CHARS = 600;
const CALENDAR = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '));
const PRONOUNS = new Set(['its', 'it', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'that', 'which', 'what', 'who']);

function collect(list: Map<string, Topic>, name: string, kind: TopicKind, weight: number) {
	const key = name.toLowerCase();
	if (!name || name.length < 2 || GENERIC.has(key) || name.split(' ').length > MAX_WORDS) return;
	const t = list.get(key);
	if (t) t.weight += weight;
	else list.set(key, { name, kind, weight });
}

function topicsOf(text: string, weight: number, into: Map<string, Topic>) {
	const doc = nlp(text);
	const collectOne = (list: Map<string, Topic>, name: string, kind: TopicKind) => collect(list, name, kind, weight);
	const named = new Set<string>();
	const take = (names: string[], kind: TopicKind) => {
		for (const raw of names) {
			const name = canonicalTopic(raw);
			collectOne(into, name, kind);
			for (const w of name.toLowerCase().split(' ')) named.add(w);
		}
	};
	take(doc.people().out('array'), 'person');
	take(doc.places().out('array'), 'place');
	take(doc.organizations().out('array'), 'organization');
	// Key phrases: runs of common nouns ("ceasefire", "press service"), cut at punctuation. Runs
	// that hold a name were counted as that name above. (match() is ~3x faster than nouns().json().)
	for (const run of doc.match('#Noun+').not('#Pronoun').out('array') as string[]) {
		for (const part of run.split(/[,;:.!?“”"()]+|['’]s\b/u)) {
			const name = canonicalTopic(part);
			if (!name) continue;
			const words = name.toLowerCase().split(' ');
			if (words.some((w) => named.has(w) || PRONOUNS.has(w) || CALENDAR.has(w))) continue;
			// A lone capitalised noun compromise did not classify ("Reuters", "Whitkoff") is most often an organisation or a surname.
			if (words.length === 1 && /^\p{Lu}/u.test(name)) collectOne(into, name, 'organization');
			// Common nouns, the first perhaps capitalised by its sentence ("Carbon tax vote").
			else if (!/\p{Lu}/u.test(name.slice(1))) collectOne(into, name.toLowerCase(), 'phrase');
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
	if (body) topicsOf(body.slice(0, MAX_CHARS), 1, found);
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

