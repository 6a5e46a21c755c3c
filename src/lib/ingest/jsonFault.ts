// Where JSON.parse failed, said for people: V8's messages give a character offset into the parsed
// text ("in JSON at position 41"), or none at all but a quoted excerpt of the input, which may run
// over several lines ('Unexpected token }, "{"a":\n}" is not valid JSON'). Positions in murmur are
// file:line(:column), so the offset is found (by a small validator when V8 does not say) and
// turned into a line and column of the file, and the reason keeps only V8's first clause.

export interface JsonFault {
	/** V8's reason without the excerpt and the offset: "Expected ',' or '}' after property value". */
	reason: string;
	/** 1-based line and column of the fault in the file (UTF-16 code units, as the text was read). */
	line: number;
	column: number;
}

/**
 * Describes `error`, thrown by JSON.parse(text), where `text` starts in the file at `line`, `column`.
 */
export function jsonFault(text: string, error: unknown, line = 1, column = 1): JsonFault {
	const message = error instanceof Error ? error.message : String(error);
	const stated = /at position (\d+)/.exec(message);
	const offset = stated ? Math.min(Number(stated[1]), text.length) : faultOffset(text);
	let l = line;
	let lineStart = -1;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		l++;
		lineStart = i;
	}
	return { reason: reasonOf(message), line: l, column: lineStart === -1 ? column + offset : offset - lineStart };
}

/** The reason for rejecting one line of NDJSON that JSON.parse refused: its record is the line. */
export function invalidJsonLine(line: string, error: unknown): string {
	const f = jsonFault(line, error);
	return `invalid JSON at column ${f.column}: ${f.reason}`;
}

function reasonOf(message: string): string {
	const reason = message
		.replace(/,\s*(\.\.\.)?"[\s\S]*"(\.\.\.)?\s+is not valid JSON\s*$/, '')
		.replace(/\s+in JSON at position \d+[\s\S]*$/, '')
		.replace(/\s+at position \d+[\s\S]*$/, '')
		.trim();
	return reason || 'not valid JSON';
}

const WS = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]{4}$/;
const LITERALS = ['true', 'false', 'null'];

/**
 * The offset of the first character where `s` stops being JSON (s.length when it ends too soon),
 * or s.length when it is valid. Iterative, so any nesting depth is fine.
 */
export function faultOffset(s: string): number {
	const stack: string[] = [];
	let i = 0;
	let state: 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'after' = 'value';
	const skip = () => {
		while (i < s.length && WS.has(s[i])) i++;
	};
	/** Consumes the string that starts at s[i]; false at a fault, with i on it. */
	const string = (): boolean => {
		for (i++; i < s.length; i++) {
			const c = s[i];
			if (c === '"') {
				i++;
				return true;
			}
			if (c.charCodeAt(0) < 32) return false;
			if (c === '\\') {
				i++;
				if (s[i] === 'u' && HEX.test(s.slice(i + 1, i + 5))) i += 4;
				else if (!ESCAPES.has(s[i])) return false;
			}
		}
		return false;
	};
	const number = (): boolean => {
		const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(s.slice(i, i + 400));
		if (!m || !m[0] || m[0] === '-') return false;
		i += m[0].length;
		return true;
	};
	for (;;) {
		skip();
		if (i >= s.length) return s.length;
		const c = s[i];
		switch (state) {
			case 'valueOrClose':
				if (c === ']') {
					stack.pop();
					i++;
					state = 'after';
					continue;
				}
			// falls through
			case 'value':
				if (c === '{' || c === '[') {
					stack.push(c);
					i++;
					state = c === '{' ? 'keyOrClose' : 'valueOrClose';
				} else if (c === '"') {
					if (!string()) return i;
					state = 'after';
				} else if (c === '-' || (c >= '0' && c <= '9')) {
					if (!number()) return i;
					state = 'after';
				} else {
					const word = LITERALS.find((w) => w[0] === c);
					if (!word) return i;
					for (const ch of word) if (s[i++] !== ch) return i - 1;
					state = 'after';
				}
				continue;
			case 'keyOrClose':
				if (c === '}') {
					stack.pop();
					i++;
					state = 'after';
					continue;
				}
			// falls through
			case 'key':
				if (c !== '"' || !string()) return i;
				state = 'colon';
				continue;
			case 'colon':
				if (c !== ':') return i;
				i++;
				state = 'value';
				continue;
			case 'after': {
				const top = stack[stack.length - 1];
				if (!top) return i;
				if (c === ',') state = top === '{' ? 'key' : 'value';
				else if ((c === '}' && top === '{') || (c === ']' && top === '[')) stack.pop();
				else return i;
				i++;
				continue;
			}
		}
	}
}
