// What a format parser hands to the orchestrator. Parsers are pure: text in, items out through
// a synchronous emit, so the writer can apply batches as they fill without an async hop per record.
import type { IngestItem, Position } from '../types';

export const FORMATS = ['page', 'json', 'ndjson', 'csv', 'tsv', 'disqus', 'wxr', 'reddit', 'coral'] as const;
export type FormatName = (typeof FORMATS)[number];

export type ParsedItem =
	| IngestItem
	/** The source's own name for itself (Disqus forum, WordPress site): the default namespace. */
	| { kind: 'namespace'; namespace: string }
	/** Something the user should know that is not a rejected record (orphans, charset guesses). */
	| { kind: 'warning'; at: Position; message: string };

export type Emit = (item: ParsedItem) => void;

/** A text stream with where it came from, for positions in messages. */
export interface TextInput {
	/** Name used in positions: the file's base name, or "stdin". */
	name: string;
	/** The start of the text (up to 64 KB), already read for detection; `chunks` still yields it. */
	head: string;
	chunks: AsyncIterable<string>;
}

/** A TextInput over a string, for tests and for stdin pasted in full. */
export function textInput(name: string, text: string): TextInput {
	return {
		name,
		head: text.slice(0, 65536),
		chunks: (async function* () {
			yield text;
		})()
	};
}

/**
 * Whole-document formats cannot know they are well formed until the end, so the orchestrator writes
 * them in one transaction ('file'). Line formats reject bad records one by one ('record').
 */
export type FaultUnit = 'file' | 'record';

/**
 * A reason as one short line: messages quote input (V8's JSON errors include a snippet), and input
 * may hold newlines or be huge.
 */
export function oneLine(reason: string, max = 300): string {
	const s = reason.replace(/\r?\n/g, '\\n').replace(/[\u0000-\u001f\u2028\u2029]/g, ' ');
	return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

/** A file that cannot be read at all; `at` names the file and the position ("a.xml:3:14"). */
export class UnreadableInput extends Error {
	readonly reason: string;
	constructor(
		readonly at: Position,
		reason: string
	) {
		super(`${at}: ${oneLine(reason)}`);
		this.reason = oneLine(reason);
	}
}

/** Shorthand for the reject item a parser emits for one bad record. */
export function reject(at: Position, reason: string, raw?: string): IngestItem {
	const why = oneLine(reason);
	return raw === undefined ? { kind: 'reject', at, reason: why } : { kind: 'reject', at, reason: why, raw: raw.slice(0, 2000) };
}
