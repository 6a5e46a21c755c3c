// CSV / TSV with a header row. Columns are mapped to fields by name (csvMapping.ts) or --map.
// Rows name their article by id, URL or title; a file with none of these is one article named
// after the file. A bad row is rejected with its line; the rest of the file is kept.
import type { CommentRecord } from '../../types';
import type { Emit, TextInput } from '../items';
import { reject } from '../items';
import { readCsvRows, sniffDialect } from '../csvRows';
import { mapColumns, type ColumnMap, type CsvField } from '../csvMapping';
import { BadTime, parseTime } from '../dates';
import { textFromMaybeHtml } from '../html';
import { statusOf, typeOf } from '../statuses';
import { derivedCommentId } from '../ids';

export interface CsvOptions {
	/** --map: column name -> field. */
	map?: Record<string, CsvField>;
	/** The article for rows that name none (the file's base name). */
	defaultArticle: string;
	/** Forces tab-separated reading (format "tsv"). */
	tsv?: boolean;
}

class BadCell extends Error {}

function intCell(v: string, field: string): number | null {
	if (!v.trim()) return null;
	const n = Number(v);
	if (!Number.isFinite(n)) throw new BadCell(`${field}: not a number: "${v.slice(0, 40)}"`);
	return Math.round(n);
}

function timeCell(v: string, field: string): string | null {
	try {
		return parseTime(v);
	} catch (e) {
		if (e instanceof BadTime) throw new BadCell(`${field}: ${e.message}`);
		throw e;
	}
}

export async function parseCsv(input: TextInput, options: CsvOptions, emit: Emit): Promise<void> {
	const firstLine = input.head.split('\n', 1)[0];
	const dialect = options.tsv ? { delimiter: '\t', quoted: false } : sniffDialect(firstLine, input.name);
	let map: ColumnMap = {};
	const seenArticles = new Set<string>();
	let hasArticleData = false;
	await readCsvRows(
		input,
		dialect,
		{
			header(columns, at) {
				map = mapColumns(columns, options.map ?? {}, at);
				hasArticleData = [map.article_url, map.article_title, map.article_published_at, map.article_section].some((i) => i !== undefined);
			},
			row(cells, at) {
				const cell = (f: CsvField) => (map[f] === undefined ? '' : cells[map[f]!]);
				const opt = (f: CsvField) => cell(f).trim() || null;
				try {
					const article = opt('article_id') ?? opt('article_url') ?? opt('article_title') ?? options.defaultArticle;
					if (hasArticleData && !seenArticles.has(article)) {
						emit({
							kind: 'article',
							at,
							article: {
								externalId: article,
								url: opt('article_url'),
								title: opt('article_title'),
								section: opt('article_section'),
								publishedAt: timeCell(cell('article_published_at'), 'article_published_at')
							}
						});
						seenArticles.add(article);
					}
					const status = statusOf(cell('status'));
					if (status === null) throw new BadCell(`status: unknown value "${cell('status').slice(0, 40)}"`);
					const type = typeOf(cell('type'));
					if (type === null) throw new BadCell(`type: unknown value "${cell('type').slice(0, 40)}"`);
					const c: CommentRecord = {
						articleExternalId: article,
						externalId: opt('id') ?? '',
						parentExternalId: opt('parent_id'),
						authorHandle: opt('author'),
						authorName: opt('author_name'),
						text: textFromMaybeHtml(cell('text')),
						createdAt: timeCell(cell('created_at'), 'created_at'),
						score: intCell(cell('score'), 'score'),
						status: status ?? 'visible',
						type: type ?? 'comment',
						position: intCell(cell('position'), 'position')
					};
					if (!c.externalId) c.externalId = derivedCommentId(article, c.authorHandle ?? c.authorName, c.createdAt, c.text);
					if (c.parentExternalId === c.externalId || c.parentExternalId === '0') c.parentExternalId = null;
					emit({ kind: 'comment', comment: c, at });
				} catch (e) {
					if (!(e instanceof BadCell)) throw e;
					emit(reject(at, e.message, cells.join(dialect.delimiter)));
				}
			}
		},
		emit
	);
}
