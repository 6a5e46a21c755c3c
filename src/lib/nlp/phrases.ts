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

const NONE: number[] = [];

/** The form's id and that of the form less a plural "s" ("talks" -> "talk"), -1 where no phrase has the word. */
function idsOf(form: string): [number, number] {
	return [formId(form), form.endsWith('s') ? formId(form.slice(0, -1)) : -1];
}

/**
 * A text's tokens as the matchers read them. Ids are looked up on first use and again if phrases
 * with new words were added since, so a view stays right however matchers are created around it.
 */
export class TokenView {
	// Plain arrays: a view lives for one text, and allocating a typed array costs ~1 µs.
	private ids: number[] = NONE;
	private stems: number[] = NONE;
	private known = -1;

	constructor(
		readonly tokens: Token[],
		readonly forms: string[]
	) {}

	/** Per token, the id of its form and of its form less a plural "s". */
	lookUp(): { ids: number[]; stems: number[] } {
		if (this.known !== IDS.size) {
			const n = this.tokens.length;
			if (this.ids.length !== n) {
				this.ids = new Array(n);
				this.stems = new Array(n);
			}
			for (let i = 0; i < n; i++) {
				const f = this.forms[i];
				if (!f) {
					this.ids[i] = this.stems[i] = -1;
					continue;
				}
				// Words cache their ids on their lexicon record (valid while no new word was interned).
				const info = this.tokens[i].info;
				if (info === NO_INFO) [this.ids[i], this.stems[i]] = idsOf(f);
				else {
					if (info.idsAt !== IDS.size) {
						[info.formId, info.stemId] = idsOf(f);
						info.idsAt = IDS.size;
					}
					this.ids[i] = info.formId;
					this.stems[i] = info.stemId;
				}
			}
			this.known = IDS.size;
		}
		return { ids: this.ids, stems: this.stems };
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

export class PhraseMatcher<T> {
	/** Phrases by the id of their first word, longest first. */
	private byFirst: (Entry<T>[] | undefined)[] = [];
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
		list.push({ words: ids, value });
		list.sort((a, b) => b.words.length - a.words.length);
		this.size++;
	}

	/** Non-overlapping matches, left to right, longest first. */
	findAll(view: TokenView): PhraseMatch<T>[] {
		const out: PhraseMatch<T>[] = [];
		const { tokens } = view;
		const { ids, stems } = view.lookUp();
		for (let i = 0; i < ids.length; i++) {
			const id = ids[i];
			const list = (id >= 0 ? this.byFirst[id] : undefined) ?? (stems[i] >= 0 ? this.byFirst[stems[i]] : undefined);
			if (!list) continue;
			const kind = tokens[i].kind;
			if (kind !== 'word' && kind !== 'hashtag' && kind !== 'number') continue;
			const hit = matchAt(list, ids, stems, i);
			if (hit) {
				out.push({ value: hit.value, from: i, to: i + hit.words.length });
				i += hit.words.length - 1;
			}
		}
		return out;
	}
}

function matchAt<T>(list: Entry<T>[], ids: number[], stems: number[], i: number): Entry<T> | undefined {
	for (const e of list) {
		const n = e.words.length;
		if (i + n > ids.length) continue;
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
