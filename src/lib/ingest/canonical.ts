// The canonical record format (json / ndjson), documented in schema/murmur.schema.json.
// An object with "text" is a comment; otherwise it is an article (which may nest its comments).
// A record that breaks the schema is rejected with the field at fault; it never stops the file.
import type { ArticleRecord, CommentRecord, CommentStatus, CommentType } from '../types';
import type { Emit, ParsedItem } from './items';
import { reject } from './items';
import { BadTime, parseTime } from './dates';
import { derivedCommentId } from './ids';

type Obj = Record<string, unknown>;

/** A field that breaks the schema; the message names it. */
class BadField extends Error {}

const STATUSES = new Set<CommentStatus>(['visible', 'deleted', 'spam', 'unapproved']);
const TYPES = new Set<CommentType>(['comment', 'pingback', 'trackback']);

function pick(o: Obj, names: string[]): [string, unknown] | undefined {
	for (const n of names) if (o[n] !== undefined && o[n] !== null) return [n, o[n]];
	return undefined;
}

function str(o: Obj, names: string[]): string | null {
	const f = pick(o, names);
	if (!f) return null;
	if (typeof f[1] === 'string') return f[1];
	if (typeof f[1] === 'number' && Number.isFinite(f[1])) return String(f[1]);
	throw new BadField(`"${f[0]}" must be a string, got ${JSON.stringify(f[1])?.slice(0, 40)}`);
}

function id(o: Obj, names: string[]): string | null {
	const s = str(o, names);
	return s === null || s === '' ? null : s;
}

function time(o: Obj, names: string[]): string | null {
	const f = pick(o, names);
	if (!f) return null;
	try {
		return parseTime(f[1]);
	} catch (e) {
		if (e instanceof BadTime) throw new BadField(`"${f[0]}": ${e.message}`);
		throw e;
	}
}

function int(o: Obj, names: string[]): number | null {
	const f = pick(o, names);
	if (!f) return null;
	const n = typeof f[1] === 'string' && f[1].trim() !== '' ? Number(f[1]) : f[1];
	if (typeof n !== 'number' || !Number.isFinite(n)) throw new BadField(`"${f[0]}" must be a number, got ${JSON.stringify(f[1])?.slice(0, 40)}`);
	return Math.round(n);
}

function oneOf<T extends string>(o: Obj, name: string, allowed: Set<T>): T | undefined {
	const v = o[name];
	if (v === undefined || v === null || v === '') return undefined;
	if (typeof v !== 'string' || !allowed.has(v.toLowerCase() as T))
		throw new BadField(`"${name}" must be one of ${[...allowed].join(', ')}, got ${JSON.stringify(v)?.slice(0, 40)}`);
	return v.toLowerCase() as T;
}

function list(o: Obj, name: string): Obj[] {
	const v = o[name];
	if (v === undefined || v === null) return [];
	if (!Array.isArray(v)) throw new BadField(`"${name}" must be an array`);
	return v as Obj[];
}

export function toArticle(o: Obj): ArticleRecord {
	const url = str(o, ['url', 'link']);
	const externalId = id(o, ['id', 'article_id']) ?? (url || null);
	if (!externalId) throw new BadField('an article needs "id" or "url"');
	const tags = o.tags;
	if (tags !== undefined && tags !== null && !(Array.isArray(tags) && tags.every((t) => typeof t === 'string')))
		throw new BadField('"tags" must be an array of strings');
	return {
		externalId,
		url,
		title: str(o, ['title']),
		body: str(o, ['body']),
		author: str(o, ['author']),
		section: str(o, ['section']),
		tags: (tags as string[] | undefined) ?? [],
		publishedAt: time(o, ['published_at', 'publishedAt', 'date'])
	};
}

export function toComment(o: Obj, article: string | null, parent: string | null): CommentRecord {
	const articleExternalId = id(o, ['article_id', 'article', 'thread_id', 'articleId']) ?? article;
	if (!articleExternalId) throw new BadField('a comment needs "article_id" (or to be nested in an article)');
	if (typeof o.text !== 'string') throw new BadField(`"text" must be a string, got ${JSON.stringify(o.text)?.slice(0, 40)}`);
	const c: CommentRecord = {
		articleExternalId,
		externalId: '',
		parentExternalId: id(o, ['parent_id', 'parent', 'parentId']) ?? parent,
		authorHandle: str(o, ['author', 'username', 'user']),
		authorName: str(o, ['author_name', 'authorName', 'name']),
		text: o.text,
		createdAt: time(o, ['created_at', 'createdAt', 'created', 'timestamp']),
		score: int(o, ['score']),
		status: oneOf(o, 'status', STATUSES) ?? 'visible',
		type: oneOf(o, 'type', TYPES) ?? 'comment',
		position: int(o, ['position'])
	};
	c.externalId = id(o, ['id', 'comment_id']) ?? derivedCommentId(articleExternalId, c.authorHandle ?? c.authorName, c.createdAt, c.text);
	if (c.parentExternalId === c.externalId) throw new BadField(`comment "${c.externalId}" names itself as its parent`);
	return c;
}

/** A comment and its nested replies, depth first in document order; iterative, so any depth is fine. */
function collectComment(o: Obj, article: string | null, parent: string | null, at: string, out: ParsedItem[]) {
	const stack: { o: Obj; article: string | null; parent: string | null }[] = [{ o, article, parent }];
	while (stack.length) {
		const next = stack.pop()!;
		const c = toComment(next.o, next.article, next.parent);
		out.push({ kind: 'comment', comment: c, at });
		const replies = list(next.o, 'replies');
		for (let i = replies.length - 1; i >= 0; i--) {
			const r = replies[i];
			if (typeof r !== 'object' || r === null) throw new BadField(`"replies" must hold objects`);
			stack.push({ o: r, article: c.articleExternalId, parent: c.externalId });
		}
	}
}

/**
 * Emits the items of one canonical record. `hint` says which container the record came from
 * ("articles"/"comments") when the document said so; `article` is the enclosing article's id.
 * A record that breaks the schema becomes one reject; none of its nested records are kept, so a
 * record is all or nothing.
 */
export function emitCanonical(value: unknown, at: string, emit: Emit, hint: string | null = null, article: string | null = null): boolean {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		emit(reject(at, `expected a JSON object, got ${Array.isArray(value) ? 'an array' : JSON.stringify(value)?.slice(0, 40)}`));
		return false;
	}
	const o = value as Obj;
	try {
		const kind = o.kind ?? (hint === 'comments' ? 'comment' : hint === 'articles' ? 'article' : 'text' in o ? 'comment' : 'article');
		// The common case, a flat comment, is emitted directly: no buffering, nothing allocated per record.
		if (kind === 'comment' && o.replies == null) {
			emit({ kind: 'comment', comment: toComment(o, article, null), at });
			return true;
		}
		const items: ParsedItem[] = [];
		if (kind === 'comment') collectComment(o, article, null, at, items);
		else if (kind === 'article') {
			const a = toArticle(o);
			items.push({ kind: 'article', article: a, at });
			const comments = list(o, 'comments');
			for (let i = 0; i < comments.length; i++) {
				const c = comments[i];
				if (typeof c !== 'object' || c === null) throw new BadField(`comments[${i}] must be an object`);
				collectComment(c, a.externalId, null, at, items);
			}
		} else throw new BadField(`"kind" must be "article" or "comment", got ${JSON.stringify(kind)?.slice(0, 40)}`);
		for (const i of items) emit(i);
		return true;
	} catch (e) {
		if (!(e instanceof BadField)) throw e;
		emit(reject(at, e.message, JSON.stringify(value)));
		return false;
	}
}
