// `npm run bench [-- --comments N] [-- only...]`: runs each benchmark module in turn, prints a
// markdown table of its figures and writes them all to bench/results.json.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import os from 'node:os';

type Figures = Record<string, unknown>;
const suites: { name: string; file: string; fn: string }[] = [
	{ name: 'demo', file: './demo.ts', fn: 'runDemoBench' },
	{ name: 'ingest', file: './ingest.ts', fn: 'runIngestBench' },
	{ name: 'tag', file: './tag.ts', fn: 'runTagBench' },
	{ name: 'coordination', file: './coordination.ts', fn: 'runCoordinationBench' },
	{ name: 'api', file: './api.ts', fn: 'runApiBench' },
	{ name: 'export', file: './export.ts', fn: 'runExportBench' }
];

function table(figures: Figures): string {
	const rows = Object.entries(figures).map(([k, v]) => `| ${k} | ${typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 2 }) : JSON.stringify(v)} |`);
	return ['| figure | value |', '|---|---|', ...rows].join('\n');
}

export async function main(argv: string[]): Promise<number> {
	const { values, positionals } = parseArgs({ args: argv, options: { comments: { type: 'string' }, db: { type: 'string' } }, allowPositionals: true });
	const comments = Number(values.comments ?? 200_000);
	const results: Record<string, Figures> = {};
	console.log(`# murmur bench: ${comments.toLocaleString('en-US')} comments, ${os.cpus().length} cores, ${os.cpus()[0]?.model}, Node ${process.version}\n`);
	for (const s of suites) {
		if (positionals.length && !positionals.includes(s.name)) continue;
		let mod: Record<string, (o: Record<string, unknown>) => Promise<Figures>>;
		try {
			mod = await import(s.file);
		} catch {
			console.log(`## ${s.name}\n\nnot available yet\n`);
			continue;
		}
		console.log(`## ${s.name}\n`);
		try {
			const figures = await mod[s.fn]({ comments, dbPath: values.db });
			results[s.name] = figures;
			console.log(table(figures) + '\n');
		} catch (e) {
			console.error(`bench ${s.name} failed: ${(e as Error).stack}`);
			results[s.name] = { error: (e as Error).message };
		}
	}
	writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify({ comments, machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version }, at: new Date().toISOString(), results }, null, 2) + '\n');
	return 0;
}
