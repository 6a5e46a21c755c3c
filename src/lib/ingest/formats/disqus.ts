// Disqus XML export: <disqus> with <category>, <thread dsq:id> (articles) and <post dsq:id>
// (comments) as children of the root. A post names its thread and, for replies, its parent by
// dsq:id. isDeleted / isSpam become the status; nothing is dropped. Posts whose thread is not in
// the export are kept (under a placeholder article) and reported.
import type { Emit, TextInput } from '../items';
import { reject } from '../items';
import { child, childText, innerMarkup, streamXmlRecords, type XmlElement } from '../xml';
import { BadTime, parseTime } from '../dates';
import { htmlToText } from '../html';

function bool(el: XmlElement, name: string): boolean {
	const v = childText(el, name).toLowerCase();
	if (v === '' || v === 'false' || v === '0') return false;
	if (v === 'true' || v === '1') return true;
	throw new Error(`<${name}> must be true or false, got "${v.slice(0, 20)}"`);
}

const markupOf = (el: XmlElement, name: string) => {
	const c = child(el, name);
	return c ? innerMarkup(c) : '';
};

/** dsq:id of a child reference such as <thread dsq:id="2"/>. */
const ref = (el: XmlElement, name: string) => child(el, name)?.attrs.id?.trim() || null;

export async function parseDisqus(input: TextInput, emit: Emit): Promise<void> {
	const threads = new Set<string>();
	/** Thread ids posts referred to before (or without) the thread appearing: id -> first post position. */
	const missing = new Map<string, { at: string; posts: number }>();
	let forum: string | null = null;
	await streamXmlRecords(input, {
		root: 'disqus',
		isRecord: (path) => path.length === 2,
		onRecord(el) {
			if (!forum && (forum = childText(el, 'forum') || null)) emit({ kind: 'namespace', namespace: `disqus:${forum}` });
			if (el.name === 'thread') thread(el);
			else if (el.name === 'post') post(el);
		}
	});
	for (const [id, m] of missing)
		emit({
			kind: 'warning',
			at: m.at,
			message: `${m.posts} post${m.posts === 1 ? ' refers' : 's refer'} to thread ${id}, which is not in the export; kept under a placeholder article`
		});

	function thread(el: XmlElement) {
		const id = el.attrs.id?.trim();
		if (!id) return emit(reject(el.at, '<thread> has no dsq:id'));
		try {
			emit({
				kind: 'article',
				at: el.at,
				article: {
					externalId: id,
					url: childText(el, 'link') || null,
					title: childText(el, 'title') || null,
					body: htmlToText(markupOf(el, 'message')) || null,
					author: childText(child(el, 'author') ?? el, 'name') || null,
					publishedAt: parseTime(childText(el, 'createdAt'))
				}
			});
			threads.add(id);
			missing.delete(id);
		} catch (e) {
			emit(reject(el.at, `<thread dsq:id="${id}">: ${(e as Error).message}`));
		}
	}

	function post(el: XmlElement) {
		const id = el.attrs.id?.trim() || childText(el, 'id');
		if (!id) return emit(reject(el.at, '<post> has neither dsq:id nor <id>'));
		const threadId = ref(el, 'thread');
		if (!threadId) return emit(reject(el.at, `<post dsq:id="${id}"> has no <thread> reference`));
		try {
			const author = child(el, 'author');
			const anonymous = author ? childText(author, 'isAnonymous') === 'true' : true;
			const deleted = bool(el, 'isDeleted');
			const spam = bool(el, 'isSpam');
			emit({
				kind: 'comment',
				at: el.at,
				comment: {
					articleExternalId: threadId,
					externalId: id,
					parentExternalId: ref(el, 'parent'),
					authorHandle: author && !anonymous ? childText(author, 'username') || null : null,
					authorName: author ? childText(author, 'name') || null : null,
					text: htmlToText(markupOf(el, 'message')),
					createdAt: parseTime(childText(el, 'createdAt')),
					status: deleted ? 'deleted' : spam ? 'spam' : 'visible',
					type: 'comment'
				}
			});
		} catch (e) {
			const reason = e instanceof BadTime ? `<createdAt>: ${e.message}` : (e as Error).message;
			return emit(reject(el.at, `<post dsq:id="${id}">: ${reason}`));
		}
		if (!threads.has(threadId)) {
			const m = missing.get(threadId);
			if (m) m.posts++;
			else missing.set(threadId, { at: el.at, posts: 1 });
		}
	}
}
