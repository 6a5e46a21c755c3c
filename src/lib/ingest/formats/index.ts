// The format registry: how each format is parsed and whether a fault rejects one record or the file.
import type { Emit, FaultUnit, FormatName, TextInput } from '../items';
import type { CsvField } from '../csvMapping';
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

/**
 * Coral reads a folder of files, so ingestPaths runs it itself (formats/coral.ts). Parsers load
 * on first use: the parse worker then starts with only the one it runs.
 */
export const FORMAT_SPECS: Record<Exclude<FormatName, 'coral'>, FormatSpec> = {
	page: {
		unit: 'file',
		parse: async (input, ctx, emit) =>
			(await import('./page')).parsePage(input, { published: ctx.published, captured: ctx.captured, defaultArticle: defaultArticle(input) }, emit)
	},
	json: { unit: 'file', parse: async (input, _ctx, emit) => (await import('./json')).parseJsonDocument(input, emit) },
	ndjson: { unit: 'record', parse: async (input, _ctx, emit) => (await import('./json')).parseNdjson(input, emit) },
	csv: {
		unit: 'record',
		parse: async (input, ctx, emit) => (await import('./csv')).parseCsv(input, { map: ctx.map, defaultArticle: defaultArticle(input) }, emit)
	},
	tsv: {
		unit: 'record',
		parse: async (input, ctx, emit) => (await import('./csv')).parseCsv(input, { map: ctx.map, defaultArticle: defaultArticle(input), tsv: true }, emit)
	},
	disqus: { unit: 'file', parse: async (input, _ctx, emit) => (await import('./disqus')).parseDisqus(input, emit) },
	wxr: { unit: 'file', parse: async (input, _ctx, emit) => (await import('./wxr')).parseWxr(input, emit) },
	reddit: { unit: 'record', parse: async (input, _ctx, emit) => (await import('./reddit')).parseReddit(input, emit) }
};
