import type { Rng } from './prng';

// A tiny phrase grammar so that a few hundred lines of templates yield millions of distinct
// sentences: `{a|b|}` picks one alternative (an empty one makes the part optional, and
// alternatives nest), `[name]` is filled by a slot function. Templates are compiled once.

type Node = string | Alternation | Slot;
interface Alternation {
	alt: Node[][];
}
interface Slot {
	slot: string;
}
export type Phrase = Node[];
export type Slots = Record<string, (rng: Rng) => string>;

function parseSeq(src: string, i: number, inAlt: boolean): [Node[], number] {
	const seq: Node[] = [];
	let text = '';
	const flush = () => {
		if (text) seq.push(text);
		text = '';
	};
	while (i < src.length) {
		const ch = src[i];
		if (ch === '{') {
			flush();
			const alt: Node[][] = [];
			i++;
			for (;;) {
				const [part, j] = parseSeq(src, i, true);
				alt.push(part);
				i = j;
				if (src[i] === '|') i++;
				else if (src[i] === '}') {
					i++;
					break;
				} else throw new Error(`phrase: unclosed "{" in "${src}"`);
			}
			seq.push({ alt });
		} else if (ch === '[') {
			flush();
			const end = src.indexOf(']', i);
			if (end < 0) throw new Error(`phrase: unclosed "[" in "${src}"`);
			seq.push({ slot: src.slice(i + 1, end) });
			i = end + 1;
		} else if (inAlt && (ch === '|' || ch === '}')) {
			break;
		} else {
			text += ch;
			i++;
		}
	}
	flush();
	return [seq, i];
}

export function compile(template: string): Phrase {
	const [seq, end] = parseSeq(template, 0, false);
	if (end !== template.length) throw new Error(`phrase: stray "${template[end]}" at ${end} in "${template}"`);
	return seq;
}

export function compileAll(templates: readonly string[]): Phrase[] {
	return templates.map(compile);
}

function expandInto(seq: Node[], rng: Rng, slots: Slots, out: string[]): void {
	for (const node of seq) {
		if (typeof node === 'string') out.push(node);
		else if ('alt' in node) expandInto(node.alt[rng.int(node.alt.length)], rng, slots, out);
		else {
			const fill = slots[node.slot];
			if (!fill) throw new Error(`phrase: no slot [${node.slot}]`);
			out.push(fill(rng));
		}
	}
}

/** Expands one phrase; the first letter is capitalised since phrases are sentences. */
export function expand(phrase: Phrase, rng: Rng, slots: Slots): string {
	return capitalize(expandRaw(phrase, rng, slots).replace(/ {2,}/g, ' ').trim());
}

/** Expands a phrase as written: for fragments that continue a sentence (slots, openers). */
export function expandRaw(phrase: Phrase, rng: Rng, slots: Slots): string {
	const out: string[] = [];
	expandInto(phrase, rng, slots, out);
	return out.join('');
}

export function capitalize(s: string): string {
	if (!s) return s;
	const c = s.charAt(0);
	return c === c.toUpperCase() ? s : c.toUpperCase() + s.slice(1);
}
