// Comment rows for an export: one query over the filtered comments in id (import) order, so it
// reads the table front to back, joined to tags, article, author and flag by primary key. Emoji
// and topics come as compact strings that are parsed once per distinct value in JS (a few hundred
// distinct values cover a million comments), which costs far less than JSON per row.
import type { DB } from './open';
import type { Filters } from '../../filters';
import type { ExportColumn } from '../../export/columns';
import type { Row } from '../../export/table';
import { filterToSql } from './filterSql';

type Join = 'article' | 'author' | 'flag';
interface Source {
	sql: string;
	join?: Join;
	/** Turns the SQL value into the column's value. */
	parse?: 'emoji' | 'topics';
}

const SOURCES: Record<string, Source> = {
	article_id: { sql: 'c.article_id' },
	article_url: { sql: 'a.url', join: 'article' },
	article_title: { sql: 'a.title', join: 'article' },
	article_published_at: { sql: 'a.published_at', join: 'article' },
	article_external_id: { sql: 'a.external_id', join: 'article' },
	article_section: { sql: 'a.section', join: 'article' },
	comment_id: { sql: 'c.id' },
	comment_external_id: { sql: 'c.external_id' },
	parent_id: { sql: 'c.parent_id' },
	thread_root_id: { sql: 'c.thread_root_id' },
	depth: { sql: 'c.depth' },
	position: { sql: 'c.position' },
	author: { sql: 'au.handle', join: 'author' },
	author_name: { sql: 'au.display_name', join: 'author' },
	created_at: { sql: 'c.created_at' },
	effective_at: { sql: 'c.effective_at' },
	status: { sql: 'c.status' },
	type: { sql: 'c.type' },
	score: { sql: 'c.score' },
	text: { sql: 'c.text' },
	sentiment_score: { sql: 't.sentiment_score' },
	sentiment_label: { sql: 't.sentiment_label' },
	stance_target: { sql: 't.stance_target' },
	stance_label: { sql: 't.stance_label' },
	stance_confidence: { sql: 't.stance_confidence' },
	// char(31)/char(30), the unit and record separators, never occur in an emoji.
	emoji: {
		sql: '(SELECT group_concat(e.emoji || char(31) || e.count, char(30)) FROM comment_emoji e WHERE e.comment_id = c.id)',
		parse: 'emoji'
	},
	topics: { sql: '(SELECT group_concat(x.topic_id) FROM comment_topics x WHERE x.comment_id = c.id)', parse: 'topics' },
	lang: { sql: 't.lang' },
	duplicate_cluster: { sql: 'cf.cluster_id', join: 'flag' },
	duplicate_similarity: { sql: 'cf.similarity', join: 'flag' },
	nlp_version: { sql: 't.nlp_version' }
};

const JOINS: Record<Join, string> = {
	article: 'JOIN articles a ON a.id = c.article_id',
	author: 'LEFT JOIN authors au ON au.id = c.author_id',
	flag: 'LEFT JOIN comment_flags cf ON cf.comment_id = c.id'
};

const EMPTY: readonly string[] = Object.freeze([]);
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Memoises a parse per distinct input, forgetting all when full. */
function memo(parse: (v: string) => readonly string[]): (v: unknown) => readonly string[] {
	const seen = new Map<string, readonly string[]>();
	return (v) => {
		if (typeof v !== 'string') return EMPTY;
		let list = seen.get(v);
		if (list === undefined) {
			list = Object.freeze(parse(v));
			if (seen.size >= 20_000) seen.clear();
			seen.set(v, list);
		}
		return list;
	};
}

/** "emoji\x1Fcount\x1E..." -> the emoji, most used first, then by code unit. */
const parseEmoji = (v: string) =>
	v
		.split('\x1e')
		.map((p) => {
			const cut = p.lastIndexOf('\x1f');
			return { emoji: p.slice(0, cut), count: Number(p.slice(cut + 1)) };
		})
		.sort((a, b) => b.count - a.count || byCodeUnit(a.emoji, b.emoji))
		.map((e) => e.emoji);

export interface IdRange {
	/** Inclusive. */
	from: number;
	/** Exclusive. */
	to: number;
}

/**
 * The comments the filters select, in id order, as rows in column order followed by the row's
 * nlp_version (for the provenance). `range` restricts to a slice of ids (parallel export).
 */
export function* commentRows(db: DB, f: Filters, columns: readonly ExportColumn[], range?: IdRange): Generator<Row> {
	const filter = filterToSql(f);
	const sources = columns.map((c) => {
		const s = SOURCES[c.name];
		if (!s) throw new Error(`no source for comment column ${c.name}`);
		return s;
	});
	const joins = [...new Set(sources.flatMap((s) => (s.join ? [s.join] : [])))].map((j) => JOINS[j]);
	const select = [...sources.map((s) => s.sql), 't.nlp_version'];
	const where = range ? `(${filter.where}) AND c.id >= ? AND c.id < ?` : filter.where;
	const params = range ? [...filter.params, range.from, range.to] : filter.params;
	const stmt = db.prepare(`SELECT ${select.join(', ')} FROM comments c ${filter.joins} ${joins.join(' ')} WHERE ${where} ORDER BY c.id`).raw(true);

	const topicName = db.prepare('SELECT name FROM topics WHERE id = ?').pluck();
	const names = new Map<string, string>();
	const nameOf = (id: string) => {
		let name = names.get(id);
		if (name === undefined) {
			name = (topicName.get(Number(id)) as string | undefined) ?? `topic ${id}`;
			names.set(id, name);
		}
		return name;
	};
	const parsers = { emoji: memo(parseEmoji), topics: memo((v) => v.split(',').map(nameOf).sort(byCodeUnit)) };
	const parsed = sources.flatMap((s, i) => (s.parse ? [[i, parsers[s.parse]] as const] : []));

	for (const row of stmt.iterate(...params) as IterableIterator<unknown[]>) {
		for (const [i, parse] of parsed) row[i] = parse(row[i]);
		yield row;
	}
}
