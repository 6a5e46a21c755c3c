// What every writer consumes: the chosen columns and the rows as arrays in column order.
import type { ExportColumn } from './columns';

/**
 * A row holds one value per column, in column order. It may carry more values after them
 * (the query adds the row's nlp_version for the provenance); writers read only the first
 * columns.length values.
 */
export type Row = readonly unknown[];

export interface ExportTable {
	columns: readonly ExportColumn[];
	rows: Iterable<Row>;
}

/** Writers yield encoded bytes; the sync ones are plain generators, XLSX is async. */
export type ExportChunks = Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

/**
 * Counts the rows as they pass to a writer, applies the row cap and notes the analyser versions,
 * so the provenance written at the end (and the sidecar) states exactly what the file holds.
 */
export class RowTally {
	count = 0;
	/** True when rows beyond the cap were left out. */
	truncated = false;
	readonly nlpVersions = new Set<string>();

	constructor(
		readonly cap: number | null,
		/** Index in each row of its nlp_version (a string, or a list for an aggregate row), if the query adds it. */
		private readonly versionAt: number | null
	) {}

	*pass(rows: Iterable<Row>): Iterable<Row> {
		const { cap, versionAt } = this;
		const it = rows[Symbol.iterator]();
		try {
			for (;;) {
				const next = it.next();
				if (next.done) return;
				if (cap !== null && this.count >= cap) {
					this.truncated = true;
					return;
				}
				const row = next.value;
				if (versionAt !== null) {
					const v = row[versionAt];
					if (typeof v === 'string') this.nlpVersions.add(v);
					else if (Array.isArray(v)) for (const one of v) this.nlpVersions.add(one);
				}
				this.count++;
				yield row;
			}
		} finally {
			it.return?.();
		}
	}

	/** Rows written elsewhere (a part of a parallel export), counted here. Only for exports without a cap. */
	add(count: number, versions: Iterable<string>): void {
		this.count += count;
		for (const v of versions) this.nlpVersions.add(v);
	}

	versions(): string[] {
		return [...this.nlpVersions].sort();
	}
}
