// Where a comment names its stance target: any of the target's aliases, or an alias's head noun
// after a determiner ("the tax" for "carbon tax"), found with one phrase matcher per target.
import { PhraseMatcher, formId, type PhraseMatch, type TokenView } from './phrases';

export interface StanceTarget {
	name: string;
	/** Lower-case phrases that name it; the name itself always counts. */
	aliases: string[];
}

const TIME_WORDS = new Set(['week', 'day', 'year', 'month', 'time', 'weekend']);
const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'a', 'an', 'any', 'such']);

interface TargetMatcher {
	full: PhraseMatcher<true>;
	heads: Set<string>;
	/** The heads' phrase-word ids: a token is a head exactly when its id is one of these. */
	headIds: number[];
}
const matcherCache = new WeakMap<StanceTarget, TargetMatcher>();

/** The target's aliases as a matcher, built once per target object. */
function targetMatcher(target: StanceTarget): TargetMatcher {
	const cached = matcherCache.get(target);
	if (cached) return cached;
	const full = new PhraseMatcher<true>();
	const heads = new Set<string>();
	for (const a of [target.name, ...target.aliases]) {
		full.add(a, true);
		const words = a.toLowerCase().split(/\s+/);
		const head = words[words.length - 1];
		if (words.length > 1 && head.length >= 3 && !TIME_WORDS.has(head)) heads.add(head);
	}
	const headIds = [...heads].map(formId).filter((id) => id >= 0);
	const m = { full, heads, headIds };
	matcherCache.set(target, m);
	return m;
}

/** Mentions: an alias, or an alias's head noun after a determiner ("the tax" for "carbon tax"). */
export function findMentions(view: TokenView, target: StanceTarget): PhraseMatch<true>[] {
	const { full, heads, headIds } = targetMatcher(target);
	const found = full.findAll(view);
	if (!heads.size) return found;
	// Heads are words of the aliases, so they have ids; a token whose form has none is no head.
	const { ids } = view.lookUp();
	const { forms } = view;
	let added = false;
	for (let i = 1; i < forms.length; i++) {
		// A head's form is a word of its alias, so it has an id, and ids name forms one to one.
		if (ids[i] < 0 || !headIds.includes(ids[i]) || !DETERMINERS.has(forms[i - 1])) continue;
		if (!covers(found, i)) {
			found.push({ value: true, from: i, to: i + 1 });
			added = true;
		}
	}
	return added ? found.sort(byStart) : found;
}

const byStart = (a: PhraseMatch<true>, b: PhraseMatch<true>) => a.from - b.from;

function covers(found: PhraseMatch<true>[], i: number): boolean {
	for (const m of found) if (i >= m.from && i < m.to) return true;
	return false;
}

