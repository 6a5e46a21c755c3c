// One line of the `murmur analyze` contract: {"id","text","target"?} in, the Analysis out with
// the id first, or {"id","error"} for a line that is not a valid request.
import type { Analysis } from '../types';
import { analyze } from './analyze';

export type AnalyzeOutput = ({ id: unknown } & Analysis) | { id: unknown; error: string };

export interface LineOptions {
	/** Finds topics in the text itself (`--topics`: articleTopics, loaded only then). */
	topicsOf?: (text: string) => string[];
	fallbackLang?: string;
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
		topics: opts.topicsOf ? opts.topicsOf(text) : a.topics
	};
}
