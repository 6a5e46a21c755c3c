// Serialises one small corpus model into each format `murmur ingest` reads, so the fuzzer can
// generate valid documents (and know exactly what they hold) before it mutates them.
import fc from 'fast-check';

export interface ModelArticle {
	id: string;
	title: string;
	published: string; // "2026-05-01T10:00:00Z"
}
export interface ModelComment {
	id: string;
	article: string;
	parent: string | null;
	author: string;
	text: string;
	created: string;
}
export interface Model {
	articles: ModelArticle[];
	comments: ModelComment[];
}

export const FUZZ_FORMATS = ['page', 'json', 'ndjson', 'csv', 'tsv', 'disqus', 'wxr', 'reddit', 'coral'] as const;
export type FuzzFormat = (typeof FUZZ_FORMATS)[number];

const WORD = fc.constantFrom('ceasefire', 'talks', 'peace', 'Kyiv', 'deal', 'never', 'great', 'awful', 'hope', 'Köln', 'naïve', 'мир', 'שלום', 'سلام', '和平', '🌍', '🤝🕊️', '👍🏽', '🇺🇦', "it's", 'wait...', 'why?', 'yes!', '(maybe)', '50%', 'A&B', 'x<y', '"quoted"');
const NAME = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{2,11}$/);
const TIME = fc.integer({ min: Date.UTC(2025, 0, 1) / 1000, max: Date.UTC(2026, 11, 31) / 1000 }).map((s) => new Date(s * 1000).toISOString().slice(0, 19) + 'Z');

/** 1-3 articles, 1-12 comments, replies only to earlier comments of the same article. */
export const modelArb: fc.Arbitrary<Model> = fc
	.record({
		articles: fc.array(fc.record({ title: fc.array(WORD, { minLength: 2, maxLength: 6 }).map((w) => w.join(' ')), published: TIME }), { minLength: 1, maxLength: 3 }),
		comments: fc.array(
			fc.record({ a: fc.nat(), parent: fc.option(fc.nat(), { nil: null }), author: NAME, words: fc.array(WORD, { minLength: 1, maxLength: 14 }), created: TIME }),
			{ minLength: 1, maxLength: 12 }
		)
	})
	.map(({ articles, comments }) => {
		const arts = articles.map((a, i) => ({ id: `${100 + i}`, title: `${a.title} ${i}`, published: a.published }));
		const out: ModelComment[] = [];
		comments.forEach((c, i) => {
			const article = arts[c.a % arts.length].id;
			const earlier = out.filter((x) => x.article === article);
			const parent = c.parent !== null && earlier.length ? earlier[c.parent % earlier.length].id : null;
			out.push({ id: `${1000 + i}`, article, parent, author: c.author, text: c.words.join(' '), created: c.created });
		});
		return { articles: arts, comments: out };
	});

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const csv = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const wpTime = (iso: string) => iso.slice(0, 19).replace('T', ' ');

/** The files of one document: name -> content (Coral is a folder of three). */
export function serialise(format: FuzzFormat, m: Model): Record<string, string> {
	const title = (id: string) => m.articles.find((a) => a.id === id)!.title;
	switch (format) {
		case 'ndjson':
			return {
				'fuzz.ndjson': [
					...m.articles.map((a) => JSON.stringify({ id: a.id, title: a.title, published_at: a.published })),
					...m.comments.map((c) => JSON.stringify({ id: c.id, article_id: c.article, parent_id: c.parent, author: c.author, text: c.text, created_at: c.created }))
				].join('\n') + '\n'
			};
		case 'json':
			return {
				'fuzz.json': JSON.stringify(
					{
						articles: m.articles.map((a) => ({
							id: a.id,
							title: a.title,
							published_at: a.published,
							comments: m.comments.filter((c) => c.article === a.id).map((c) => ({ id: c.id, parent_id: c.parent, author: c.author, text: c.text, created_at: c.created }))
						}))
					},
					null,
					1
				)
			};
		case 'csv':
		case 'tsv': {
			const sep = format === 'csv' ? ',' : '\t';
			const cell = format === 'csv' ? csv : (s: string) => s;
			const head = ['id', 'article_id', 'title', 'parent_id', 'author', 'date', 'text'].join(sep);
			const rows = m.comments.map((c) => [c.id, c.article, title(c.article), c.parent ?? '', c.author, c.created, c.text].map(cell).join(sep));
			return { [`fuzz.${format}`]: [head, ...rows].join('\r\n') + '\r\n' };
		}
		case 'reddit':
			return {
				'RC_2026-05.ndjson': m.comments
					.map((c) =>
						JSON.stringify({ id: c.id, link_id: `t3_${c.article}`, parent_id: c.parent ? `t1_${c.parent}` : `t3_${c.article}`, author: c.author, body: c.text, created_utc: Date.parse(c.created) / 1000, subreddit: 'worldnews', score: 1 })
					)
					.join('\n') + '\n'
			};
		case 'disqus':
			return {
				'fuzz-disqus.xml':
					`<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">\n` +
					m.articles.map((a) => `<thread dsq:id="${a.id}"><id>${a.id}</id><link>https://news.example/${a.id}</link><title>${xml(a.title)}</title><createdAt>${a.published}</createdAt></thread>\n`).join('') +
					m.comments
						.map(
							(c) =>
								`<post dsq:id="${c.id}"><id>${c.id}</id><message><![CDATA[<p>${xml(c.text)}</p>]]></message><createdAt>${c.created}</createdAt><isDeleted>false</isDeleted><isSpam>false</isSpam>` +
								`<author><name>${c.author}</name><username>${c.author}</username></author><thread dsq:id="${c.article}"/>${c.parent ? `<parent dsq:id="${c.parent}"/>` : ''}</post>\n`
						)
						.join('') +
					`</disqus>\n`
			};
		case 'wxr':
			return {
				'fuzz-wxr.xml':
					`<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel><title>Fuzz</title><link>https://news.example/</link><wp:wxr_version>1.2</wp:wxr_version>\n` +
					m.articles
						.map(
							(a) =>
								`<item><title>${xml(a.title)}</title><link>https://news.example/?p=${a.id}</link><wp:post_id>${a.id}</wp:post_id><wp:post_date_gmt>${wpTime(a.published)}</wp:post_date_gmt><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>\n` +
								m.comments
									.filter((c) => c.article === a.id)
									.map(
										(c) =>
											`<wp:comment><wp:comment_id>${c.id}</wp:comment_id><wp:comment_author><![CDATA[${c.author}]]></wp:comment_author><wp:comment_date_gmt>${wpTime(c.created)}</wp:comment_date_gmt>` +
											`<wp:comment_content><![CDATA[${c.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_type></wp:comment_type><wp:comment_parent>${c.parent ?? 0}</wp:comment_parent></wp:comment>\n`
									)
									.join('') +
								`</item>\n`
						)
						.join('') +
					`</channel></rss>\n`
			};
		case 'coral': {
			const users = [...new Set(m.comments.map((c) => c.author))];
			return {
				'stories.csv': ['id,url,title,author,published_at,closed_at,mode', ...m.articles.map((a) => [a.id, `https://news.example/${a.id}`, a.title, 'Desk', a.published, '', 'COMMENTS'].map(csv).join(','))].join('\n') + '\n',
				'users.csv': ['id,email,username,role,banned,created_at', ...users.map((u, i) => [`u${i}`, `${u}@example.com`, u, 'COMMENTER', 'false', '2020-01-01T00:00:00Z'].join(','))].join('\n') + '\n',
				'comments.csv':
					['id,author_id,story_id,created_at,body,parent_id,status,rating', ...m.comments.map((c) => [c.id, `u${users.indexOf(c.author)}`, c.article, c.created, c.text, c.parent ?? '', 'ACCEPTED', ''].map(csv).join(','))].join('\n') + '\n'
			};
		}
		case 'page': {
			// A pasted page holds one article: the first; its comments in order, numbered, no times.
			const a = m.articles[0];
			const cs = m.comments.filter((c) => c.article === a.id);
			return {
				'fuzz-page.txt':
					`${a.title}\n\nThe article body, one paragraph long.\n\nAuthor of the article\nDesk Writer\nCorrespondent\n\nAdd a comment\n\n` +
					cs.map((c, i) => `  ${i + 1}. ${c.author}\n\n    ${c.text}\n\n    Reply\n`).join('')
			};
		}
	}
}

/** What a valid document must ingest as: comment texts (and authors) by id, per format. */
export function expectedComments(format: FuzzFormat, m: Model): { count: number; texts: string[] } {
	const cs = format === 'page' ? m.comments.filter((c) => c.article === m.articles[0].id) : m.comments;
	return { count: cs.length, texts: cs.map((c) => c.text).sort() };
}
