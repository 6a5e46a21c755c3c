// One line of the `murmur analyze` contract: {"id","text","target"?} in, the Analysis out with
// the id first, or {"id","error"} for a line that is not a valid request.
import nlp from 'compromise';
import type { Analysis } from '../types';
import { analyze } from './analyze';
import { canonicalTopic } from './topics';

export type AnalyzeOutput = ({ id: unknown } & Analysis) | { id: unknown; error: string };

export interface LineOptions {
	/** Find topics in the text itself with compromise (slow). */
	topics?: boolean;
	fallbackLang?: string;
}

function ownTopics(text: string): string[] {
	const doc = nlp(text);
	const out: string[] = [];
	for (const raw of doc.topics().out('array') as string[]) {
		const name = canonicalTopic(raw);
		if (name && !out.includes(name)) out.push(name);
	}
	return out;
}

export function analyzeLine(line: string, opts: LineOptions = {}): AnalyzeOutput {
	let req: unknown;
	try {
		req = JSON.parse(line);
	} catch (e) {
		return { id: null, error: `not JSON: ${(e as Error).message}` };
	}
	if (!req || typeof req !== 'object' || Array.isArray(req)) return { id: null, error: 'expected a JSON object' };
	const { id = null, text, target } = req as { id?: unknown; text?: unknown; target?: unknown };
	if (typeof text !== 'string') return { id, error: 'missing "text" (a string)' };
	if (target !== undefined && target !== null && typeof target !== 'string') return { id, error: '"target" must be a string' };
	const a = analyze(text, { target: target || null, fallbackLang: opts.fallbackLang });
	return {
		id,
		lang: a.lang,
		sentiment: a.sentiment,
		emoji: a.emoji,
		stance: a.stance,
		topics: opts.topics ? ownTopics(text) : a.topics
	};
}
