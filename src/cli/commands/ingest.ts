import { existsSync, statSync } from 'node:fs';
import v8 from 'node:v8';
import type { Command } from '../command';
import { UsageError, intOption } from '../command';
import { openForWrite } from '../../lib/server/db/open';
import { refreshRollups } from '../../lib/server/db/rollups';
import { ingestPaths, type FileReport, type IngestSummary } from '../../lib/ingest/ingestPaths';
import { FORMATS, type FormatName } from '../../lib/ingest/items';
import { parseMapOptions, CSV_FIELDS } from '../../lib/ingest/csvMapping';
import { rejectsPathFor } from '../../lib/ingest/rejects';
import { progressReporter } from '../../lib/ingest/progress';
import { expandPaths } from '../../lib/ingest/expand';

/** Inputs this large (uncompressed, estimated) run with V8 told to favour memory: see run(). */
const LARGE_INPUT_BYTES = 256 * 1024 * 1024;

/** The inputs' size on disk, compressed files counted five times; 0 for stdin or when unknown. */
function inputBytes(paths: string[]): number {
	try {
		let n = 0;
		for (const u of expandPaths(paths)) {
			const file = u.kind === 'file' ? u.path : u.kind === 'coral' ? u.comments : null;
			if (file) n += statSync(file).size * (/\.(gz|zst)$/i.test(file) ? 5 : 1);
		}
		return n;
	} catch {
		return 0;
	}
}

/** Wraps a list at word boundaries for the help text. */
function wrap(text: string, width: number, indent: string): string {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line && indent.length + line.length + 1 + word.length > width) {
			lines.push(indent + line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(indent + line);
	return lines.join('\n');
}

const HELP = `Usage: murmur ingest <path...> [options]

Imports articles and comments into the database. Paths may be files, folders (read recursively),
globs ("exports/*.xml.gz") or - for standard input. .gz and .zst files are decompressed on the fly.
Re-running on the same or a newer export of the same source adds only what is new and updates
what changed; the summary says added / updated / unchanged / rejected per file.

Formats (--format auto detects each file from its content and says what it chose):
  page     text pasted from a news page: title, body, author block, then the comments
           (numbered or not, "Reply" lines, replies by indentation or "@name", relative dates)
  json     canonical JSON document (schema/murmur.schema.json): an array of records,
           {"source","articles":[...],"comments":[...]}, or one article with its comments
  ndjson   canonical records, one per line (comments carry "article_id"; articles may nest comments)
  csv, tsv a header row; columns are mapped by name (text/body/comment, author/user/username,
           date/created_at/timestamp/time, id, parent_id, article_id/url/title, ...) or by --map
  disqus   Disqus XML export (threads, posts, parent links; isDeleted/isSpam kept as status)
  wxr      WordPress WXR 1.0-1.2 (comments nested by comment_parent; pingbacks, trackbacks and
           unapproved comments kept with their type and status)
  reddit   Reddit / Pushshift NDJSON: RC_ comments and RS_ submissions, often .zst
  coral    Coral importer CSVs: a folder with comments.csv and stories.csv / users.csv

Options:
  --format F        auto (default) | ${FORMATS.join(' | ')}
  --source NAME     namespace for every input, so a newer export of the same source updates it
                    (default: the Disqus forum, the WordPress site, "reddit", "pages" for pasted
                    pages, else the file's name without extension or date stamp)
  --map COL=FIELD   CSV/TSV: read column COL as FIELD; repeatable. Fields:
${wrap(CSV_FIELDS.join(', '), 78, '                    ')}
  --published TIME  pages: the article's publication time when the page shows none
                    ("2026-05-01T12:00:00Z", "2026-05-01 12:00", "May 1, 2026 12:00"); if the page
                    shows the article's age ("3 hours ago"), relative comment times are placed from it
  --captured TIME   pages: when the page was copied; relative times ("2 hours ago") count back from
                    it (default: the file's modification time; now for stdin)
  --batch N         records per transaction for line formats (default 50000); a killed run
                    keeps every committed batch and a rerun finishes the rest
  --rejects PATH    where rejected records go (default: <db>.rejects.ndjson next to the database)
  --json            print a machine-readable summary on stdout
  --quiet           no progress output

Bad input: a malformed record is rejected with file:line (XML: line:column) and a reason, written
to the rejects file, and every valid record is still kept. A file that cannot be parsed at all
exits non-zero with one line naming the file and position, and nothing from it is written
(page, json, disqus and wxr files are written in one transaction each).

Exit status: 0 when every file was read, 1 when any file failed, 2 for bad options.
`;

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

function describeFile(r: FileReport): string {
	const lines: string[] = [];
	if (r.error && !r.written) {
		lines.push(`  error: ${r.error}`, `  nothing from ${r.name} was written`);
	} else {
		const c = r.comments;
		const read = c.added + c.updated + c.unchanged;
		lines.push(
			`  namespace "${r.namespace}": ${plural(r.articles.added + r.articles.updated + r.articles.unchanged, 'article')}, ${plural(read, 'comment record')}`,
			`  added ${r.added}, updated ${r.updated}, unchanged ${r.unchanged}, rejected ${r.rejected}`
		);
		const detail = [
			`${plural(r.types.comment, 'comment')}`,
			r.types.pingback ? plural(r.types.pingback, 'pingback') : '',
			r.types.trackback ? plural(r.types.trackback, 'trackback') : '',
			`${plural(r.replies, 'reply')}`.replace('replys', 'replies'),
			...(['deleted', 'spam', 'unapproved'] as const).filter((s) => r.statuses[s]).map((s) => `${r.statuses[s]} ${s}`)
		].filter(Boolean);
		lines.push(`  ${detail.join(', ')}`);
		if (r.orphanReplies) lines.push(`  ${plural(r.orphanReplies, 'reply')} whose parent is not in the corpus`.replace('replys', 'replies'));
		if (r.error) lines.push(`  error: ${r.error}`);
	}
	for (const w of r.warnings) lines.push(`  warning: ${w}`);
	// Record rejects of a file that was not written at all would only distract from its one error.
	if (r.written) {
		for (const j of r.rejects.slice(0, 5)) lines.push(`  rejected ${j.at}: ${j.reason}`);
		if (r.rejected > 5) lines.push(`  ... ${r.rejected - 5} more rejects in the rejects file`);
	}
	return lines.join('\n') + '\n';
}

export const ingest: Command = {
	name: 'ingest',
	summary: 'import articles and comments from files (page, json, csv, disqus, wxr, reddit, coral)',
	help: HELP,
	positionals: true,
	options: {
		format: { type: 'string' },
		source: { type: 'string' },
		map: { type: 'string', multiple: true },
		published: { type: 'string' },
		captured: { type: 'string' },
		batch: { type: 'string' },
		rejects: { type: 'string' },
		json: { type: 'boolean' },
		quiet: { type: 'boolean' }
	},
	async run(values, positionals, ctx) {
		if (!positionals.length) throw new UsageError('give at least one path (a file, folder, glob or - for stdin)');
		const format = (values.format as string | undefined) ?? 'auto';
		if (format !== 'auto' && !FORMATS.includes(format as FormatName))
			throw new UsageError(`invalid --format "${format}" (auto, ${FORMATS.join(', ')})`);
		let map;
		try {
			map = parseMapOptions((values.map as string[] | undefined) ?? []);
		} catch (e) {
			throw new UsageError((e as Error).message);
		}
		const batchSize = intOption(values.batch, 'batch', 1);
		const source = values.source as string | undefined;
		if (source !== undefined && !source.trim()) throw new UsageError('--source must not be empty');
		for (const p of positionals)
			if (p !== '-' && !existsSync(p) && !/[*?]/.test(p)) throw new UsageError(`no such file or directory: ${p}`);
		const json = !!values.json;
		const out = ctx.out as NodeJS.WriteStream;
		const say = (s: string) => (json ? ctx.err : ctx.out).write(s);
		const progress = progressReporter(ctx.err as NodeJS.WriteStream, !values.quiet);
		// Memory (the issue: a 2 GB file within 300 MB RSS): V8 lets the heaps of this thread and the
		// parse worker grow to several times their live data before collecting; told to favour size,
		// it keeps them near it, for about 15% more CPU (200,000 comments: peak RSS 320 -> 258 MB;
		// a 2 GB file peaks at 279 MB). Smaller inputs keep V8's faster default.
		if (inputBytes(positionals) >= LARGE_INPUT_BYTES) v8.setFlagsFromString('--optimize-for-size');
		const db = openForWrite(ctx.dbPath);
		let summary: IngestSummary;
		try {
			summary = await ingestPaths(db, positionals, {
				format: format as FormatName | 'auto',
				source: source?.trim() ?? null,
				map,
				published: (values.published as string | undefined) ?? null,
				captured: (values.captured as string | undefined) ?? null,
				batchSize,
				rejectsPath: (values.rejects as string | undefined) ?? rejectsPathFor(ctx.dbPath),
				onProgress: (p) => progress.onProgress(p),
				onFile(event, r) {
					if (event === 'start') {
						if (!values.quiet) say(`${r.name}: ${r.format} (${r.chosenBy})\n`);
						return;
					}
					progress.done();
					// Quiet runs still name a file that failed; the start line was not printed for it.
					if (!r.format || (values.quiet && r.error)) say(`${r.name}:${r.format ? ` ${r.format}` : ''}\n`);
					if (!values.quiet || r.error) say(describeFile(r));
				}
			});
			if (summary.files.some((f) => f.written)) {
				// Memory-mapped pages count as resident: a refresh reading a large corpus through a
				// 256 MB map would hold that much on top of everything else.
				db.pragma('mmap_size = 0');
				refreshRollups(db);
			}
		} catch (e) {
			progress.done();
			throw e;
		} finally {
			db.close();
		}
		if (json) out.write(JSON.stringify(summary) + '\n');
		else {
			const t = summary.totals;
			say(`${plural(summary.files.length, 'file')}: added ${t.added}, updated ${t.updated}, unchanged ${t.unchanged}, rejected ${t.rejected}\n`);
			if (summary.rejectsPath) say(`rejects: ${summary.rejectsPath}\n`);
		}
		return summary.ok ? 0 : 1;
	}
};
