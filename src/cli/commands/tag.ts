import type { Command } from '../command';
import { databaseExists, intOption } from '../command';
import { openForWrite } from '../../lib/server/db/open';
import { refreshRollups } from '../../lib/server/db/rollups';
import { runCoordination } from '../../lib/coordination/run';
import { tagCorpus, defaultWorkers } from '../../lib/tagging/run';
import { tagProgress } from '../../lib/tagging/progress';
import { NLP_VERSION } from '../../lib/nlp/analyze';

const HELP = `Usage: murmur tag [--workers N] [--force] [--no-coordination] [--lang CODE] [--quiet]

Tags every comment that has no tags yet, tags from an older analyser version, or was edited
since it was tagged: language, sentiment with its evidence, stance toward a target, emoji and
topics. Articles get their topics (people, places, organisations, key phrases) in the same pass,
first, so comments can be matched against the corpus's topic vocabulary.

A comment's stance target is the first configured target (\`murmur targets\`) that the comment
names, else the one its article names, else the article's main topic. Changing the targets makes
the next run re-tag everything.

Work is split over worker threads in batches; each batch is written in one transaction, so an
interrupted run (even kill -9) keeps what it wrote and the next run finishes the rest.
Afterwards the dashboard rollups are refreshed and coordination detection is re-run.

Options:
  --workers N         worker threads (default: one per core, here ${defaultWorkers()}); 0 runs in this thread
  --force             re-tag everything, not only stale rows (resumable too)
  --batch N           comments per batch (default 2000)
  --lang CODE         language assumed for texts too short to tell (default en)
  --no-coordination   skip coordination detection afterwards
  --quiet             no progress output

Analyser version: ${NLP_VERSION}
`;

export const tag: Command = {
	name: 'tag',
	summary: 'tag every comment: sentiment, stance, emoji, topics, language',
	help: HELP,
	options: {
		workers: { type: 'string' },
		force: { type: 'boolean' },
		batch: { type: 'string' },
		lang: { type: 'string' },
		'no-coordination': { type: 'boolean' },
		quiet: { type: 'boolean' }
	},
	async run(values, _pos, ctx) {
		const workers = intOption(values.workers, 'workers', 0);
		const batchSize = intOption(values.batch, 'batch', 1);
		if (!databaseExists('tag', ctx)) return 1;
		const db = openForWrite(ctx.dbPath);
		const progress = tagProgress(ctx.err, !values.quiet);
		try {
			const s = await tagCorpus(db, {
				workers,
				batchSize,
				force: !!values.force,
				fallbackLang: typeof values.lang === 'string' ? values.lang : undefined,
				onProgress: (p) => progress.update(p)
			});
			progress.stop();
			const rate = s.comments / Math.max(s.seconds, 0.001);
			ctx.out.write(
				`tagged ${s.comments.toLocaleString('en-US')} comments and ${s.articles.toLocaleString('en-US')} articles in ${s.seconds.toFixed(1)} s ` +
					`(${Math.round(rate).toLocaleString('en-US')} comments/s), analyser ${s.version}${s.forced ? `; re-tagged all: ${s.forced}` : ''}\n`
			);
			if (!values['no-coordination']) {
				const c = await runCoordination(db, { onProgress: (done, total) => progress.update({ phase: 'coordination', done, total }) });
				progress.stop();
				ctx.out.write(`coordination: ${c.clusters} clusters, ${c.flagged} comments flagged\n`);
			}
			// After coordination, so the rollups' flag counts match the flags just written.
			refreshRollups(db);
			return 0;
		} finally {
			progress.stop();
			db.close();
		}
	}
};
