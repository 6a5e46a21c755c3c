// JSON.parse failures described as file positions (jsonFault.ts): the line and column of the fault
// in the file, and V8's reason without its quoted excerpt (which may span lines) or its offset.
import { describe, expect, it } from 'vitest';
import { faultOffset, invalidJsonLine, jsonFault } from '../../src/lib/ingest/jsonFault';

const fault = (text: string, line = 1, column = 1) => {
	try {
		JSON.parse(text);
	} catch (e) {
		return jsonFault(text, e, line, column);
	}
	throw new Error('valid JSON');
};

describe('jsonFault', () => {
	it.each([
		// V8 gives an offset: it becomes line and column.
		['{"a": 1 "b": 2}', 1, 1, { reason: "Expected ',' or '}' after property value", line: 1, column: 9 }],
		// V8 gives an excerpt of the input, here over two lines, and no offset: found by scanning.
		['{"a":\n tru}', 1, 1, { reason: "Unexpected token '}'", line: 2, column: 5 }],
		['[1,\n2,\n]', 1, 1, { reason: "Unexpected token ']'", line: 3, column: 1 }],
		// A record that starts at line 40, column 3 of its file.
		['{"a": "\\q"}', 40, 3, { reason: 'Bad escaped character', line: 40, column: 11 }],
		['{"a":\n"x\\u12"}', 40, 3, { reason: 'Bad Unicode escape', line: 41, column: 7 }],
		['', 7, 1, { reason: 'Unexpected end of JSON input', line: 7, column: 1 }],
		['{"a": 1}x', 1, 1, { reason: 'Unexpected non-whitespace character after JSON', line: 1, column: 9 }]
	])('%j at %i:%i', (text, line, column, expected) => {
		expect(fault(text, line, column)).toEqual(expected);
	});

	it('an NDJSON line: one line naming the column', () => {
		let reason = '';
		try {
			JSON.parse('not json');
		} catch (e) {
			reason = invalidJsonLine('not json', e);
		}
		expect(reason).toBe("invalid JSON at column 2: Unexpected token 'o'");
	});

	it.each([
		['[1, 2, {"a": [true, false, null, -1.5e3, "s\\n"]}]', 49],
		['[1, 2', 5],
		['{"a" 1}', 5],
		['[01]', 2],
		['"\u0001"', 1],
		['[1,]', 3],
		['nul', 3]
	])('the first offset where %j stops being JSON is %i (its length when valid)', (text, offset) => {
		expect(faultOffset(text)).toBe(offset);
	});
});
