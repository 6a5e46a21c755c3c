// Streaming XML for the export formats: saxes reads the document; elements that make up one record
// (a Disqus <post>, a WXR <item>) are gathered into a small tree and handed over whole, so memory
// holds one record at a time. Malformed XML stops the file with its line and column.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { TextInput } from './items';
import { UnreadableInput } from './items';
import { HTML_ENTITIES } from './html';

export interface XmlElement {
	/** Local name (no prefix). */
	name: string;
	uri: string;
	/** Attributes by local name. */
	attrs: Record<string, string>;
	children: XmlElement[];
	/** Text and CDATA directly inside this element, concatenated. */
	text: string;
	/** "file.xml:12:5": where the element's start tag is. */
	at: string;
}

/** The first child with this local name. */
export const child = (el: XmlElement, name: string) => el.children.find((c) => c.name === name);
/** The trimmed text of the first child with this local name, '' if absent. */
export const childText = (el: XmlElement, name: string) => child(el, name)?.text.trim() ?? '';

export interface XmlRecordSpec {
	/** The root element's local name the format requires ("disqus", "rss"). */
	root: string;
	/** True for an element (given the local names from the root down) that is gathered as a record. */
	isRecord(path: readonly string[]): boolean;
	onRecord(el: XmlElement, path: readonly string[]): void;
}

export async function streamXmlRecords(input: TextInput, spec: XmlRecordSpec): Promise<void> {
	const parser = new SaxesParser({ xmlns: true, position: true, fileName: input.name });
	// HTML entities (&nbsp;) are undefined in XML, yet common in exports; reading them is kinder than refusing the file.
	Object.assign(parser.ENTITIES, HTML_ENTITIES);
	const path: string[] = [];
	const stack: XmlElement[] = [];
	let started = { line: 1, column: 0 };
	let error: UnreadableInput | null = null;
	parser.on('error', (e) => {
		const m = /^(?:.*?):(\d+):(\d+): (.*)$/s.exec(e.message);
		error ??= m ? new UnreadableInput(`${input.name}:${m[1]}:${m[2]}`, m[3]) : new UnreadableInput(`${input.name}:${parser.line}:${parser.column + 1}`, e.message);
		throw error;
	});
	parser.on('opentagstart', (tag) => {
		// saxes reports the start once the name has ended, one character past it.
		started = { line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1) };
	});
	parser.on('opentag', (tag: SaxesTagNS) => {
		const at = `${input.name}:${started.line}:${started.column}`;
		if (path.length === 0 && tag.local !== spec.root)
			throw new UnreadableInput(at, `expected a <${spec.root}> document, found <${tag.name}>`);
		path.push(tag.local);
		if (stack.length || spec.isRecord(path)) {
			const attrs: Record<string, string> = {};
			for (const a of Object.values(tag.attributes)) attrs[a.local] = a.value;
			const el: XmlElement = { name: tag.local, uri: tag.uri, attrs, children: [], text: '', at };
			stack.at(-1)?.children.push(el);
			stack.push(el);
		}
	});
	const onText = (t: string) => {
		const top = stack.at(-1);
		if (top) top.text += t;
	};
	parser.on('text', onText);
	parser.on('cdata', onText);
	parser.on('closetag', () => {
		if (stack.length) {
			const el = stack.pop()!;
			if (!stack.length) spec.onRecord(el, path);
		}
		path.pop();
	});
	try {
		for await (const chunk of input.chunks) parser.write(chunk);
		parser.close();
	} catch (e) {
		throw error ?? e;
	}
}
