// Fast phrase matching over tokens, used for the corpus topic vocabulary (tens of thousands of
// names), stance target aliases and stance cue phrases. Words compare by their normalised form,
// so "Putin's", "Putin’s" and "putin" all match the phrase "putin", and "talks" matches "talk"
// where only that is listed. Every word of every phrase gets a small integer id when its phrase
// is added; a text's tokens are looked up once (TokenView) and each matcher then compares ids.
import type { Token } from './tokenize';
import { NO_INFO } from './wordInfo';

export interface PhraseMatch<T> {
	value: T;
	/** Token indices, end exclusive. */
	from: number;
	to: number;
}

/** Lower-case, straight apostrophes, no possessive "'s": the form phrases and tokens are compared in. */
export function matchForm(word: string): string {
	let w = word.toLowerCase();
	if (w.includes('’')) w = w.replace(/’/g, "'");
	if (w.endsWith("'s")) w = w.slice(0, -2);
	else if (w.endsWith("'")) w = w.slice(0, -1);
	return w;
}

/** Splits a phrase the way the tokenizer splits text ("four-day week" -> ["four-day", "week"]). */
export function phraseWords(phrase: string): string[] {
	return (phrase.match(/[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu) ?? []).map(matchForm);
}

/** Ids of every word some phrase uses. Only grows: the words of targets and topic vocabularies. */
const IDS = new Map<string, number>();

export function formId(form: string): number {
	return IDS.get(form) ?? -1;
}

function intern(form: string): number {
	let id = IDS.get(form);
	if (id === undefined) IDS.set(form, (id = IDS.size));
	return id;
}

/** The form's id and that of the form less a plural "s" ("talks" -> "talk"), -1 where no phrase has the word. */
function stemIdOf(form: string): number {
	return form.endsWith('s') ? formId(form.slice(0, -1)) : -1;
}

/** Per token, the id of its form and of its form less a plural "s" (only the first `tokens.length` entries count). */
export interface TokenIds {
	ids: number[];
	stems: number[];
}

/**
 * A text's tokens as the matchers read them. Ids are looked up on first use and again if phrases
 * with new words were added since, so a view stays right however matchers are created around it.
 */
export class TokenView {
	// Plain arrays: a view lives for one text, and allocating a typed array costs ~1 µs.
	private readonly looked: TokenIds = { ids: [], stems: [] };
	private known = -1;

	constructor(
		public tokens: Token[],
		public forms: string[]
	) {}

	/**
	 * Points the view at another text's tokens, keeping its id arrays: analyze() reuses one view
	 * rather than allocating two arrays per comment. Earlier lookUp() results become invalid.
	 */
	reset(tokens: Token[], forms: string[]): this {
		this.tokens = tokens;
		this.forms = forms;
		this.known = -1;
		return this;
	}

	/** Per token, the id of its form and of its form less a plural "s"; entries past tokens.length are stale. */
	lookUp(): TokenIds {
		if (this.known !== IDS.size) {
			const n = this.tokens.length;
			const { ids, stems } = this.looked;
			for (let i = 0; i < n; i++) {
				const f = this.forms[i];
				if (!f) {
					ids[i] = stems[i] = -1;
					continue;
				}
				// Words cache their ids on their lexicon record (valid while no new word was interned).
				const info = this.tokens[i].info;
				if (info === NO_INFO) {
					ids[i] = formId(f);
					stems[i] = stemIdOf(f);
				} else {
					if (info.idsAt !== IDS.size) {
						info.formId = formId(f);
						info.stemId = stemIdOf(f);
						info.idsAt = IDS.size;
					}
					ids[i] = info.formId;
					stems[i] = info.stemId;
				}
			}
			this.known = IDS.size;
		}
		return this.looked;
	}
}

/** A view of tokens that came without their forms. */
export function viewOf(tokens: Token[], forms: string[] = tokenForms(tokens)): TokenView {
	return new TokenView(tokens, forms);
}

interface Entry<T> {
	words: Int32Array;
	value: T;
}

/** Size of a matcher's first-word filter, in 32-bit words. */
const FILTER_WORDS = 128;
/** Where a form id falls in the filter: its 32-bit word, and the bit in that word. */
const filterWord = (id: number) => (id >>> 5) & (FILTER_WORDS - 1);
const filterBit = (id: number) => 1 << (id & 31);

export class PhraseMatcher<T> {
	/** Phrases by the id of their first word, longest first. */
	private byFirst: (Entry<T>[] | undefined)[] = [];
	/**
	 * A 4,096-bit filter of first-word ids (id mod 4,096): a clear bit says no phrase starts with
	 * the word, without reading byFirst, which turns into a slow dictionary when a matcher made
	 * late (a stance target's) has only a few high ids.
	 */
	private firsts = new Int32Array(FILTER_WORDS);
	private seen = new Set<string>();
	size = 0;

	add(phrase: string, value: T): void {
		const words = phraseWords(phrase);
		if (!words.length) return;
		const key = words.join(' ');
		if (this.seen.has(key)) return;
		this.seen.add(key);
		const ids = Int32Array.from(words, intern);
		const list = (this.byFirst[ids[0]] ??= []);
		this.firsts[filterWord(ids[0])] |= filterBit(ids[0]);
		list.push({ words: ids, value });
		list.sort((a, b) => b.words.length - a.words.length);
		this.size++;
	}

	/** Non-overlapping matches, left to right, longest first. */
	findAll(view: TokenView): PhraseMatch<T>[] {
		const out: PhraseMatch<T>[] = [];
		const { tokens } = view;
		const { ids, stems } = view.lookUp();
		const n = tokens.length;
		const firsts = this.firsts;
		for (let i = 0; i < n; i++) {
			const id = ids[i];
			const stem = stems[i];
			const maybeId = id >= 0 && (firsts[filterWord(id)] & filterBit(id)) !== 0;
			if (!maybeId && !(stem >= 0 && (firsts[filterWord(stem)] & filterBit(stem)) !== 0)) continue;
			const list = (maybeId ? this.byFirst[id] : undefined) ?? (stem >= 0 ? this.byFirst[stem] : undefined);
			if (!list) continue;
			const kind = tokens[i].kind;
			if (kind !== 'word' && kind !== 'hashtag' && kind !== 'number') continue;
			const hit = matchAt(list, ids, stems, i, n);
			if (hit) {
				out.push({ value: hit.value, from: i, to: i + hit.words.length });
				i += hit.words.length - 1;
			}
		}
		return out;
	}
}

function matchAt<T>(list: Entry<T>[], ids: number[], stems: number[], i: number, length: number): Entry<T> | undefined {
	for (const e of list) {
		const n = e.words.length;
		if (i + n > length) continue;
		let k = 1;
		while (k < n && (ids[i + k] === e.words[k] || stems[i + k] === e.words[k])) k++;
		if (k === n) return e;
	}
	return undefined;
}

/** matchForm() of every token; hashtags lose their "#". */
export function tokenForms(tokens: Token[]): string[] {
	return tokens.map((t) => (t.kind === 'hashtag' ? matchForm(t.norm.slice(1)) : t.kind === 'word' || t.kind === 'number' ? matchForm(t.norm) : ''));
}
