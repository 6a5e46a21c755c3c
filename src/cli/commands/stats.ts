import { databaseExists, type Command } from '../command';
import { openForWrite } from '../../lib/server/db/open';
import { corpusStats, commentBreakdown } from '../../lib/server/db/stats';

export const stats: Command = {
	name: 'stats',
	summary: 'count articles, comments, authors and tagged comments',
	help: `Usage: murmur stats [--json]

Counts what the database holds. "comments" counts every stored comment record,
whatever its status (visible, deleted, spam, unapproved) or type (comment, pingback, trackback).

Options:
  --json   print {"articles","comments","authors","tagged"} as JSON
`,
	options: { json: { type: 'boolean' } },
	run(values, _pos, ctx) {
		if (!databaseExists('stats', ctx)) return 1;
		const db = openForWrite(ctx.dbPath);
		try {
			const s = corpusStats(db);
			if (values.json) {
				ctx.out.write(JSON.stringify(s) + '\n');
				return 0;
			}
			const fmt = (n: number) => n.toLocaleString('en-US');
			ctx.out.write(
				`${ctx.dbPath}\n  articles  ${fmt(s.articles)}\n  comments  ${fmt(s.comments)}\n  authors   ${fmt(s.authors)}\n  tagged    ${fmt(s.tagged)}\n`
			);
			for (const b of commentBreakdown(db)) ctx.out.write(`    ${b.type}/${b.status}: ${fmt(b.n)}\n`);
			return 0;
		} finally {
			db.close();
		}
	}
};
