// Parsed items packed for the trip from the parse worker to the writing thread. Structured clone
// of 1,000 comment objects costs the receiving thread about as much as parsing them did; packed,
// a batch is two strings (the texts back to back, and every other string field back to back),
// their lengths and the numbers, and the receiver only slices. The short fields (ids, handles,
// times) get a string of their own so that one emoji in a text does not make them two-byte
// strings, which hash, compare and bind more slowly. Items other than comments (articles,
// rejects, warnings) are rare and travel as they are, in their place in the sequence. A comment's
// position in the file (`at`) does not travel: only rejects and warnings use positions.
import type { CommentRecord } from '../types';
import type { ParsedItem } from './items';

export interface PackedItems {
	/** Per item: COMMENT (packed) or OTHER (the next entry of `others`). */
	kinds: Uint8Array;
	others: ParsedItem[];
	/** The comments' texts, back to back. */
	texts: string;
	/** The other string fields (FIELDS), back to back. */
	fields: string;
	/** Per comment, the length of its text and of each of FIELDS; -1 for null or absent. */
	lengths: Int32Array;
	/** Per comment, score and position; NaN for null or absent. */
	numbers: Float64Array;
}

const COMMENT = 0;
const OTHER = 1;
const FIELDS = ['articleExternalId', 'externalId', 'parentExternalId', 'authorHandle', 'authorName', 'createdAt', 'status', 'type'] as const;
const STRINGS = FIELDS.length + 1;

export class ItemPacker {
	private kinds: Uint8Array;
	private others: ParsedItem[] = [];
	private texts: string[] = [];
	private fields: string[] = [];
	private lengths: Int32Array;
	private numbers: Float64Array;
	private items = 0;
	private comments = 0;

	constructor(readonly capacity: number) {
		this.kinds = new Uint8Array(capacity);
		this.lengths = new Int32Array(capacity * STRINGS);
		this.numbers = new Float64Array(capacity * 2);
	}

	get size(): number {
		return this.items;
	}

	/** Adds an item; returns true when the batch is full (take() it). */
	add(item: ParsedItem): boolean {
		if (item.kind !== 'comment') {
			this.kinds[this.items++] = OTHER;
			this.others.push(item);
			return this.items === this.capacity;
		}
		const c = item.comment as CommentRecord & Record<string, unknown>;
		let k = this.comments * STRINGS;
		this.texts.push(c.text);
		this.lengths[k++] = c.text.length;
		for (const f of FIELDS) {
			const v = c[f] as string | null | undefined;
			if (v == null) this.lengths[k++] = -1;
			else {
				this.fields.push(v);
				this.lengths[k++] = v.length;
			}
		}
		this.numbers[this.comments * 2] = c.score ?? NaN;
		this.numbers[this.comments * 2 + 1] = c.position ?? NaN;
		this.comments++;
		this.kinds[this.items++] = COMMENT;
		return this.items === this.capacity;
	}

	/** The batch so far (its buffers can be transferred), and a fresh packer state. */
	take(): PackedItems {
		const batch: PackedItems = {
			kinds: this.kinds.slice(0, this.items),
			others: this.others,
			texts: this.texts.join(''),
			fields: this.fields.join(''),
			lengths: this.lengths.slice(0, this.comments * STRINGS),
			numbers: this.numbers.slice(0, this.comments * 2)
		};
		this.others = [];
		this.texts = [];
		this.fields = [];
		this.items = 0;
		this.comments = 0;
		return batch;
	}
}

/** Calls `emit` with every item of a packed batch, in order. */
export function unpackItems(b: PackedItems, emit: (item: ParsedItem) => void): void {
	const { texts, fields, lengths, numbers } = b;
	let textAt = 0;
	let fieldAt = 0;
	let other = 0;
	let k = 0;
	let n = 0;
	const field = (): string | null => {
		const len = lengths[k++];
		if (len < 0) return null;
		return fields.slice(fieldAt, (fieldAt += len));
	};
	for (let i = 0; i < b.kinds.length; i++) {
		if (b.kinds[i] === OTHER) {
			emit(b.others[other++]);
			continue;
		}
		const len = lengths[k++];
		const text = texts.slice(textAt, (textAt += len));
		const comment: CommentRecord = {
			articleExternalId: field()!,
			externalId: field()!,
			parentExternalId: field(),
			authorHandle: field(),
			authorName: field(),
			text,
			createdAt: field(),
			status: (field() ?? undefined) as CommentRecord['status'],
			type: (field() ?? undefined) as CommentRecord['type'],
			score: Number.isNaN(numbers[n]) ? null : numbers[n],
			position: Number.isNaN(numbers[n + 1]) ? null : numbers[n + 1]
		};
		n += 2;
		emit({ kind: 'comment', comment, at: '' });
	}
}
