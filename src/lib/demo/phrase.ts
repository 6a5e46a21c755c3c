import type { Rng } from './prng';

// A tiny phrase grammar so that a few hundred lines of templates yield millions of distinct
// sentences: `{a|b|}` picks one alternative (an empty one makes the part optional, and
// alternatives nest), `[name]` is filled by a slot function. Templates are compiled once into
// arrays of nodes; expansion is then a walk with string concatenation (hot: runs ~10x per comment).

export class Alt {
	constructor(readonly options: Node[][]) {}
}
export class SlotRef {
	constructor(
		readonly id: number,
		readonly name: string
	) {}
}
export type Node = string | Alt | SlotRef;
export type Phrase = Node[];
export type Fill = (rng: Rng) => string;
export type Slots = Record<string, Fill>;
/** Rewrites a run of literal text into nodes (used to weave in wording variants, see idiolect.ts). */
export type TextTransform = (text: string) => Node[];

const slotIds = new Map<string, number>();
function slotRef(name: string): SlotRef {
	let id = slotIds.get(name);
	if (id === undefined) slotIds.set(name, (id = slotIds.size));
	return new SlotRef(id, name);
}

function parseSeq(src: string, i: number, inAlt: boolean, transform?: TextTransform): [Node[], number] {
	const seq: Node[] = [];
	let text = '';
	const flush = () => {
		if (text) seq.push(...(transform ? transform(text) : [text]));
		text = '';
	};
	while (i < src.length) {
		const ch = src[i];
		if (ch === '{') {
			flush();
			const options: Node[][] = [];
			i++;
			for (;;) {
				const [part, j] = parseSeq(src, i, true, transform);
				options.push(part);
				i = j;
				if (src[i] === '|') i++;
				else if (src[i] === '}') {
					i++;
					break;
				} else throw new Error(`phrase: unclosed "{" in "${src}"`);
			}
			seq.push(new Alt(options));
		} else if (ch === '[') {
			flush();
			const end = src.indexOf(']', i);
			if (end < 0) throw new Error(`phrase: unclosed "[" in "${src}"`);
			seq.push(slotRef(src.slice(i + 1, end)));
			i = end + 1;
		} else if (inAlt && (ch === '|' || ch === '}')) {
			break;
		} else if (ch === '}') {
			throw new Error(`phrase: stray "}" at ${i} in "${src}"`);
		} else {
			text += ch;
			i++;
		}
	}
	flush();
	return [seq, i];
}

export function compile(template: string, transform?: TextTransform): Phrase {
	const [seq, end] = parseSeq(template, 0, false, transform);
	if (end !== template.length) throw new Error(`phrase: stray "${template[end]}" at ${end} in "${template}"`);
	return seq;
}

export function compileAll(templates: readonly string[], transform?: TextTransform): Phrase[] {
	return templates.map((t) => compile(t, transform));
}

/** Slot functions by slot id, built once per Slots object. */
const tables = new WeakMap<Slots, Fill[]>();
function fillFor(slots: Slots, ref: SlotRef): Fill {
	let table = tables.get(slots);
	if (!table) tables.set(slots, (table = []));
	let fill = table[ref.id];
	if (!fill) {
		fill = slots[ref.name];
		if (!fill) throw new Error(`phrase: no slot [${ref.name}]`);
		table[ref.id] = fill;
	}
	return fill;
}

function expandSeq(seq: Node[], rng: Rng, slots: Slots): string {
	let out = '';
	for (let i = 0; i < seq.length; i++) {
		const node = seq[i];
		if (typeof node === 'string') out += node;
		else if (node instanceof Alt) {
			const options = node.options;
			out += expandSeq(options[(rng.next() * options.length) | 0], rng, slots);
		} else out += fillFor(slots, node)(rng);
	}
	return out;
}

/** Expands one phrase; the first letter is capitalised since phrases are sentences. */
export function expand(phrase: Phrase, rng: Rng, slots: Slots): string {
	let s = expandSeq(phrase, rng, slots);
	if (s.includes('  ')) s = s.replace(/ {2,}/g, ' ');
	return capitalize(s.trim());
}

/** Expands a phrase as written: for fragments that continue a sentence (slots, openers). */
export function expandRaw(phrase: Phrase, rng: Rng, slots: Slots): string {
	return expandSeq(phrase, rng, slots);
}

export function capitalize(s: string): string {
	if (!s) return s;
	const c = s.charAt(0);
	const up = c.toUpperCase();
	return c === up ? s : up + s.slice(1);
}
