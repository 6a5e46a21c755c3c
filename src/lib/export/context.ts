import type { Provenance } from './provenance';

/** What a writer may need besides the rows: options, and the provenance once the rows are written. */
export interface WriterContext {
	bom?: boolean;
	/** Gives the buffers the text writers fill (BufferPool); new ones when absent. */
	allocate?: () => Buffer;
	/** When the export started; file formats with a creation date use it. */
	createdAt: Date;
	/** Writers add what a reader must know about the file (e.g. cells cut to a format's limit). */
	notes: string[];
	/** The provenance as of now: call it after the last row, when the row count is final. */
	provenance(): Provenance;
}
