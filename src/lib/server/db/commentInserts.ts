// New comment rows, inserted up to 32 to a statement. One statement per row costs more than the
// row: the comments table's CHECK constraints build their IN lists once per statement execution,
// and each run() is a bind/step/reset round trip. A multi-row INSERT pays both once per 32 rows
// (on 200,000 comments about 0.4 CPU s less).
import type { DB } from './open';
import type { Statement } from 'better-sqlite3';

/** The columns of a new comment row, in the order of a row's values. */
export const COMMENT_COLUMNS = [
	'id', 'article_id', 'external_id', 'parent_external_id', 'parent_id', 'thread_root_id', 'depth', 'position',
	'author_id', 'text', 'created_at', 'effective_at', 'score', 'status', 'type'
] as const;
const WIDTH = COMMENT_COLUMNS.length;
const ROWS_PER_STATEMENT = 32;

/** A row waiting for its statement, with what its writer needs if the table refuses it. */
export interface PendingRow<T> {
	values: unknown[];
	tag: T;
}

export function insertCommentSql(rows: number, orIgnore = false): string {
	const one = `(${COMMENT_COLUMNS.map(() => '?').join(', ')})`;
	return `INSERT${orIgnore ? ' OR IGNORE' : ''} INTO comments (${COMMENT_COLUMNS.join(', ')}) VALUES ${Array(rows).fill(one).join(', ')}`;
}

/**
 * Collects rows and inserts them in statements of up to ROWS_PER_STATEMENT. A statement that
 * fails on the UNIQUE key (the same comment twice) inserts none of its rows; they are handed
 * back to `onRefused`, in order, for the writer to insert one by one.
 */
export class CommentInserts<T> {
	private rows: PendingRow<T>[] = [];
	private params: unknown[] = [];
	private statements = new Map<number, Statement>();

	constructor(
		private db: DB,
		private onRefused: (rows: PendingRow<T>[]) => void
	) {}

	/** Whether a row waiting here matches (the writer asks before it looks a comment up in the table). */
	holds(match: (tag: T) => boolean): boolean {
		for (const row of this.rows) if (match(row.tag)) return true;
		return false;
	}

	add(values: unknown[], tag: T): void {
		this.rows.push({ values, tag });
		if (this.rows.length === ROWS_PER_STATEMENT) this.flush();
	}

	/** Forgets the waiting rows (their transaction was rolled back). */
	discard(): void {
		this.rows = [];
	}

	/** Inserts every waiting row (call before anything reads or references them). */
	flush(): void {
		const rows = this.rows;
		if (!rows.length) return;
		this.rows = [];
		const p = this.params;
		p.length = rows.length * WIDTH;
		for (let r = 0, k = 0; r < rows.length; r++) {
			const v = rows[r].values;
			for (let i = 0; i < WIDTH; i++) p[k++] = v[i];
		}
		try {
			this.statement(rows.length).run(p);
		} catch (e) {
			if ((e as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw e;
			this.onRefused(rows);
		}
	}

	private statement(rows: number): Statement {
		let s = this.statements.get(rows);
		if (!s) this.statements.set(rows, (s = this.db.prepare(insertCommentSql(rows))));
		return s;
	}
}
