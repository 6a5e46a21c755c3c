// What an export says about itself: which filters made it (as a query string, as parsed values and
// as a sentence), how many rows, from which database state, by which murmur and analyser versions.
// One object, three renderings: the sidecar JSON, Parquet key-value metadata, the XLSX "provenance" sheet.
import type { ExportLevel } from './columns';
import { describeFilters, filtersToParams, type Filters } from '../filters';
import { MURMUR_VERSION } from '../version';

export interface DatabaseFingerprint {
	/** "sha256:<hex>" of the state summary below plus the sources' content hashes. */
	hash: string;
	/** What the hash covers, so a reader knows what a match does and does not prove. */
	method: string;
	articles: number;
	comments: number;
	tagged: number;
	sources: number;
}

export interface Provenance {
	murmur_version: string;
	created_at: string;
	format: string;
	level: ExportLevel;
	/** The file name this provenance describes, when known. */
	file: string | null;
	filters: {
		/** The canonical query string: `/export.csv?<query>` or the dashboard URL reproduces it. */
		query: string;
		/** The parsed filter values. */
		parsed: unknown;
		/** The same filters as the sentence shown above the charts. */
		description: string;
	};
	columns: string[];
	row_count: number;
	/** The most rows this export could hold (the XLSX sheet limit, or --limit), null when unbounded. */
	row_cap: number | null;
	/** True when the filters selected more rows than row_cap and the rest were left out. */
	truncated: boolean;
	/** Analyser versions that tagged the exported rows (empty when none are tagged). */
	nlp_versions: string[];
	database: DatabaseFingerprint;
	/** Anything else the reader must know about this file (cells cut to a format's limit...). */
	notes: string[];
}

export interface ProvenanceInput {
	format: string;
	level: ExportLevel;
	file: string | null;
	filters: Filters;
	/** Titles of the articles the filters name, for the sentence. */
	articleTitles: Record<number, string>;
	columns: string[];
	rowCount: number;
	rowCap: number | null;
	truncated: boolean;
	nlpVersions: string[];
	database: DatabaseFingerprint;
	createdAt: Date;
	notes: string[];
}

export function makeProvenance(i: ProvenanceInput): Provenance {
	// The sentence counts comments; at the article level the row count is of articles, said apart.
	const count = i.level === 'comments' && !i.truncated ? i.rowCount : undefined;
	return {
		murmur_version: MURMUR_VERSION,
		created_at: i.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
		format: i.format,
		level: i.level,
		file: i.file,
		filters: {
			query: filtersToParams(i.filters).toString(),
			parsed: i.filters,
			description: describeFilters(i.filters, { count, articles: i.articleTitles })
		},
		columns: i.columns,
		row_count: i.rowCount,
		row_cap: i.rowCap,
		truncated: i.truncated,
		nlp_versions: i.nlpVersions,
		database: i.database,
		notes: [...i.notes]
	};
}

export const PROVENANCE_KEY = 'murmur.provenance';

/** Flat key/value lines: the XLSX provenance sheet and the Parquet key-value metadata. */
export function provenanceEntries(p: Provenance): [string, string][] {
	return [
		['murmur_version', p.murmur_version],
		['created_at', p.created_at],
		['format', p.format],
		['level', p.level],
		['file', p.file ?? ''],
		['filters', p.filters.query],
		['filters_description', p.filters.description],
		['filters_parsed', JSON.stringify(p.filters.parsed)],
		['columns', p.columns.join(',')],
		['row_count', String(p.row_count)],
		['row_cap', p.row_cap === null ? 'none' : String(p.row_cap)],
		['truncated', p.truncated ? `yes: more than ${p.row_cap} rows matched; only the first ${p.row_count} are here` : 'no'],
		['nlp_versions', p.nlp_versions.join(',')],
		['database_hash', p.database.hash],
		['database_hash_method', p.database.method],
		['database_counts', `articles=${p.database.articles} comments=${p.database.comments} tagged=${p.database.tagged} sources=${p.database.sources}`],
		['notes', p.notes.join(' | ')]
	];
}

/** Parquet key-value metadata: the whole provenance as JSON under one key, and each entry flat. */
export function provenanceKeyValues(p: Provenance): { key: string; value: string }[] {
	return [
		{ key: PROVENANCE_KEY, value: JSON.stringify(p) },
		...provenanceEntries(p).map(([k, v]) => ({ key: `murmur.${k}`, value: v }))
	];
}

/** The sidecar's name for an export file: `comments.csv` -> `comments.csv.meta.json`. */
export function sidecarName(file: string): string {
	return `${file}.meta.json`;
}

/** A download name that says what and when: murmur-comments-20260501T120000Z.csv */
export function exportFileName(level: ExportLevel, extension: string, at: Date): string {
	const stamp = at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
	return `murmur-${level}-${stamp}.${extension}`;
}
