// The command registry. `murmur --help` needs only each command's name and one-line summary, so
// those live here and a command's module (with everything it imports: parsers, the NLP models,
// the export writers, the dashboard server) is loaded only when that command runs or shows its
// own --help. Importing every command up front cost the CLI ~40 MB and a noticeable start.
// tests/foundation/cli-registry.test.ts checks each summary against its module's.
import type { Command } from '../command';

export interface CommandEntry {
	name: string;
	summary: string;
	load(): Promise<Command>;
}

// Order is the order of `murmur --help`.
export const commands: CommandEntry[] = [
	{ name: 'ingest', summary: 'import articles and comments from files (page, json, csv, disqus, wxr, reddit, coral)', load: async () => (await import('./ingest')).ingest },
	{ name: 'tag', summary: 'tag every comment: sentiment, stance, emoji, topics, language', load: async () => (await import('./tag')).tag },
	{ name: 'analyze', summary: 'analyse NDJSON texts from stdin or a file, no database needed', load: async () => (await import('./analyze')).analyzeCommand },
	{ name: 'targets', summary: 'list, add or remove stance targets', load: async () => (await import('./targets')).targets },
	{ name: 'coordination', summary: 'find near-duplicate, templated and bursty commenting', load: async () => (await import('./coordination')).coordination },
	{ name: 'export', summary: 'export the filtered comments as csv, tsv, json, ndjson, parquet or xlsx', load: async () => (await import('./export')).exportCommand },
	{ name: 'refresh', summary: "rebuild the dashboard's rollups (and comment_facts) from the corpus", load: async () => (await import('./refresh')).refresh },
	{ name: 'stats', summary: 'count articles, comments, authors and tagged comments', load: async () => (await import('./stats')).stats },
	{ name: 'demo', summary: 'generate and load the demo corpus (deterministic)', load: async () => (await import('./demo')).demo },
	{ name: 'serve', summary: 'serve the dashboard (read-only) on http://127.0.0.1:3000', load: async () => (await import('./serve')).serve }
];
