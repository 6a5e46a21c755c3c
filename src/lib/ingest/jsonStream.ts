// A JSON document read as a stream of records, so a 2 GB array never sits in memory at once.
// Recognised shapes: [record, ...]; {"articles": [...], "comments": [...], other members};
// or one object (an article with its comments). Each record is handed over as its own text
// with the line it starts on; JSON.parse validates it.
import { UnreadableInput } from './items';
import { jsonFault } from './jsonFault';

export interface JsonSink {
	/** A record from the root array or a container array ("articles"/"comments"); `container` names which. */
	record(text: string, line: number, column: number, container: string | null): void;
	/** A root-object member that is not a record container (e.g. "source"), or the root object itself. */
	member(key: string, text: string, line: number, column: number): void;
}

const CONTAINERS = new Set(['articles', 'comments']);
const WS = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

interface Capture {
	kind: 'compound' | 'string' | 'primitive';
	/** Bracket depth outside the value; a compound value ends when depth returns here. */
	depth: number;
	line: number;
	/** 1-based column of the value's first character. */
	column: number;
	pieces: string[];
}

/** Structural scanner: strings and bracket depth only; JSON.parse checks each captured value. */
export class JsonRecordSplitter {
	private line = 1;
	private col = 0;
	private depth = 0;
	private inString = false;
	private escape = false;
	private root: '[' | '{' | null = null;
	private expect: 'root' | 'key' | 'colon' | 'value' | 'sep' | 'end' = 'root';
	private key = '';
	private keyText: string[] | null = null;
	private capture: Capture | null = null;
	private container: string | null = null;
	/** A value must follow (after a comma): a closing bracket here would be a trailing comma. */
	private afterComma = false;

	constructor(
		private name: string,
		private sink: JsonSink
	) {}

	private fail(reason: string): never {
		throw new UnreadableInput(`${this.name}:${this.line}:${this.col + 1}`, reason);
	}

	private get inArray(): boolean {
		return (this.root === '[' && this.depth === 1) || (this.container !== null && this.depth === 2);
	}

	push(chunk: string): void {
		let from = 0;
		for (let i = 0; i < chunk.length; i++) {
			const c = chunk.charCodeAt(i);
			const cap = this.capture;
			if (this.inString) {
				if (this.escape) this.escape = false;
				else if (c === 92) this.escape = true;
				else if (c === 34) {
					this.inString = false;
					if (this.keyText) {
						this.keyText.push(chunk.slice(from, i + 1));
						this.key = this.parseKey(this.keyText.join(''));
						this.keyText = null;
						this.expect = 'colon';
					} else if (cap?.kind === 'string') {
						cap.pieces.push(chunk.slice(from, i + 1));
						this.finishValue();
					}
				} else if (c < 32 && c !== 9) this.fail('control character in a string');
			} else if (cap?.kind === 'compound') {
				if (c === 34) this.inString = true;
				else if (c === 123 || c === 91) this.depth++;
				else if (c === 125 || c === 93) {
					if (--this.depth === cap.depth) {
						cap.pieces.push(chunk.slice(from, i + 1));
						this.finishValue();
					}
				}
			} else {
				if (cap?.kind === 'primitive') {
					if (!(c === 44 || c === 93 || c === 125 || WS(c))) {
						this.advance(c);
						continue;
					}
					cap.pieces.push(chunk.slice(from, i));
					this.finishValue();
				}
				this.structural(c);
				if (this.capture || this.keyText) from = i;
			}
			this.advance(c);
		}
		if (this.capture) this.capture.pieces.push(chunk.slice(from));
		else if (this.keyText) this.keyText.push(chunk.slice(from));
	}

	/** A member name; a bad escape in it makes the document unreadable, at the name's line. */
	private parseKey(text: string): string {
		try {
			return JSON.parse(text) as string;
		} catch (e) {
			const f = jsonFault(text, e, this.line, 1);
			throw new UnreadableInput(`${this.name}:${this.line}`, `invalid JSON in a member name: ${f.reason}`);
		}
	}

	private advance(c: number) {
		if (c === 10) {
			this.line++;
			this.col = 0;
		} else this.col++;
	}

	/** One character outside any captured value: brackets of the document's skeleton, keys, separators. */
	private structural(c: number) {
		if (WS(c)) return;
		const ch = String.fromCharCode(c);
		switch (this.expect) {
			case 'root':
				if (c !== 91 && c !== 123) this.fail(`expected "[" or "{" at the start of a JSON document, found "${ch}"`);
				this.root = c === 91 ? '[' : '{';
				this.depth = 1;
				this.expect = c === 91 ? 'value' : 'key';
				return;
			case 'key':
				if (c === 34) {
					this.inString = true;
					this.keyText = [];
					this.afterComma = false;
				} else if (c === 125 && !this.afterComma && this.root === '{' && this.depth === 1 && !this.container) this.close();
				else this.fail(`expected a member name, found "${ch}"`);
				return;
			case 'colon':
				if (c !== 58) this.fail(`expected ":", found "${ch}"`);
				this.expect = 'value';
				return;
			case 'value':
				if (c === 91 && this.root === '{' && this.depth === 1 && CONTAINERS.has(this.key)) {
					this.container = this.key;
					this.depth = 2;
					this.afterComma = false;
				} else if (c === 93 && this.inArray && !this.afterComma) this.close();
				else if (c === 123 || c === 91) {
					this.capture = { kind: 'compound', depth: this.depth, line: this.line, column: this.col + 1, pieces: [] };
					this.depth++;
				} else if (c === 34) {
					this.capture = { kind: 'string', depth: this.depth, line: this.line, column: this.col + 1, pieces: [] };
					this.inString = true;
				} else if (c === 44 || c === 58 || c === 125 || c === 93) this.fail(`expected a value, found "${ch}"`);
				else this.capture = { kind: 'primitive', depth: this.depth, line: this.line, column: this.col + 1, pieces: [] };
				return;
			case 'sep':
				if (c === 44) {
					this.expect = this.inArray ? 'value' : 'key';
					this.afterComma = true;
				}
				else if (c === 93 && this.inArray) this.close();
				else if (c === 125 && this.root === '{' && this.depth === 1 && !this.container) this.close();
				else this.fail(`expected "," or a closing bracket, found "${ch}"`);
				return;
			case 'end':
				this.fail('text after the end of the JSON document');
		}
	}

	private close() {
		if (this.container) {
			this.container = null;
			this.depth = 1;
			this.expect = 'sep';
		} else {
			this.depth = 0;
			this.expect = 'end';
		}
	}

	end(): void {
		if (this.capture?.kind === 'primitive') this.finishValue();
		if (this.root === null) this.fail('empty input: no JSON document');
		if (this.inString || this.capture || this.expect !== 'end') this.fail('the JSON document ends before it is closed');
	}

	private finishValue() {
		const cap = this.capture!;
		this.capture = null;
		this.afterComma = false;
		this.expect = 'sep';
		const text = cap.pieces.join('');
		if (this.root === '[' || this.container) this.sink.record(text, cap.line, cap.column, this.container);
		else this.sink.member(this.key, text, cap.line, cap.column);
	}
}
