import { describe, expect, it } from 'vitest';
import { ARTICLE_COLUMNS, COMMENT_COLUMNS, selectColumns, parseLevel } from '../../src/lib/export/columns';
import { exportHref, exportMetaHref, parseFormat } from '../../src/lib/export/formats';
import { parseExportRequest } from '../../src/lib/export/request';
import { FilterError } from '../../src/lib/filters';

describe('columns', () => {
	it('defaults to the issue\'s comment columns, in order', () => {
		expect(selectColumns('comments').map((c) => c.name)).toEqual([
			'article_id', 'article_url', 'article_title', 'article_published_at',
			'comment_id', 'parent_id', 'thread_root_id', 'depth', 'position', 'author', 'created_at', 'status', 'text',
			'sentiment_score', 'sentiment_label', 'stance_target', 'stance_label', 'emoji', 'topics', 'lang', 'duplicate_cluster', 'nlp_version'
		]);
		expect(selectColumns('articles')).toEqual(ARTICLE_COLUMNS);
	});

	it('chooses and orders with a comma list, extras included', () => {
		expect(selectColumns('comments', ' text, comment_id ,effective_at').map((c) => c.name)).toEqual(['text', 'comment_id', 'effective_at']);
		expect(selectColumns('articles', 'top_emoji,comments').map((c) => c.kind)).toEqual(['list', 'integer']);
	});

	it.each([
		['comments', 'text,nope', 'columns: unknown comments column "nope"'],
		['comments', 'text,text', 'columns: "text" is listed twice'],
		['comments', ',', 'columns: no column names given'],
		['articles', 'text', 'columns: unknown articles column "text"']
	] as const)('%s %j fails naming the column', (level, spec, message) => {
		expect(() => selectColumns(level, spec)).toThrow(message);
	});

	it('names every comment column once', () => {
		expect(new Set(COMMENT_COLUMNS.map((c) => c.name)).size).toBe(COMMENT_COLUMNS.length);
	});
});

describe('export requests', () => {
	it('separates export options from filters and parses the filters with the dashboard parser', () => {
		const r = parseExportRequest(new URLSearchParams('topic=Budget&columns=text&level=comments&bom=1&limit=5&sentiment=negative'), 'tsv');
		expect(r).toMatchObject({ format: 'tsv', level: 'comments', bom: true, limit: 5 });
		expect(r.columns.map((c) => c.name)).toEqual(['text']);
		expect(r.filters.topic).toEqual(['Budget']);
		expect(r.filters.sentiment).toEqual(['negative']);
	});

	it.each([
		['sentiment=bad', 'csv', 'sentiment'],
		['level=threads', 'csv', 'level'],
		['limit=0', 'csv', 'limit'],
		['bom=maybe', 'csv', 'bom'],
		['columns=zzz', 'csv', 'columns'],
		['', 'xml', 'format']
	])('%j as %s fails naming %s', (q, format, parameter) => {
		try {
			parseExportRequest(new URLSearchParams(q), format);
			expect.unreachable();
		} catch (e) {
			expect((e as { parameter: string }).parameter).toBe(parameter);
			expect((e as Error).message.startsWith(`${parameter}: `)).toBe(true);
		}
	});

	it('throws the dashboard parser\'s own FilterError for filters', () => {
		expect(() => parseExportRequest(new URLSearchParams('from=2026-13-01'), 'csv')).toThrow(FilterError);
	});

	it('parses levels and formats', () => {
		expect(parseLevel(null)).toBe('comments');
		expect(parseLevel('articles')).toBe('articles');
		expect(parseFormat('parquet')).toBe('parquet');
	});

	it('links to the export of a page, and to its sidecar', () => {
		expect(exportHref('csv', '?topic=Budget&sentiment=negative')).toBe('/export.csv?topic=Budget&sentiment=negative');
		expect(exportHref('xlsx', '', { level: 'articles' })).toBe('/export.xlsx?level=articles');
		expect(exportMetaHref('parquet', 'topic=Budget')).toBe('/export.meta.json?topic=Budget&format=parquet');
	});
});
