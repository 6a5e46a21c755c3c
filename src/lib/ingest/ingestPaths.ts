// Ingest orchestration: expand the paths, open each input (decompress, decode), pick its format,
// stream it through its parser into the corpus, and report per file.
//
// Atomicity, by format (see FORMAT_SPECS): whole-document formats (page, json, disqus, wxr) are
// written in one transaction per file, so a file that turns out malformed at its last byte leaves
// nothing behind; the writer's batches become savepoints inside it. Line formats (ndjson, csv, tsv,
// reddit, coral) commit every `batchSize` records, reject bad records one by one, and keep every
// valid record even when a later fault (a truncated .gz) stops the file.
//
// Speed: a large file is parsed in a worker thread while this one writes (workerParse.ts), and a
// large first import loads in bulk, its indexes rebuilt by sort at the end (bulkIndexes.ts).
import { basename, dirname, resolve } from 'node:path';
import type { DB } from '../server/db/open';
import type { WriteCounts } from '../server/db/write';
import { FORMATS, UnreadableInput, oneLine, type FormatName, type TextInput } from './items';
import type { CsvField } from './csvMapping';
import { expandPaths, coralIn, type InputUnit } from './expand';
import { openInput, type OpenedInput } from './input';
import { detectFormat } from './detect';
import { FORMAT_SPECS } from './formats/index';
import { parseCoral } from './formats/coral';
import { defaultNamespace, baseNamespace } from './namespace';
import { RejectsFile, rejectsPathFor } from './rejects';
import { FileSink, emptyReport, type FileReport } from './sink';
import { parseTime } from './dates';
import { WorkerParse } from './workerParse';
import { restoreAbandonedIndexes, worthBulkLoading } from '../server/db/bulkIndexes';

export type { FileReport };

/**
 * Records per transaction for line formats. Each commit rewrites every index page its transaction
 * touched (comments carry six indexes with scattered keys), so commits are the main cost beyond the
 * inserts themselves: on 100,000 comments, 5,000-record transactions cost about 1.3x the CPU of
 * 20,000-record ones, 100,000 about 0.9x. Memory does not grow with it: records reach the writer in
 * handfuls of 5,000 (sink.ts). A killed run loses at most one transaction of work, which the
 * rerun redoes.
 */
export const DEFAULT_BATCH = 50_000;

/** Typical bytes per record of a comment export, to guess a file's record count from its size. */
const BYTES_PER_RECORD = 300;

export interface IngestOptions {
	/** A format name, or 'auto' (default) to detect each file's format from its content. */
	format?: FormatName | 'auto';
	/** Namespace for every input (--source); default: the source's own name or the file's base name. */
	source?: string | null;
	/** CSV/TSV column -> field overrides (--map). */
	map?: Record<string, CsvField>;
	/** Pages: the article's publication time (any time format parseTime reads). */
	published?: string | null;
	/** Pages: when the page was copied; relative times count back from it (default: the file's time). */
	captured?: string | null;
	/** Rejects NDJSON path; default <db>.rejects.ndjson next to a file database; null for none. */
	rejectsPath?: string | null;
	/** Records per transaction for line formats (default 50,000; see DEFAULT_BATCH). */
	batchSize?: number;
	/**
	 * Bulk load (drop the comments' secondary indexes, rebuild them by sort at the end of the file):
	 * 'auto' (default) for a large file into an empty comments table, 'always', or 'never'.
	 */
	bulk?: 'auto' | 'always' | 'never';
	/**
	 * Parse in a worker thread while this thread writes: 'auto' (default) for files of 8 MB or more,
	 * 'always' (any file, not stdin, Coral folders or pages), or 'never'.
	 */
	parseInWorker?: 'auto' | 'always' | 'never';
	/** Standard input, for the path "-". */
	stdin?: NodeJS.ReadableStream;
	/** Called as bytes are read and batches written. */
	onProgress?: (p: IngestProgress) => void;
	/** Called when a file starts (format chosen) and when it is done. */
	onFile?: (event: 'start' | 'done', report: FileReport) => void;
}

export interface IngestProgress {
	name: string;
	bytes: number;
	/** Size on disk when known (not stdin): the bar shows an ETA then. */
	size: number | null;
	records: number;
}

export interface IngestSummary {
	files: FileReport[];
	totals: WriteCounts;
	/** False when any file failed (exit non-zero). */
	ok: boolean;
	rejectsPath: string | null;
}

function timeOption(value: string | null | undefined, flag: string): string | null {
	if (!value) return null;
	try {
		return parseTime(value);
	} catch (e) {
		throw new Error(`--${flag}: ${(e as Error).message}`);
	}
}

/**
 * Ingests files, folders, globs or "-" (stdin) into the corpus.
 *
 *   const summary = await ingestPaths(db, ['data/samples/pasted-page.txt'], { format: 'page', source: 'demo' });
 *
 * Never throws for bad input: each file's failure is in its report (`error`), and `ok` is false.
 * Throws only for bad options or paths that do not exist.
 */
export async function ingestPaths(db: DB, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
	const format = options.format ?? 'auto';
	if (format !== 'auto' && !FORMATS.includes(format)) throw new Error(`unknown format "${format}" (formats: auto, ${FORMATS.join(', ')})`);
	const published = timeOption(options.published, 'published');
	const captured = timeOption(options.captured, 'captured');
	const rejectsPath = options.rejectsPath === undefined ? rejectsPathFor(db.name) : options.rejectsPath;
	const rejects = new RejectsFile(rejectsPath);
	const units = expandPaths(paths);
	const files: FileReport[] = [];
	const coralDone = new Set<string>();
	const ctx = { options, published, captured: captured ? Date.parse(captured) : null, rejects, format, coralDone };
	const outside = !db.inTransaction;
	// A bulk load that was killed left its indexes suspended: rebuild them before anything else.
	if (outside) restoreAbandonedIndexes(db);
	// Checkpoint the WAL every 64 MB instead of every 4 MB while ingesting: each checkpoint syncs the
	// database file, and a bulk load would otherwise sync hundreds of times. Restored afterwards.
	const checkpointEvery = db.pragma('wal_autocheckpoint', { simple: true }) as number;
	db.pragma('wal_autocheckpoint = 16384');
	// Memory-mapped reads help the dashboard's aggregates, but during a bulk load every index page
	// the inserts touch would stay mapped and count against the process: read through the page cache.
	// The page cache shrinks to 32 MB for the same reason: batches grouped by article keep the pages
	// the inserts need few, and the budget for a whole ingest is 300 MB.
	const mmap = db.pragma('mmap_size', { simple: true }) as number;
	const cache = db.pragma('cache_size', { simple: true }) as number;
	db.pragma('mmap_size = 0');
	db.pragma('cache_size = -32768');
	// Foreign keys are not checked while ingesting (as the tag writer does): every id the writer
	// stores was read or made by it in the same transaction, and nothing deletes articles, authors
	// or comments. The checks cost about a fifth of each insert. (No effect inside a transaction.)
	const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
	if (outside) db.pragma('foreign_keys = OFF');
	try {
		for (const unit of units) files.push(await ingestUnit(db, unit, ctx));
	} finally {
		rejects.close();
		// The next commit (anyone's) checkpoints the grown WAL; no need to hold this run up for it.
		db.pragma(`wal_autocheckpoint = ${checkpointEvery}`);
		db.pragma(`mmap_size = ${mmap}`);
		db.pragma(`cache_size = ${cache}`);
		if (outside) db.pragma(`foreign_keys = ${foreignKeys}`);
	}
	const totals = { added: 0, updated: 0, unchanged: 0, rejected: 0 };
	for (const f of files) for (const k of ['added', 'updated', 'unchanged', 'rejected'] as const) totals[k] += f[k];
	return { files, totals, ok: files.every((f) => !f.error), rejectsPath: rejects.written ? rejectsPath : null };
}

interface RunContext {
	options: IngestOptions;
	published: string | null;
	captured: number | null;
	rejects: RejectsFile;
	format: FormatName | 'auto';
	coralDone: Set<string>;
}

async function ingestUnit(db: DB, unit: InputUnit, ctx: RunContext): Promise<FileReport> {
	if (unit.kind === 'coral') return ingestCoral(db, unit, ctx);
	const path = unit.kind === 'stdin' ? '-' : unit.path;
	const started = Date.now();
	const report = emptyReport(path, path === '-' ? 'stdin' : basename(path));
	let input: OpenedInput | null = null;
	// Where bytes, content hash and undecodable offsets come from: the input, or the worker reading it.
	let reading: Pick<OpenedInput, 'bytesRead' | 'contentHash' | 'invalidAt'> | null = null;
	let sink: FileSink | null = null;
	const progress = () => {
		if (input && reading) ctx.options.onProgress?.({ name: input.name, bytes: reading.bytesRead(), size: input.size, records: sink?.records ?? 0 });
	};
	try {
		input = await openInput(path, ctx.options.stdin, undefined, progress);
		reading = input;
		report.charset = `${input.charset.encoding} (${input.charset.why})`;
		report.compression = input.compression;
		if (input.charset.guessed) report.warnings.push(`${input.name}: ${input.charset.why}`);
		const detected =
			ctx.format === 'auto' ? detectFormat(input.name, input.head) : { format: ctx.format, why: '--format' };
		report.format = detected.format;
		report.chosenBy = detected.why;
		if (detected.format === 'coral') {
			input.close();
			const dir = unit.kind === 'file' ? coralIn(dirname(resolve(unit.path))) : null;
			if (!dir) throw new UnreadableInput(`${input.name}:1`, 'a Coral CSV, but its folder lacks comments.csv with stories.csv or users.csv');
			return ingestCoral(db, dir as Extract<InputUnit, { kind: 'coral' }>, ctx);
		}
		ctx.options.onFile?.('start', report);
		const format = detected.format;
		const spec = FORMAT_SPECS[format];
		sink = newSink(db, report, ctx, defaultNamespace(format, report.name), format, bulkFor(db, ctx, [input]));
		const opened = input;
		const context = { map: ctx.options.map, published: ctx.published, captured: ctx.captured ?? opened.mtime };
		if (parseInWorker(ctx, unit, opened, format)) {
			// The worker reads the file from the start; this thread only needed its head to detect it.
			opened.close();
			const remote = new WorkerParse({ path, name: opened.name, format, context });
			reading = remote;
			await runParser(db, report, sink, spec.unit, ctx, () => remote.contentHash(), (emit) => remote.run(emit, progress));
		} else await runParser(db, report, sink, spec.unit, ctx, opened.contentHash, (emit) => spec.parse(opened, context, emit));
		if (reading.invalidAt.length)
			report.warnings.push(`${input.name}: bytes that are not valid ${input.charset.encoding} were replaced with U+FFFD (first at byte ${reading.invalidAt[0]})`);
	} catch (e) {
		report.error ??= describe(e, report.name);
	} finally {
		input?.close();
	}
	report.bytes = reading?.bytesRead() ?? 0;
	report.seconds = (Date.now() - started) / 1000;
	ctx.options.onFile?.('done', report);
	return report;
}

/** Inputs smaller than this are parsed on this thread: starting a worker costs more than it saves. */
const WORKER_MIN_BYTES = 8 * 1024 * 1024;

/** Whether to parse this input in a worker thread (see IngestOptions.parseInWorker). */
function parseInWorker(ctx: RunContext, unit: InputUnit, input: OpenedInput, format: FormatName): format is Exclude<FormatName, 'coral'> {
	const mode = ctx.options.parseInWorker ?? 'auto';
	// Standard input can only be read here; a pasted page is small and read whole.
	if (mode === 'never' || unit.kind !== 'file' || input.size === null || format === 'coral' || format === 'page') return false;
	return mode === 'always' || input.size >= WORKER_MIN_BYTES;
}

function newSink(db: DB, report: FileReport, ctx: RunContext, fallbackNamespace: string, format: FormatName, bulk: boolean): FileSink {
	return new FileSink(db, report, ctx.rejects, {
		source: ctx.options.source ?? null,
		defaultNamespace: fallbackNamespace,
		format,
		batchSize: ctx.options.batchSize ?? DEFAULT_BATCH,
		bulk
	});
}

/** Whether to bulk load this input (see IngestOptions.bulk and worthBulkLoading). */
function bulkFor(db: DB, ctx: RunContext, inputs: { size: number | null; compression: string }[]): boolean {
	const mode = ctx.options.bulk ?? 'auto';
	if (mode !== 'auto') return mode === 'always';
	// Inside a caller's transaction the caller decides; from stdin the size is unknown.
	if (db.inTransaction || inputs.some((i) => i.size === null)) return false;
	const bytes = inputs.reduce((n, i) => n + i.size! * (i.compression === 'none' ? 1 : 5), 0);
	return worthBulkLoading(db, bytes / BYTES_PER_RECORD);
}

/** One line naming the file (and the position, when the input's fault has one). */
function describe(e: unknown, name: string): string {
	if (e instanceof UnreadableInput) return e.message;
	const err = e as NodeJS.ErrnoException;
	const message = oneLine(err?.message ?? String(e));
	if (err?.code === 'Z_DATA_ERROR' || err?.code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(message))
		return `${name}: compressed data is corrupt or truncated (${message})`;
	if (typeof err?.code === 'number' || /zstd|window size|invalid data/i.test(message)) return `${name}: zstd data is corrupt or unsupported (${message})`;
	return `${name}: ${message}`;
}

/**
 * Runs one parser into a sink with the format's atomicity. Whole-document formats: one transaction
 * for the file, rolled back on any fault. Line formats: batches commit as they fill; a fault that
 * stops the file keeps what was valid before it.
 */
async function runParser(
	db: DB,
	report: FileReport,
	sink: FileSink,
	unit: 'file' | 'record',
	ctx: RunContext,
	contentHash: () => string,
	parse: (emit: FileSink['emit']) => Promise<void>
): Promise<void> {
	const wholeFile = unit === 'file';
	// Inside a caller's transaction (a generator loading several inputs at once) the file is a savepoint.
	const nested = db.inTransaction;
	if (wholeFile) db.exec(nested ? 'SAVEPOINT ingest_file' : 'BEGIN IMMEDIATE');
	try {
		await parse(sink.emit);
		if (!sink.writer && report.rejected > 0) {
			const first = report.rejects[0];
			throw new UnreadableInput(first.at, `no valid record in the file; first problem: ${first.reason}`);
		}
		sink.finish(contentHash());
		if (wholeFile) db.exec(nested ? 'RELEASE ingest_file' : 'COMMIT');
	} catch (e) {
		const fatal = describe(e, report.name);
		ctx.rejects.add({ file: report.path, at: e instanceof UnreadableInput ? e.at : report.name, reason: fatal, fatal: true });
		if (wholeFile) {
			if (nested) db.exec('ROLLBACK TO ingest_file; RELEASE ingest_file');
			else if (db.inTransaction) db.exec('ROLLBACK');
			Object.assign(report, { added: 0, updated: 0, unchanged: 0, written: false });
		} else if (sink.writer) {
			// An input fault: keep what was valid before it, and say so. A database fault: drop the open batch.
			try {
				sink.finish(contentHash());
				report.warnings.push(`${report.name}: kept the ${report.added + report.updated + report.unchanged} records read before the fault`);
			} catch {
				sink.abort();
			}
		}
		report.error = fatal;
	}
}

async function ingestCoral(db: DB, unit: Extract<InputUnit, { kind: 'coral' }>, ctx: RunContext): Promise<FileReport> {
	const started = Date.now();
	const report = emptyReport(unit.dir, basename(unit.dir) + '/');
	report.format = 'coral';
	report.chosenBy = ctx.format === 'auto' ? 'folder with Coral comments.csv' : '--format';
	const key = resolve(unit.dir);
	if (ctx.coralDone.has(key)) {
		report.warnings.push(`${report.name}: already read in this run`);
		return report;
	}
	ctx.coralDone.add(key);
	ctx.options.onFile?.('start', report);
	const opened: OpenedInput[] = [];
	try {
		const open = async (p: string | undefined) => {
			if (!p) return undefined;
			const i = await openInput(p);
			opened.push(i);
			return i as TextInput;
		};
		const users = await open(unit.users);
		const stories = await open(unit.stories);
		const comments = (await open(unit.comments))!;
		// Coral has no name for itself in its files: the folder's name is the default namespace.
		const sink = newSink(db, report, ctx, baseNamespace(basename(unit.dir)), 'coral', bulkFor(db, ctx, opened));
		const hash = () => opened.map((i) => i.contentHash()).join('.');
		await runParser(db, report, sink, 'record', ctx, hash, (emit) => parseCoral({ users, stories, comments }, emit));
	} catch (e) {
		report.error ??= describe(e, report.name);
	}
	report.bytes = opened.reduce((n, i) => n + i.bytesRead(), 0);
	report.seconds = (Date.now() - started) / 1000;
	ctx.options.onFile?.('done', report);
	return report;
}
