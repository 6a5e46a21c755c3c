import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, extname } from 'node:path';
import { databaseExists, intOption, UsageError, type Command, type CommandContext } from '../command';
import { openReadOnly } from '../../lib/server/db/open';
import { FILTER_PARAMS } from '../../lib/filters';
import { formatCount } from '../../lib/filterDescription';
import { EXPORT_FORMATS, type ExportFormat } from '../../lib/export/formats';
import { exportFileName, sidecarName, type Provenance } from '../../lib/export/provenance';
import { badParameter, parseExportRequest, type ExportRequest } from '../../lib/export/request';
import { runExport } from '../../lib/export/run.server';
import { defaultWorkers } from '../../lib/export/parallel.server';
import { availableColumns } from '../../lib/export/columns';

const repeatable = { type: 'string', multiple: true } as const;

export const exportCommand: Command = {
	name: 'export',
	summary: 'export the filtered comments as csv, tsv, json, ndjson, parquet or xlsx',
	help: `Usage: murmur export [--format F] [filters] [--columns a,b,c] [--level comments|articles] [--out FILE|-]

Writes the comments the filters select (the same filters, and the same parser, as the dashboard's
URL), streamed with constant memory, and a provenance sidecar FILE.meta.json beside the file.

Options:
  --format F        ${EXPORT_FORMATS.join(', ')} (default: from --out's extension, else csv)
  --out FILE|-      the file to write; - writes to stdout (no sidecar unless --meta)
                    (default: murmur-<level>-<time>.<format> in the current directory)
  --meta FILE       write the sidecar here instead of FILE.meta.json
  --columns a,b,c   choose and order the columns (see the list below)
  --level L         comments (one row per comment, default) or articles (one row per article:
                    counts, mean sentiment, stance split, top emoji of its selected comments)
  --bom             start CSV/TSV with a UTF-8 byte order mark (for Excel)
  --limit N         at most N rows; a cap is stated in the sidecar (and in XLSX/Parquet files)
  --workers N       worker threads that make a large CSV/TSV/JSON/NDJSON export side by side
                    (0 to 4; default: one per core when there are two or more, here ${defaultWorkers()})

Filters (repeat a flag, or comma-separate, for alternatives; different flags all apply):
  --from DATE --to DATE          YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC), on the comment's time
  --article ID  --topic NAME  --author HANDLE  --lang CODE  --emoji E
  --sentiment positive|neutral|negative|unscored  --stance favor|against|neutral|none  --target NAME
  --q TEXT                        full-text search
  --flagged include|exclude|only  flagged coordinated duplicates
  --query STRING                  a dashboard query string, e.g. "topic=Budget&sentiment=negative"

Columns (comments): ${availableColumns('comments').map((c) => c.name).join(', ')}
Columns (articles): ${availableColumns('articles').map((c) => c.name).join(', ')}

Examples:
  murmur export --format parquet --topic Ceasefire --lang en --flagged exclude --out ceasefire.parquet
  murmur export --query "article=12&sentiment=negative" --columns comment_id,created_at,text --out -
`,
	options: {
		format: { type: 'string' },
		out: { type: 'string' },
		meta: { type: 'string' },
		columns: { type: 'string' },
		level: { type: 'string' },
		bom: { type: 'boolean' },
		limit: { type: 'string' },
		workers: { type: 'string' },
		query: { type: 'string' },
		...Object.fromEntries(FILTER_PARAMS.map((p) => [p, repeatable]))
	},
	async run(values, _positionals, ctx) {
		const out = values.out as string | undefined;
		const request = requestFrom(values, out);
		const workers = intOption(values.workers, 'workers') ?? defaultWorkers();
		if (workers > 4) throw new UsageError(`--workers must be 0 to 4, got "${values.workers}"`);
		if (!databaseExists('export', ctx)) return 1;
		const db = openReadOnly(ctx.dbPath)!;
		try {
			const toStdout = out === '-';
			const file = toStdout ? null : (out ?? exportFileName(request.level, request.format, new Date()));
			// A file is written chunk by chunk (each done before the next is asked for); stdout is a stream that queues them.
			const run = runExport(db, request, { file: file ? basename(file) : undefined, workers, reuseChunks: !toStdout });
			if (toStdout) {
				if (!(await pump(run.chunks, ctx.out))) {
					ctx.err.write('murmur export: the output was closed before the export ended; no sidecar written\n');
					return 0;
				}
			} else await writeAtomically(run.chunks, file!);
			const provenance = run.provenance();
			const metaPath = (values.meta as string | undefined) ?? (file ? sidecarName(file) : null);
			if (metaPath) writeFileSync(metaPath, JSON.stringify(provenance, null, 2) + '\n');
			summarise(toStdout ? ctx.err : ctx.out, provenance, file, metaPath);
			return 0;
		} finally {
			db.close();
		}
	}
};

type Values = Parameters<Command['run']>[0];

/** Flags -> the query string the dashboard would have -> the one parser. */
function requestFrom(values: Values, out: string | undefined): ExportRequest {
	const params = new URLSearchParams((values.query as string | undefined)?.replace(/^\?/, '') ?? '');
	for (const name of FILTER_PARAMS) for (const v of (values[name] as string[] | undefined) ?? []) params.append(name, v);
	for (const name of ['columns', 'level', 'limit'] as const) {
		const v = values[name] as string | undefined;
		if (v !== undefined) params.set(name, v);
	}
	if (values.bom) params.set('bom', '1');
	const format = (values.format as string | undefined) ?? formatFromName(out) ?? 'csv';
	try {
		return parseExportRequest(params, format);
	} catch (e) {
		if (badParameter(e)) throw new UsageError(`--${(e as Error).message}`);
		throw e;
	}
}

function formatFromName(out: string | undefined): ExportFormat | undefined {
	const ext = out && out !== '-' ? extname(out).slice(1).toLowerCase() : '';
	return (EXPORT_FORMATS as readonly string[]).includes(ext) ? (ext as ExportFormat) : undefined;
}

/** Writes with backpressure. False when the reader went away (`| head`), which ends the export quietly. */
async function pump(chunks: AsyncGenerator<Uint8Array>, stream: NodeJS.WritableStream): Promise<boolean> {
	let failure: NodeJS.ErrnoException | null = null;
	const onError = (e: NodeJS.ErrnoException) => (failure = e);
	stream.on('error', onError);
	try {
		for await (const chunk of chunks) {
			if (failure) break;
			if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), once(stream, 'close'), new Promise((r) => stream.once('error', r))]);
		}
	} finally {
		stream.off('error', onError);
	}
	const e = failure as NodeJS.ErrnoException | null;
	if (e && e.code !== 'EPIPE') throw e;
	return e === null;
}

/**
 * Writes FILE.partial and renames it when complete, so a failed export never looks finished.
 * Each chunk is written before the next is asked for (the export fills its buffers again).
 */
async function writeAtomically(chunks: AsyncGenerator<Uint8Array>, file: string): Promise<void> {
	const partial = `${file}.partial`;
	const handle = await open(partial, 'w');
	try {
		for await (const chunk of chunks) for (let at = 0; at < chunk.length; ) at += (await handle.write(chunk, at)).bytesWritten;
		await handle.close();
		renameSync(partial, file);
	} catch (e) {
		await handle.close().catch(() => {});
		rmSync(partial, { force: true });
		throw e;
	}
}

function summarise(to: CommandContext['out'], p: Provenance, file: string | null, metaPath: string | null): void {
	const what = p.level === 'articles' ? 'articles' : 'comments';
	to.write(`wrote ${formatCount(p.row_count)} ${what} as ${p.format}${file ? ` to ${file}` : ''}\n`);
	to.write(`  filters:  ${p.filters.description}${p.filters.query ? `  (${p.filters.query})` : ''}\n`);
	if (p.truncated) to.write(`  capped:   only the first ${formatCount(p.row_count)} rows (row cap ${formatCount(p.row_cap!)}); more matched\n`);
	for (const note of p.notes) to.write(`  note:     ${note}\n`);
	to.write(metaPath ? `  sidecar:  ${metaPath}\n` : `  sidecar:  none (give --meta FILE to write one)\n`);
}
