// Where a parser's items go for one input: batched into a CorpusWriter (made at the first real
// record, so a file of nothing but faults writes nothing), tallied for the file's report, and
// rejects appended to the rejects file.
import type { DB } from '../server/db/open';
import { CorpusWriter, type KindCounts } from '../server/db/write';
import type { CommentStatus, CommentType, IngestItem } from '../types';
import type { Emit, FormatName, ParsedItem } from './items';
import type { RejectsFile } from './rejects';

export interface FileReport {
	/** The path as given ("-" for stdin; the folder for Coral). */
	path: string;
	/** The name positions use. */
	name: string;
	format: FormatName | null;
	/** Why this format: "--format", or what detection saw. */
	chosenBy: string | null;
	namespace: string | null;
	added: number;
	updated: number;
	unchanged: number;
	rejected: number;
	articles: KindCounts;
	comments: KindCounts;
	/** Comment records read, by type and by status; replies = records naming a parent. */
	types: Record<CommentType, number>;
	statuses: Record<CommentStatus, number>;
	replies: number;
	/** Replies whose parent is not in the corpus after this file. */
	orphanReplies: number;
	warnings: string[];
	/** The first few rejects (all are in the rejects file). */
	rejects: { at: string; reason: string }[];
	/** One line naming the file and position, when the file failed; `written` says whether anything from it was kept. */
	error: string | null;
	written: boolean;
	charset: string | null;
	compression: string | null;
	bytes: number;
	seconds: number;
}

export function emptyReport(path: string, name: string): FileReport {
	const kind = () => ({ added: 0, updated: 0, unchanged: 0 });
	return {
		path, name, format: null, chosenBy: null, namespace: null, added: 0, updated: 0, unchanged: 0, rejected: 0,
		articles: kind(), comments: kind(), types: { comment: 0, pingback: 0, trackback: 0 },
		statuses: { visible: 0, deleted: 0, spam: 0, unapproved: 0 }, replies: 0, orphanReplies: 0, warnings: [], rejects: [],
		error: null, written: false, charset: null, compression: null, bytes: 0, seconds: 0
	};
}

const SHOWN_REJECTS = 20;
/**
 * Records handed to the writer at a time; the transaction (batchSize) spans several handfuls.
 * The writer groups each handful by article, but its records wait in memory and outlive V8's
 * young generation: peak RSS grows with the handful (on 600,000 comments 238 MB with 5,000 and
 * 294 MB with 10,000). 1,000, the parse worker's batch, is what keeps a 2 GB ingest under 300 MB.
 */
const HANDFUL = 1_000;

export class FileSink {
	writer: CorpusWriter | null = null;
	namespace: string | null = null;
	records = 0;
	private batch: IngestItem[] = [];
	/** A transaction this sink opened (line formats), and how many records it holds so far. */
	private open_ = false;
	private sinceCommit = 0;
	readonly emit: Emit = (item) => this.take(item);

	constructor(
		private db: DB,
		private report: FileReport,
		private rejects: RejectsFile,
		private opts: { source: string | null; defaultNamespace: string; format: string; batchSize: number; bulk?: boolean; onBatch?: () => void }
	) {}

	private take(item: ParsedItem) {
		switch (item.kind) {
			case 'namespace':
				this.namespace ??= item.namespace;
				return;
			case 'warning':
				this.report.warnings.push(`${item.at}: ${item.message}`);
				return;
			case 'reject':
				this.report.rejected++;
				if (this.report.rejects.length < SHOWN_REJECTS) this.report.rejects.push({ at: item.at, reason: item.reason });
				this.rejects.add({ file: this.report.path, at: item.at, reason: item.reason, raw: item.raw });
				break;
			case 'comment': {
				const c = item.comment;
				this.report.types[c.type ?? 'comment']++;
				this.report.statuses[c.status ?? 'visible']++;
				if (c.parentExternalId) this.report.replies++;
				this.writer ??= this.open();
				break;
			}
			case 'article':
				this.writer ??= this.open();
		}
		this.records++;
		this.batch.push(item);
		if (this.writer && this.batch.length >= Math.min(HANDFUL, this.opts.batchSize)) this.flush();
	}

	private open(): CorpusWriter {
		const namespace = this.opts.source ?? this.namespace ?? this.opts.defaultNamespace;
		this.report.namespace = namespace;
		return new CorpusWriter(this.db, { namespace, path: this.report.path, format: this.opts.format, contentHash: '' }, { bulk: this.opts.bulk });
	}

	/**
	 * Writes the pending records. Line formats: inside a transaction this sink opens and commits every
	 * `batchSize` records. Whole-document formats: the file's own transaction is already open, so the
	 * writer's batches are savepoints in it.
	 */
	flush(): void {
		if (!this.writer || !this.batch.length) return;
		if (!this.db.inTransaction) {
			this.db.exec('BEGIN IMMEDIATE');
			this.open_ = true;
		}
		this.writer.writeBatch(this.batch);
		this.sinceCommit += this.batch.length;
		this.batch = [];
		if (this.open_ && this.sinceCommit >= this.opts.batchSize) this.commit();
		this.opts.onBatch?.();
	}

	private commit() {
		if (this.open_) this.db.exec('COMMIT');
		this.open_ = false;
		this.sinceCommit = 0;
	}

	/** Drops the records of the open transaction (a database fault, not an input fault). */
	abort(): void {
		if (this.open_ && this.db.inTransaction) this.db.exec('ROLLBACK');
		this.open_ = false;
		this.batch = [];
		this.writer?.abandon();
	}

	/** Flushes, resolves threads and the search index, and copies the writer's counts into the report. */
	finish(contentHash: string): void {
		this.flush();
		this.commit();
		if (!this.writer) return;
		const counts = this.writer.finish({ contentHash });
		this.report.added = counts.added;
		this.report.updated = counts.updated;
		this.report.unchanged = counts.unchanged;
		this.report.articles = { ...this.writer.byKind.articles };
		this.report.comments = { ...this.writer.byKind.comments };
		this.report.orphanReplies = this.writer.orphanReplies();
		this.report.written = true;
	}
}
