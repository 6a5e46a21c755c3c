// Delimited text as rows with the line each row starts on. csv-parse does the quoting; rows it cannot
// read (a quote never closed, a stray closing quote) and rows of the wrong width are rejected with
// their line, and the rest of the file is still read.
import { parse } from 'csv-parse';
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

/** Line breaks inside a row's raw text (csv-parse includes the row's own delimiter only sometimes). */
const newlines = (raw: string | undefined) => {
	const s = raw?.replace(/\r?\n$|\r$/, '');
	let n = 0;
	for (let i = s ? s.indexOf('\n') : -1; i !== -1; i = s!.indexOf('\n', i + 1)) n++;
	return n;
};

/**
 * Reads a delimited file: the first row is the header; every later row is checked for width.
 * Rows are handled inside csv-parse's callbacks, so rows and faults arrive in file order; lines are
 * counted from each row's raw text (csv-parse's own count is off for CRLF inside quoted fields).
 */
export async function readCsvRows(input: TextInput, dialect: CsvDialect, sink: CsvRowSink, emit: Emit): Promise<void> {
	let line = 1;
	let width = -1;
	let failure: unknown = null;
	const parser = parse({
		delimiter: dialect.delimiter,
		quote: dialect.quoted ? '"' : false,
		relax_quotes: true,
		relax_column_count: true,
		raw: true,
		bom: true,
		skip_records_with_error: true,
		on_record: (({ record, raw }: { record: string[]; raw: string }) => {
			const at = `${input.name}:${line}`;
			line += newlines(raw) + 1;
			if (failure || (record.length === 1 && record[0] === '')) return null;
			try {
				if (width < 0) {
					width = record.length;
					sink.header(
						record.map((c) => c.trim()),
						at
					);
				} else if (record.length !== width) emit(reject(at, `expected ${width} columns, found ${record.length}`, record.join(dialect.delimiter)));
				else sink.row(record, at);
			} catch (e) {
				failure = e;
			}
			return null;
		}) as never,
		on_skip: (err: { code?: string; message?: string } | undefined, raw: string | undefined) => {
			const at = `${input.name}:${line}`;
			const reason =
				err?.code === 'CSV_QUOTE_NOT_CLOSED'
					? `a quoted field opened on line ${line} is never closed (the rest of the file is this one field)`
					: (err?.message ?? 'unreadable row');
			if (!failure) emit(reject(at, reason, raw));
			line += newlines(raw) + 1;
			return undefined;
		}
	});
	const done = new Promise<void>((ended, failed) => {
		parser.on('end', ended);
		parser.on('error', failed);
	});
	parser.resume();
	for await (const chunk of input.chunks) {
		parser.write(chunk);
		if (failure) break;
	}
	parser.end();
	await done;
	if (failure) throw failure;
	if (width < 0) throw new UnreadableInput(`${input.name}:1`, 'no header row: the file is empty');
}
