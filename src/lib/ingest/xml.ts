// Streaming XML for the export formats: saxes reads the document; elements that make up one record
// (a Disqus <post>, a WXR <item>) are gathered into a small tree and handed over whole, so memory
// holds one record at a time. Malformed XML stops the file with its line and column.
//
// Namespaces are resolved here, not by saxes: exports declare them on the root, and saxes's own
// resolution walks the open-element stack for every tag, which is quadratic on deeply nested
// markup (a hostile <b><b><b>... message). Prefixes map to the URI they were last declared with.
import { SaxesParser, type SaxesTag } from 'saxes';
import type { TextInput } from './items';
import { UnreadableInput } from './items';
import { HTML_ENTITIES } from './html';

export interface XmlElement {
	/** Local name (no prefix). */
	name: string;
	/** Namespace URI of the prefix ('' when none is declared). */
	uri: string;
	/** Attributes by local name. */
	attrs: Record<string, string>;
	/** Text and child elements in document order. */
	nodes: (string | XmlElement)[];
	children: XmlElement[];
	/** The element's own text (not its descendants'), set when the element closes. */
	text: string;
	/** "file.xml:12:5": where the element's start tag is. */
	at: string;
}

/** The first child with this local name. */
export const child = (el: XmlElement, name: string) => el.children.find((c) => c.name === name);
/** The trimmed text of the first child with this local name, '' if absent. */
export const childText = (el: XmlElement, name: string) => child(el, name)?.text.trim() ?? '';

/**
 * The element's content as HTML source: its text (which in exports already is HTML source, whether
 * CDATA or entity-escaped) plus any child elements written back as tags, for a message whose HTML
 * was not wrapped in CDATA. Iterative, so markup nested 100,000 deep does not exhaust the stack.
 */
export function innerMarkup(el: XmlElement): string {
	const out: string[] = [];
	const stack: (string | XmlElement | { close: string })[] = [...el.nodes].reverse();
	while (stack.length) {
		const n = stack.pop()!;
		if (typeof n === 'string') out.push(n);
		else if ('close' in n) out.push(`</${n.close}>`);
		else {
			out.push(`<${n.name}>`);
			stack.push({ close: n.name });
			for (let i = n.nodes.length - 1; i >= 0; i--) stack.push(n.nodes[i]);
		}
	}
	return out.join('');
}

export interface XmlRecordSpec {
	/** The root element's local name the format requires ("disqus", "rss"). */
	root: string;
	/** True for an element (given the local names from the root down) that is gathered as a record. */
	isRecord(path: readonly string[]): boolean;
	onRecord(el: XmlElement, path: readonly string[]): void;
}

const split = (qname: string): [string, string] => {
	const i = qname.indexOf(':');
	return i < 0 ? ['', qname] : [qname.slice(0, i), qname.slice(i + 1)];
};

export async function streamXmlRecords(input: TextInput, spec: XmlRecordSpec): Promise<void> {
	const parser = new SaxesParser({ xmlns: false, position: true, fileName: input.name });
	// HTML entities (&nbsp;) are undefined in XML, yet common in exports; reading them is kinder than refusing the file.
	Object.assign(parser.ENTITIES, HTML_ENTITIES);
	const namespaces = new Map<string, string>();
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
	parser.on('opentag', (tag: SaxesTag) => {
		const at = `${input.name}:${started.line}:${started.column}`;
		const attrs: Record<string, string> = {};
		for (const [qname, value] of Object.entries(tag.attributes as Record<string, string>)) {
			if (qname === 'xmlns') namespaces.set('', value);
			else if (qname.startsWith('xmlns:')) namespaces.set(qname.slice(6), value);
			else attrs[split(qname)[1]] = value;
		}
		const [prefix, local] = split(tag.name);
		if (path.length === 0 && local !== spec.root) throw new UnreadableInput(at, `expected a <${spec.root}> document, found <${tag.name}>`);
		path.push(local);
		if (stack.length || spec.isRecord(path)) {
			const el: XmlElement = { name: local, uri: namespaces.get(prefix) ?? '', attrs, nodes: [], children: [], text: '', at };
			const parent = stack.at(-1);
			if (parent) {
				parent.nodes.push(el);
				parent.children.push(el);
			}
			stack.push(el);
		}
	});
	const onText = (t: string) => {
		stack.at(-1)?.nodes.push(t);
	};
	parser.on('text', onText);
	parser.on('cdata', onText);
	parser.on('closetag', () => {
		if (stack.length) {
			const el = stack.pop()!;
			el.text = el.nodes.filter((n): n is string => typeof n === 'string').join('');
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
