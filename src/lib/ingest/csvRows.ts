// Delimited text as rows with the line each row starts on. csv-parse does the quoting; rows it cannot
// read (a quote never closed, a stray closing quote) and rows of the wrong width are rejected with
// their line, and the rest of the file is still read.
import { parse } from 'csv-parse';
import { Readable } from 'node:stream';
import type { Emit, TextInput } from './items';
import { UnreadableInput, reject } from './items';

export interface CsvDialect {
	delimiter: string;
	/** TSV has no quoting (IANA text/tab-separated-values): a quote is just a character there. */
	quoted: boolean;
}

/** Picks the delimiter that splits the header line into the most columns. */
export function sniffDialect(headerLine: string, name: string): CsvDialect {
	if (/\.tsv(\.|$)/i.test(name)) return { delimiter: '\t', quoted: false };
	const count = (d: string) => headerLine.split(d).length - 1;
	const best = [',', ';', '\t', '|'].map((d) => [d, count(d)] as const).sort((a, b) => b[1] - a[1])[0];
	const delimiter = best[1] > 0 ? best[0] : ',';
	return { delimiter, quoted: delimiter !== '\t' };
}

export interface CsvRowSink {
	header(columns: string[], at: string): void;
	row(cells: string[], at: string): void;
}

/** Reads a delimited file: the first row is the header; every later row is checked for width. */
export async function readCsvRows(input: TextInput, dialect: CsvDialect, sink: CsvRowSink, emit: Emit): Promise<void> {
	let prevEnd = 0;
	let width = -1;
	const parser = parse({
		delimiter: dialect.delimiter,
		quote: dialect.quoted ? '"' : false,
		relax_quotes: true,
		relax_column_count: true,
		info: true,
		bom: true,
		skip_records_with_error: true,
		on_skip: (err) => {
			const start = prevEnd + 1;
			const reason =
				err?.code === 'CSV_QUOTE_NOT_CLOSED'
					? `a quoted field opened on line ${start} is never closed (the rest of the file is this one field)`
					: (err?.message ?? 'unreadable row');
			emit(reject(`${input.name}:${start}`, reason));
			prevEnd = typeof err?.lines === 'number' ? err.lines : prevEnd;
			return undefined;
		}
	});
	Readable.from(input.chunks).pipe(parser);
	for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
		const at = `${input.name}:${prevEnd + 1}`;
		prevEnd = info.lines;
		if (record.length === 1 && record[0] === '') continue;
		if (width < 0) {
			width = record.length;
			sink.header(
				record.map((c) => c.trim()),
				at
			);
		} else if (record.length !== width) emit(reject(at, `expected ${width} columns, found ${record.length}`, record.join(dialect.delimiter)));
		else sink.row(record, at);
	}
	if (width < 0) throw new UnreadableInput(`${input.name}:1`, 'no header row: the file is empty');
}
