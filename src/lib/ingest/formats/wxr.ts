// WordPress WXR 1.0-1.2 (the wp namespace may be http or https). Posts and pages are articles;
// <wp:comment> elements are comments, nested by comment_parent (0 = top level). Pingbacks and
// trackbacks keep their type; comment_approved 0 / spam / trash become the status.
// Items that are not posts or pages (attachments, menu items) are skipped unless they carry comments.
import type { Emit, TextInput } from '../items';
import { reject } from '../items';
import { innerMarkup, streamXmlRecords, type XmlElement } from '../xml';
import { BadTime, parseTime } from '../dates';
import { htmlToText } from '../html';
import { statusOf, typeOf } from '../statuses';

const isWp = (el: XmlElement) => /wordpress\.org\/export\/1\.\d\/?$/.test(el.uri);
const wp = (el: XmlElement, name: string) => el.children.find((c) => c.name === name && isWp(c))?.text.trim() ?? '';
const plain = (el: XmlElement, name: string) => el.children.find((c) => c.name === name && !isWp(c))?.text.trim() ?? '';
const contentEncoded = (el: XmlElement) => {
	const c = el.children.find((c) => c.name === 'encoded' && c.uri.startsWith('http://purl.org/rss/1.0/modules/content'));
	return c ? innerMarkup(c) : '';
};
const wpMarkup = (el: XmlElement, name: string) => {
	const c = el.children.find((c) => c.name === name && isWp(c));
	return c ? innerMarkup(c).trim() : '';
};

/** "https://example.com/blog/" -> "example.com/blog": the same site over http and https is one source. */
export function siteNamespace(link: string): string {
	return link.trim().replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, '');
}

/** The first time that is set: WordPress writes "0000-00-00 00:00:00" for unset GMT times. */
function firstTime(values: string[]): string | null {
	for (const v of values) {
		const t = parseTime(v);
		if (t) return t;
	}
	return null;
}

export async function parseWxr(input: TextInput, emit: Emit): Promise<void> {
	const skipped = new Map<string, number>();
	let named = false;
	await streamXmlRecords(input, {
		root: 'rss',
		isRecord: (path) => path.length === 3 && path[1] === 'channel' && (path[2] === 'item' || path[2] === 'link'),
		onRecord(el) {
			if (el.name === 'link') {
				if (!named && el.text.trim()) emit({ kind: 'namespace', namespace: siteNamespace(el.text) });
				named = true;
			} else item(el);
		}
	});
	if (skipped.size) {
		const what = [...skipped].map(([type, n]) => `${n} ${type}`).join(', ');
		emit({ kind: 'warning', at: `${input.name}`, message: `skipped items that are not posts or pages and have no comments: ${what}` });
	}

	function item(el: XmlElement) {
		const comments = el.children.filter((c) => c.name === 'comment' && isWp(c));
		const type = wp(el, 'post_type') || 'post';
		if (type !== 'post' && type !== 'page' && !comments.length) {
			skipped.set(type, (skipped.get(type) ?? 0) + 1);
			return;
		}
		const id = wp(el, 'post_id') || plain(el, 'guid') || plain(el, 'link');
		if (!id) return emit(reject(el.at, '<item> has no wp:post_id, guid or link'));
		try {
			const categories = el.children.filter((c) => c.name === 'category' && !isWp(c));
			emit({
				kind: 'article',
				at: el.at,
				article: {
					externalId: id,
					url: plain(el, 'link') || null,
					title: plain(el, 'title') || null,
					body: htmlToText(contentEncoded(el), { newlines: 'keep' }) || null,
					author: plain(el, 'creator') || null,
					section: categories.find((c) => c.attrs.domain === 'category')?.text.trim() || null,
					tags: categories.filter((c) => c.attrs.domain === 'post_tag').map((c) => c.text.trim()),
					publishedAt: firstTime([wp(el, 'post_date_gmt'), plain(el, 'pubDate'), wp(el, 'post_date')])
				}
			});
		} catch (e) {
			if (!(e instanceof BadTime)) throw e;
			return emit(reject(el.at, `<item> ${id}: ${e.message}`));
		}
		for (const c of comments) comment(c, id);
	}

	function comment(el: XmlElement, article: string) {
		const id = wp(el, 'comment_id');
		if (!id) return emit(reject(el.at, '<wp:comment> has no wp:comment_id'));
		const approved = wp(el, 'comment_approved');
		const status = approved === '' ? 'visible' : statusOf(approved);
		if (!status) return emit(reject(el.at, `comment ${id}: unknown comment_approved "${approved.slice(0, 20)}"`));
		const kind = typeOf(wp(el, 'comment_type'));
		const parent = wp(el, 'comment_parent');
		try {
			emit({
				kind: 'comment',
				at: el.at,
				comment: {
					articleExternalId: article,
					externalId: id,
					parentExternalId: parent && parent !== '0' && parent !== id ? parent : null,
					authorName: wp(el, 'comment_author') || null,
					text: htmlToText(wpMarkup(el, 'comment_content'), { newlines: 'keep' }),
					createdAt: firstTime([wp(el, 'comment_date_gmt'), wp(el, 'comment_date')]),
					status,
					// Custom types (WooCommerce "review", "note") are reader text too.
					type: kind ?? 'comment'
				}
			});
		} catch (e) {
			if (!(e instanceof BadTime)) throw e;
			emit(reject(el.at, `comment ${id}: ${e.message}`));
		}
	}
}
