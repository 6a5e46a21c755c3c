// Canonical JSON documents and NDJSON (one canonical record per line). See schema/murmur.schema.json.
import type { Emit, TextInput } from '../items';
import { UnreadableInput, reject } from '../items';
import { emitCanonical } from '../canonical';
import { JsonRecordSplitter } from '../jsonStream';
import { eachLine } from '../lines';
import { invalidJsonLine, jsonFault } from '../jsonFault';

const DOCUMENT_KEYS = new Set(['source', '$schema', 'version', 'murmur', 'articles', 'comments']);

/** One value of a document; a fault makes the file unreadable, named by the line and column it is on. */
function parseOrFail(text: string, name: string, line: number, column: number): unknown {
	try {
		return JSON.parse(text);
	} catch (e) {
		const f = jsonFault(text, e, line, column);
		throw new UnreadableInput(`${name}:${f.line}:${f.column}`, `invalid JSON: ${f.reason}`);
	}
}

/**
 * A JSON document: an array of records, {"source", "articles": [...], "comments": [...]}, or a single
 * article object with its comments. Malformed JSON anywhere makes the whole file unreadable.
 */
export async function parseJsonDocument(input: TextInput, emit: Emit): Promise<void> {
	const root: Record<string, unknown> = {};
	// Comments inside a root object that name no article belong to that object, whose id may come later.
	const waiting: { value: unknown; at: string }[] = [];
	const splitter = new JsonRecordSplitter(input.name, {
		record(text, line, column, container) {
			const at = `${input.name}:${line}`;
			const value = parseOrFail(text, input.name, line, column);
			const o = value as Record<string, unknown>;
			if (container === 'comments' && o && typeof o === 'object' && o.article_id == null && o.article == null && o.thread_id == null)
				waiting.push({ value, at });
			else emitCanonical(value, at, emit, container);
		},
		member(key, text, line, column) {
			const at = `${input.name}:${line}`;
			root[key] = parseOrFail(text, input.name, line, column);
			if (key === 'source') {
				if (typeof root.source !== 'string' || !root.source) throw new UnreadableInput(at, '"source" must be a non-empty string');
				emit({ kind: 'namespace', namespace: root.source });
			}
		}
	});
	for await (const chunk of input.chunks) splitter.push(chunk);
	splitter.end();
	const articleKeys = Object.keys(root).filter((k) => !DOCUMENT_KEYS.has(k));
	if (articleKeys.length) {
		const ok = emitCanonical({ ...root, kind: 'article' }, `${input.name}:1`, emit);
		const articleId = String(root.id ?? root.article_id ?? root.url ?? '');
		for (const w of waiting) {
			if (ok) emitCanonical(w.value, w.at, emit, 'comments', articleId);
			else emit(reject(w.at, 'the article this comment belongs to was rejected'));
		}
	} else for (const w of waiting) emitCanonical(w.value, w.at, emit, 'comments');
}

/** NDJSON: one canonical record per line; a bad line is rejected with its line number. */
export async function parseNdjson(input: TextInput, emit: Emit): Promise<void> {
	await eachLine(input.chunks, (line, no) => {
		if (!line.trim()) return;
		const at = `${input.name}:${no}`;
		let value: unknown;
		try {
			value = JSON.parse(line);
		} catch (e) {
			emit(reject(at, invalidJsonLine(line, e), line));
			return;
		}
		emitCanonical(value, at, emit);
	});
}
