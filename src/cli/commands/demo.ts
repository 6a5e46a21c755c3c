import type { Command } from '../command';
import { intOption, UsageError } from '../command';
import { openForWrite } from '../../lib/server/db/open';
import { loadDemo, DemoMismatch, SAMPLE_PAGE, type DemoLoadReport } from '../../lib/demo/load.server';
import { DEFAULT_COMMENTS, DEFAULT_SEED } from '../../lib/demo/corpus';

const fmt = (n: number) => n.toLocaleString('en-US');

export const demo: Command = {
	name: 'demo',
	summary: 'generate and load the demo corpus (deterministic)',
	help: `Usage: murmur demo [--comments N] [--seed S] [--no-sample] [--json]

Generates a realistic, deterministic demo corpus and loads it into the database
(namespace "demo"): about 200 articles in 12 sections, each with a stance target
(Ceasefire deal, Carbon tax, Rent control, ...), over six months ending 2026-05-01;
reply threads up to depth 4 that burst in the first hours after publication;
positive, negative, neutral and mixed comments with negation, intensifiers, "but",
caps and emoji (skin tones, ZWJ sequences, flags); about 6% in es/de/fr/pt/it;
a long tail of authors; some deleted, spam and unapproved comments; and 4 planted
copy-paste campaigns by fresh accounts, recorded in demo_campaigns and
demo_campaign_comments so coordination precision and recall can be measured.
It also ingests the real pasted news page ${'data/samples/pasted-page.txt'}
(namespace "sample") and registers one stance target per section.

The same --comments and --seed always give byte-identical records, and running
the command again on the same database adds nothing. A database that already
holds a demo made with other options is refused (its campaign truth would not
match); use another --db.

Options:
  --comments N   comment records to generate (default ${fmt(DEFAULT_COMMENTS)}; 1,000,000 works)
  --seed S       any string or number (default ${DEFAULT_SEED})
  --no-sample    do not ingest the pasted page
  --json         print the summary as JSON: {"articles","comments","authors","tagged",
                 "campaigns", ...}; the first four equal \`murmur stats --json\`
`,
	options: { comments: { type: 'string' }, seed: { type: 'string' }, 'no-sample': { type: 'boolean' }, json: { type: 'boolean' } },
	async run(values, _pos, ctx) {
		const comments = intOption(values.comments, 'comments') ?? DEFAULT_COMMENTS;
		const seed = values.seed === undefined ? DEFAULT_SEED : String(values.seed);
		if (!seed.trim()) throw new UsageError('--seed must not be empty');
		const progress = progressLine(ctx.err, comments);
		const db = openForWrite(ctx.dbPath);
		let report: DemoLoadReport;
		try {
			report = await loadDemo(db, { comments, seed, samplePath: values['no-sample'] ? null : SAMPLE_PAGE, onProgress: progress.update });
		} catch (e) {
			progress.clear();
			if (e instanceof DemoMismatch) {
				ctx.err.write(`murmur demo: ${e.message}\n`);
				return 1;
			}
			throw e;
		} finally {
			db.close();
		}
		progress.done();
		const { totals, stats } = report;
		if (values.json) {
			ctx.out.write(
				JSON.stringify({
					articles: totals.articles,
					comments: totals.comments,
					authors: totals.authors,
					tagged: stats.tagged,
					campaigns: totals.campaigns,
					campaignComments: report.summary.campaignComments,
					seed: report.summary.seed,
					demo: { articles: report.summary.articles, comments: report.summary.comments, authors: report.summary.authors, byStatus: report.summary.byStatus },
					sample: report.sample,
					writes: report.writes,
					seconds: report.seconds
				}) + '\n'
			);
			return report.sample?.error ? 1 : 0;
		}
		ctx.out.write(summaryText(report, ctx.dbPath));
		if (report.sample?.error) ctx.err.write(`murmur demo: sample page not loaded: ${report.sample.error}\n`);
		return report.sample?.error ? 1 : 0;
	}
};

function summaryText(r: DemoLoadReport, dbPath: string): string {
	const s = r.summary;
	const lines = [`${dbPath}`, `  demo (seed ${s.seed}): ${fmt(s.articles)} articles, ${fmt(s.comments)} comments, ${fmt(s.authors)} authors`];
	const counts = (o: Record<string, number>) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${fmt(v)}`).join(', ');
	if (s.comments) lines.push(`    statuses: ${counts(s.byStatus)}`, `    languages: ${counts(s.byLanguage)}`);
	lines.push(
		s.campaigns
			? `    ${s.campaigns} planted campaigns, ${fmt(s.campaignComments)} copies: ${r.campaigns.map((c) => `${c.id} ${c.stance} ${c.target} (${c.size})`).join('; ')}`
			: '    no planted campaigns (they need at least 100 comments)'
	);
	if (r.sample) lines.push(`  sample page: ${fmt(r.sample.articles)} article, ${fmt(r.sample.comments)} comments, ${fmt(r.sample.authors)} authors`);
	const t = r.totals;
	const same = t.articles === r.stats.articles && t.comments === r.stats.comments && t.authors === r.stats.authors;
	lines.push(`  total: ${fmt(t.articles)} articles, ${fmt(t.comments)} comments, ${fmt(t.authors)} authors, ${t.campaigns} campaigns${same ? ' (= murmur stats)' : ''}`);
	if (!same) lines.push(`  the database also holds other data: murmur stats counts ${fmt(r.stats.articles)} articles, ${fmt(r.stats.comments)} comments, ${fmt(r.stats.authors)} authors`);
	const w = r.writes;
	const rate = s.comments / Math.max(r.seconds.generateAndWrite, 1e-3);
	lines.push(`  written: ${fmt(w.added)} added, ${fmt(w.updated)} updated, ${fmt(w.unchanged)} unchanged in ${r.seconds.total.toFixed(1)} s (${fmt(Math.round(rate))} comments/s generated and written)`);
	return lines.join('\n') + '\n';
}

/** "demo: 350,000 / 1,000,000 comments (35%)" on one rewritten line when stderr is a terminal. */
function progressLine(err: NodeJS.WritableStream, total: number) {
	const tty = Boolean((err as NodeJS.WriteStream).isTTY);
	const show = total >= (tty ? 20_000 : 200_000);
	const started = performance.now();
	let lastDecile = -1;
	let shown = false;
	return {
		update(done: number) {
			if (!show) return;
			const pct = Math.floor((done / Math.max(total, 1)) * 100);
			const rate = done / Math.max((performance.now() - started) / 1000, 1e-3);
			const line = `demo: ${fmt(done)} / ${fmt(total)} comments (${pct}%, ${fmt(Math.round(rate))}/s)`;
			if (tty) {
				err.write(`\r${line}\x1b[K`);
				shown = true;
			} else if (Math.floor(pct / 10) > lastDecile) {
				lastDecile = Math.floor(pct / 10);
				err.write(line + '\n');
			}
		},
		clear() {
			if (shown) err.write('\r\x1b[K');
			shown = false;
		},
		done() {
			if (shown) err.write('\n');
			shown = false;
		}
	};
}
