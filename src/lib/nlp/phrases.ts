// Fast phrase matching over tokens: a map from first word to the phrases that start with it, tried
// longest first. Used for the corpus topic vocabulary (tens of thousands of names), stance target
// aliases and stance cue phrases. Words compare by their normalised form, so "Putin's", "Putin’s"
// and "putin" all match the phrase "putin", and "talks" matches "talk" where only that is listed.
import type { Token } from './tokenize';

export interface PhraseMatch<T> {
	value: T;
	/** Token indices, end exclusive. */
	from: number;
	to: number;
}

interface Entry<T> {
	words: string[];
	value: T;
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

export class PhraseMatcher<T> {
	private byFirst = new Map<string, Entry<T>[]>();
	size = 0;

	add(phrase: string, value: T): void {
		const words = phraseWords(phrase);
		if (!words.length) return;
		const list = this.byFirst.get(words[0]);
		const entry = { words, value };
		if (!list) this.byFirst.set(words[0], [entry]);
		else {
			if (list.some((e) => e.words.join(' ') === words.join(' '))) return;
			list.push(entry);
			list.sort((a, b) => b.words.length - a.words.length);
		}
		this.size++;
	}

	/** Non-overlapping matches, left to right, longest first. `forms` are the tokens' matchForm()s. */
	findAll(tokens: Token[], forms: string[] = tokenForms(tokens)): PhraseMatch<T>[] {
		const out: PhraseMatch<T>[] = [];
		for (let i = 0; i < forms.length; i++) {
			if (tokens[i].kind !== 'word' && tokens[i].kind !== 'hashtag' && tokens[i].kind !== 'number') continue;
			const hit = this.matchAt(forms, i);
			if (hit) {
				out.push({ value: hit.value, from: i, to: i + hit.words.length });
				i += hit.words.length - 1;
			}
		}
		return out;
	}

	private matchAt(forms: string[], i: number): Entry<T> | undefined {
		const first = forms[i];
		const list = this.byFirst.get(first) ?? (first.endsWith('s') ? this.byFirst.get(first.slice(0, -1)) : undefined);
		if (!list) return undefined;
		for (const e of list) {
			let ok = true;
			for (let k = 0; k < e.words.length; k++) {
				const f = forms[i + k];
				const w = e.words[k];
				if (f === w || (f !== undefined && f.length === w.length + 1 && f.endsWith('s') && f.startsWith(w))) continue;
				ok = false;
				break;
			}
			if (ok) return e;
		}
		return undefined;
	}
}

/** matchForm() of every token; hashtags lose their "#". */
export function tokenForms(tokens: Token[]): string[] {
	return tokens.map((t) => (t.kind === 'hashtag' ? matchForm(t.norm.slice(1)) : t.kind === 'word' || t.kind === 'number' ? matchForm(t.norm) : ''));
}
