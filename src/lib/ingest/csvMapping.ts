// Which CSV column holds which field. Header names are matched loosely (case, spaces, "_" and "-"
// ignored); `--map column=field` overrides. Field names are the canonical JSON names.
import { UnreadableInput } from './items';

export const CSV_FIELDS = [
	'id', 'text', 'author', 'author_name', 'created_at', 'parent_id', 'score', 'status', 'type', 'position',
	'article_id', 'article_url', 'article_title', 'article_published_at', 'article_section'
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Header names each field is recognised by, normalised, in order of preference. */
export const CSV_ALIASES: Record<CsvField, string[]> = {
	id: ['id', 'commentid', 'cid'],
	text: ['text', 'body', 'comment', 'commenttext', 'commentbody', 'commentcontent', 'message', 'content'],
	author: ['author', 'username', 'user', 'authorhandle', 'handle', 'screenname', 'nickname', 'login', 'commentauthor', 'authorid', 'userid'],
	author_name: ['authorname', 'displayname', 'name', 'fullname'],
	created_at: ['createdat', 'date', 'created', 'timestamp', 'time', 'datetime', 'createdutc', 'postedat', 'posted', 'commentdate', 'publishedat'],
	parent_id: ['parentid', 'parent', 'replyto', 'inreplyto', 'parentcommentid'],
	score: ['score', 'likes', 'upvotes', 'points', 'votes', 'rating'],
	status: ['status', 'state'],
	type: ['type', 'commenttype'],
	position: ['position', 'rank', 'order'],
	article_id: ['articleid', 'article', 'storyid', 'postid', 'threadid', 'pageid', 'story', 'thread'],
	article_url: ['url', 'articleurl', 'link', 'pageurl', 'storyurl'],
	article_title: ['title', 'articletitle', 'headline', 'storytitle', 'posttitle'],
	article_published_at: ['articlepublishedat', 'articledate', 'storypublishedat', 'publishedat'],
	article_section: ['section', 'category', 'subreddit']
};

export const normaliseHeader = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '');

export type ColumnMap = Partial<Record<CsvField, number>>;

/** Parses `--map` values ("Kommentar=text") into column -> field, naming the bad one on error. */
export function parseMapOptions(values: string[]): Record<string, CsvField> {
	const out: Record<string, CsvField> = {};
	for (const v of values) {
		const eq = v.lastIndexOf('=');
		const column = v.slice(0, eq).trim();
		const field = v.slice(eq + 1).trim() as CsvField;
		if (eq <= 0 || !column) throw new Error(`invalid --map "${v}": expected COLUMN=FIELD`);
		if (!CSV_FIELDS.includes(field)) throw new Error(`invalid --map "${v}": unknown field "${field}" (fields: ${CSV_FIELDS.join(', ')})`);
		out[column] = field;
	}
	return out;
}

/**
 * Maps header columns to fields: explicit --map entries first, then aliases in preference order.
 * A column is used for one field only. Throws when there is no text column.
 */
export function mapColumns(header: string[], overrides: Record<string, CsvField>, at: string): ColumnMap {
	const map: ColumnMap = {};
	const used = new Set<number>();
	for (const [column, field] of Object.entries(overrides)) {
		let i = header.indexOf(column);
		if (i < 0) i = header.findIndex((h) => normaliseHeader(h) === normaliseHeader(column));
		if (i < 0) throw new UnreadableInput(at, `--map names column "${column}", which is not in the header (${header.join(', ')})`);
		map[field] = i;
		used.add(i);
	}
	const norm = header.map(normaliseHeader);
	for (const field of CSV_FIELDS) {
		if (map[field] !== undefined) continue;
		for (const alias of CSV_ALIASES[field]) {
			const i = norm.findIndex((h, k) => h === alias && !used.has(k));
			if (i >= 0) {
				map[field] = i;
				used.add(i);
				break;
			}
		}
	}
	if (map.text === undefined)
		throw new UnreadableInput(at, `no comment text column among: ${header.join(', ')}; name one with --map COLUMN=text`);
	return map;
}
