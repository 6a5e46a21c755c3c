import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from '../command';
import { UsageError } from '../command';
import { analyzeLine } from '../../lib/nlp/ndjson';
import { NLP_VERSION } from '../../lib/nlp/analyze';
import { loadArticleTopics } from '../../lib/tagging/tagger';

const HELP = `Usage: murmur analyze [--in FILE] [--topics] [--lang CODE]

Analyses texts without a database. Reads NDJSON from FILE or standard input, one object per line:
  {"id": <any JSON value>, "text": "...", "target": "optional stance target"}
and writes one NDJSON line per input line, in input order, to standard output:
  {"id", "lang", "sentiment": {"score", "label", "evidence"}, "emoji": [{"emoji", "name", "count"}],
   "stance": {"target", "label", "confidence", "evidence"}, "topics": [...]}

  lang        ISO 639-1 code ("en", "de", ...), "und" for an unidentified non-Latin script
  sentiment   score -1..1; label positive | neutral | negative, or unscored for non-English text;
              evidence: [{"token", "weight", "modifiers"?, "start", "end"}], the words, emoticons,
              emoji and punctuation that moved the score (offsets in UTF-16 code units, end exclusive;
              modifiers: negated, intensified, diminished, caps, elongated, contrast, before contrast,
              emoji, emoticon, exclamation, sarcasm)
  emoji       every emoji sequence once with its Unicode name and count, fully qualified
  stance      toward "target" (matched by its name, case-insensitive, plurals and possessives too):
              favor | against | neutral (names it, takes no side) | none (not about it, or no target),
              confidence 0..1, evidence: [{"cue", "effect", "start", "end"}]
  topics      [] unless --topics

A line that is not a JSON object with a string "text" gives {"id", "error"} in its place. Blank
lines are skipped. Exit status 1 if any line had an error.

Options:
  --in FILE     read FILE instead of standard input
  --topics      also list people, places, organisations and key phrases in each text (compromise;
                slower: a few hundred texts/s)
  --lang CODE   language assumed for texts too short to tell (default en)

Analyser version: ${NLP_VERSION}
`;

export const analyzeCommand: Command = {
	name: 'analyze',
	summary: 'analyse NDJSON texts from stdin or a file, no database needed',
	help: HELP,
	options: { in: { type: 'string' }, topics: { type: 'boolean' }, lang: { type: 'string' } },
	async run(values, _pos, ctx) {
		const file = values.in as string | undefined;
		if (file !== undefined && !existsSync(file)) throw new UsageError(`--in: no such file: ${file}`);
		const input = file === undefined || file === '-' ? process.stdin : createReadStream(file);
		// Load before reading: lines that readline emits before the loop starts would be lost.
		let topicsOf: ((text: string) => string[]) | undefined;
		if (values.topics) {
			const { articleTopics } = await loadArticleTopics();
			topicsOf = (text) => articleTopics(null, text, 20).map((t) => t.name);
		}
		const lines = createInterface({ input, crlfDelay: Infinity });
		const opts = { topicsOf, fallbackLang: typeof values.lang === 'string' ? values.lang : 'en' };
		const name = file ?? 'stdin';
		let n = 0;
		let errors = 0;
		let buffer: string[] = [];
		const flush = async () => {
			if (!buffer.length) return;
			const chunk = buffer.join('');
			buffer = [];
			if (!ctx.out.write(chunk)) await new Promise((r) => ctx.out.once('drain', r));
		};
		for await (const line of lines) {
			n++;
			if (!line.trim()) continue;
			const out = analyzeLine(line, opts);
			if ('error' in out) {
				errors++;
				ctx.err.write(`murmur analyze: ${name}:${n}: ${out.error}\n`);
			}
			buffer.push(JSON.stringify(out) + '\n');
			if (buffer.length >= 256) await flush();
		}
		await flush();
		return errors ? 1 : 0;
	}
};
