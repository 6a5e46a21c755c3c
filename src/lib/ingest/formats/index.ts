// The format registry: how each format is parsed and whether a fault rejects one record or the file.
import type { Emit, FaultUnit, FormatName, TextInput } from '../items';
import type { CsvField } from '../csvMapping';
import { parsePage } from './page';
import { parseJsonDocument, parseNdjson } from './json';
import { parseCsv } from './csv';
import { parseDisqus } from './disqus';
import { parseWxr } from './wxr';
import { parseReddit } from './reddit';
import { baseNamespace } from '../namespace';

export interface FormatContext {
	map?: Record<string, CsvField>;
	published?: string | null;
	/** Epoch ms relative times count back from (pages). */
	captured: number;
}

export interface FormatSpec {
	unit: FaultUnit;
	parse(input: TextInput, ctx: FormatContext, emit: Emit): Promise<void>;
}

const defaultArticle = (input: TextInput) => baseNamespace(input.name);

/** Coral reads a folder of files, so ingestPaths runs it itself (formats/coral.ts). */
export const FORMAT_SPECS: Record<Exclude<FormatName, 'coral'>, FormatSpec> = {
	page: {
		unit: 'file',
		parse: (input, ctx, emit) => parsePage(input, { published: ctx.published, captured: ctx.captured, defaultArticle: defaultArticle(input) }, emit)
	},
	json: { unit: 'file', parse: (input, _ctx, emit) => parseJsonDocument(input, emit) },
	ndjson: { unit: 'record', parse: (input, _ctx, emit) => parseNdjson(input, emit) },
	csv: { unit: 'record', parse: (input, ctx, emit) => parseCsv(input, { map: ctx.map, defaultArticle: defaultArticle(input) }, emit) },
	tsv: { unit: 'record', parse: (input, ctx, emit) => parseCsv(input, { map: ctx.map, defaultArticle: defaultArticle(input), tsv: true }, emit) },
	disqus: { unit: 'file', parse: (input, _ctx, emit) => parseDisqus(input, emit) },
	wxr: { unit: 'file', parse: (input, _ctx, emit) => parseWxr(input, emit) },
	reddit: { unit: 'record', parse: (input, _ctx, emit) => parseReddit(input, emit) }
};
