import cliProgress from 'cli-progress';
import { UsageError, databaseExists, intOption, type Command } from '../command';
import { openForWrite } from '../../lib/server/db/open';
import { runCoordination } from '../../lib/coordination/run';
import { largestClusters, coordinatedStories } from '../../lib/server/db/coordination';
import { refreshRollups } from '../../lib/server/db/rollups';

const HELP = `Usage: murmur coordination [--threshold T] [--workers N] [--json]

Finds coordinated and copy-paste commenting over the whole database and stores the evidence:
  near-duplicates  comments whose word 3-shingles overlap by at least T (Jaccard), found with
                   MinHash + LSH and verified exactly; copies of one message, small edits allowed
  templates        comments on one story, by different and mostly single-story accounts, whose
                   opening or closing sentences share a specific phrase in the same order
  bursts           windows of 10 minutes holding many times the comments a story usually gets
                   at that age, with the share from accounts first seen in the window
Every comment in a cluster is flagged (the dashboard's "exclude flagged" filter). Each run
replaces the previous one. \`murmur tag\` runs this too.

Options:
  --threshold T   near-duplicate Jaccard threshold in (0, 1], default 0.5; lower finds looser copies
  --workers N     worker threads for the per-story analysis (default: one per core, at most 2,
                  from 20,000 comments; 0 = none)
  --json          print {comments, clusters, flagged, bursts, seconds, largestClusters,
                  mostFlaggedStories} as JSON
`;

const int = (n: number) => n.toLocaleString('en-US');
const count = (n: number, one: string, many = one + 's') => `${int(n)} ${n === 1 ? one : many}`;

export const coordination: Command = {
	name: 'coordination',
	summary: 'find near-duplicate, templated and bursty commenting',
	help: HELP,
	options: { threshold: { type: 'string' }, workers: { type: 'string' }, json: { type: 'boolean' } },
	async run(values, _pos, ctx) {
		let threshold: number | undefined;
		if (values.threshold !== undefined) {
			threshold = Number(values.threshold);
			if (!(threshold > 0 && threshold <= 1)) throw new UsageError(`--threshold must be a number in (0, 1], got "${values.threshold}"`);
		}
		const workers = intOption(values.workers, 'workers', 0);
		if (!databaseExists('coordination', ctx)) return 1;
		const db = openForWrite(ctx.dbPath);
		const tty = !!(ctx.err as NodeJS.WriteStream).isTTY;
		const bar = tty
			? new cliProgress.SingleBar(
					{ stream: ctx.err as NodeJS.WriteStream, format: 'coordination [{bar}] {percentage}% | {phase} | ETA {eta_formatted}', hideCursor: true, etaBuffer: 50 },
					cliProgress.Presets.shades_classic
				)
			: null;
		try {
			let started = false;
			const summary = await runCoordination(db, {
				threshold,
				workers,
				onProgress: (done, total) => {
					if (!bar) return;
					if (!started) bar.start(Math.max(total, 1), 0, { phase: 'reading comments' });
					started = true;
					bar.update(done, { phase: done <= total / 2 ? 'reading comments' : 'clustering' });
				}
			});
			bar?.stop();
			// The dashboard's rollups count flags: rebuild them so they match the flags just written.
			refreshRollups(db);
			const clusters = largestClusters(db, 10);
			const stories = coordinatedStories(db, 10);
			if (values.json) {
				ctx.out.write(JSON.stringify({ ...summary, seconds: Math.round(summary.seconds * 100) / 100, largestClusters: clusters, mostFlaggedStories: stories }) + '\n');
				return 0;
			}
			ctx.out.write(
				`${count(summary.comments, 'comment')} in ${summary.seconds.toFixed(1)} s: ${count(summary.clusters, 'cluster')}, ` +
					`${count(summary.flagged, 'comment')} flagged, ${count(summary.bursts, 'burst')}\n`
			);
			if (clusters.length) ctx.out.write('\nlargest clusters:\n');
			for (const c of clusters)
				ctx.out.write(`  #${c.id} ${c.method}: ${count(c.size, 'comment')}, ${count(c.authors, 'author')}, ${count(c.stories ?? 1, 'story', 'stories')}  "${clip(c.sharedPhrase ?? '', 70)}"\n`);
			if (stories.length) ctx.out.write('\nmost flagged stories:\n');
			for (const s of stories) {
				const burst = s.maxBurstRatio !== null ? `, burst ${s.maxBurstRatio}x expected (${Math.round(100 * (s.newAuthorShare ?? 0))}% new accounts)` : '';
				ctx.out.write(`  ${clip(s.title ?? `article ${s.articleId}`, 50)}: ${int(s.flagged)} of ${int(s.comments)} flagged${burst}\n`);
			}
			return 0;
		} finally {
			bar?.stop();
			db.close();
		}
	}
};

function clip(s: string, n: number): string {
	const one = s.replace(/\s+/g, ' ');
	return one.length > n ? one.slice(0, n - 1) + '…' : one;
}
