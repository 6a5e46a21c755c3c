// Reddit / Pushshift dumps: NDJSON of comments (RC_, with link_id and parent_id) and submissions
// (RS_, with title). A submission is an article keyed by its base-36 id; a comment's link_id
// "t3_<id>" names that article and parent_id "t1_<id>" its parent comment ("t3_" = top level).
// Comments usually come without their submissions: their articles are kept as stubs until an RS
// file fills them in, in either order.
import type { Emit, TextInput } from '../items';
import { reject } from '../items';
import { eachLine } from '../lines';
import { invalidJsonLine } from '../jsonFault';
import { BadTime, parseTime } from '../dates';
import { decodeEntities } from '../html';

type Obj = Record<string, unknown>;

const GONE = new Set(['[deleted]', '[removed]']);

const strip = (v: unknown, prefix: string) => {
	const s = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
	return s.startsWith(prefix) ? s.slice(prefix.length) : s;
};
const text = (v: unknown) => (typeof v === 'string' ? decodeEntities(v).replace(/\r\n?/g, '\n').trim() : '');
const author = (v: unknown) => (typeof v === 'string' && v && !GONE.has(v) ? v : null);

function created(o: Obj): string | null {
	const v = o.created_utc;
	return parseTime(typeof v === 'string' && /^\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v);
}

/** True for the first record of a Reddit dump (comment or submission). */
export function looksLikeReddit(o: Obj): boolean {
	return ('link_id' in o && 'body' in o) || ('subreddit' in o && 'created_utc' in o && ('title' in o || 'body' in o));
}

function emitRecord(o: Obj, at: string, emit: Emit, raw: string) {
	if (typeof o.id !== 'string' && typeof o.id !== 'number') return emit(reject(at, 'no "id"', raw));
	if ('body' in o || 'link_id' in o) {
		const article = strip(o.link_id, 't3_');
		if (!article) return emit(reject(at, 'comment without "link_id"', raw));
		const parent = typeof o.parent_id === 'string' && o.parent_id.startsWith('t1_') ? o.parent_id.slice(3) : null;
		const body = typeof o.body === 'string' ? o.body : '';
		emit({
			kind: 'comment',
			at,
			comment: {
				articleExternalId: article,
				externalId: String(o.id),
				parentExternalId: parent,
				authorHandle: author(o.author),
				text: text(body),
				createdAt: created(o),
				score: typeof o.score === 'number' ? Math.round(o.score) : null,
				status: GONE.has(body.trim()) ? 'deleted' : 'visible',
				type: 'comment'
			}
		});
	} else {
		const permalink = typeof o.permalink === 'string' ? 'https://www.reddit.com' + o.permalink : null;
		emit({
			kind: 'article',
			at,
			article: {
				externalId: String(o.id),
				url: permalink ?? (typeof o.url === 'string' ? o.url : null),
				title: typeof o.title === 'string' ? decodeEntities(o.title) : null,
				body: text(o.selftext) || null,
				author: author(o.author),
				section: typeof o.subreddit === 'string' ? o.subreddit : null,
				publishedAt: created(o)
			}
		});
	}
}

export async function parseReddit(input: TextInput, emit: Emit): Promise<void> {
	emit({ kind: 'namespace', namespace: 'reddit' });
	await eachLine(input.chunks, (line, no) => {
		if (!line.trim()) return;
		const at = `${input.name}:${no}`;
		let o: unknown;
		try {
			o = JSON.parse(line);
		} catch (e) {
			return emit(reject(at, invalidJsonLine(line, e), line));
		}
		if (typeof o !== 'object' || o === null || Array.isArray(o)) return emit(reject(at, 'expected a JSON object', line));
		try {
			emitRecord(o as Obj, at, emit, line);
		} catch (e) {
			if (e instanceof BadTime) emit(reject(at, `created_utc: ${e.message}`, line));
			else throw e;
		}
	});
}
