import { databaseExists, type Command } from '../command';
import { openForWrite } from '../../lib/server/db/open';
import { refreshRollups } from '../../lib/server/db/rollups';

const HELP = `Usage: murmur refresh [--quiet]

Rebuilds what the dashboard reads besides the corpus itself: comment_facts (one narrow row per
reader comment with its tags and flag) and every rollup (the pre-aggregated cubes, distinct-
commenter sketches, per-author counts, story curves and section medians), in one transaction.

ingest, tag and coordination do this by themselves after they change the corpus. Run it for a
database made by an older version of murmur (which has no comment_facts until the next ingest,
tag or coordination run), or after changing the database by hand. The dashboard keeps serving the
old rollups while it runs. Memory stays bounded whatever the corpus size: stories are folded a
batch at a time.

Options:
  --quiet   no progress output
`;

export const refresh: Command = {
	name: 'refresh',
	summary: "rebuild the dashboard's rollups (and comment_facts) from the corpus",
	help: HELP,
	options: { quiet: { type: 'boolean' } },
	run(values, _pos, ctx) {
		if (!databaseExists('refresh', ctx)) return 1;
		const db = openForWrite(ctx.dbPath);
		const t0 = performance.now();
		const seconds = () => ((performance.now() - t0) / 1000).toFixed(1);
		// One line rewritten in place on a terminal; one line per step otherwise (logs, pipes).
		const tty = !!(ctx.err as { isTTY?: boolean }).isTTY;
		let shown = false;
		try {
			db.pragma('mmap_size = 0');
			const r = refreshRollups(db, {
				onStep: values.quiet
					? undefined
					: (step) => {
							const line = `refresh: ${step} (${seconds()} s)`;
							ctx.err.write(tty ? `\r\x1b[2K${line}` : `${line}\n`);
							shown = true;
						}
			});
			if (tty && shown) ctx.err.write('\n');
			const rows = Object.entries(r.rows).filter(([t]) => t !== 'comment_facts').reduce((s, [, n]) => s + n, 0);
			ctx.out.write(
				`refreshed rollups of ${r.rows.comment_facts.toLocaleString('en-US')} reader comments: ${rows.toLocaleString('en-US')} rollup rows in ${seconds()} s\n`
			);
			return 0;
		} finally {
			db.close();
		}
	}
};
