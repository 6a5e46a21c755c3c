// One fixture table per format: the parser's exact output for small files that reproduce the
// shared samples' cases (and the faults real exports have).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDisqus } from '../../src/lib/ingest/formats/disqus';
import { parseWxr } from '../../src/lib/ingest/formats/wxr';
import { parseCsv } from '../../src/lib/ingest/formats/csv';
import { parseJsonDocument, parseNdjson } from '../../src/lib/ingest/formats/json';
import { parseReddit } from '../../src/lib/ingest/formats/reddit';
import { parseCoral } from '../../src/lib/ingest/formats/coral';
import { textInput, UnreadableInput, type ParsedItem } from '../../src/lib/ingest/items';
import { articles, comments, fixture, parseWith, rejects } from './helpers';

const read = (p: string) => readFileSync(fixture(p), 'utf8');
const warnings = (items: ParsedItem[]) => items.flatMap((i) => (i.kind === 'warning' ? [`${i.at}: ${i.message}`] : []));
const namespaces = (items: ParsedItem[]) => items.flatMap((i) => (i.kind === 'namespace' ? [i.namespace] : []));

async function failure(p: Promise<unknown>): Promise<string> {
	try {
		await p;
	} catch (e) {
		if (e instanceof UnreadableInput) return e.message;
		throw e;
	}
	return 'no error';
}

describe('disqus', () => {
	it('isso export: 3 threads, all 6 posts, deleted status, reply to the deleted post attached, orphan reported', async () => {
		const items = await parseWith(parseDisqus, read('disqus/isso-disqus.xml'), 'disqus.xml');
		expect(namespaces(items)).toEqual(['disqus:disqusdev']);
		expect(articles(items).map((a) => [a.externalId, a.title, a.url, a.publishedAt])).toEqual([
			['2', 'Hello, World!', 'http://example.org/', '2012-12-12T12:12:12Z'],
			['3', null, null, null],
			['7', null, 'http://localhost:4000/blog/2013/02/12/redacted/index.html', '2013-02-12T16:29:45Z']
		]);
		expect(comments(items).map((c) => [c.externalId, c.articleExternalId, c.parentExternalId, c.authorHandle, c.authorName, c.status, c.text])).toEqual([
			['4', '2', null, null, 'peter', 'visible', '...'],
			['5', '2', '4', 'user', 'user', 'visible', 'Hello, World.'],
			['6', '1337', null, null, 'where am I?', 'visible', '...'],
			['8', '7', null, 'EmptyUsername', 'Empty', 'visible', 'Message from thread with empty title and id'],
			['9', '2', null, null, 'peter', 'deleted', ''],
			['11', '2', '9', 'user', 'user', 'visible', 'Hello, World.']
		]);
		expect(warnings(items)).toEqual([
			'disqus.xml:66:5: 1 post refers to thread 1337, which is not in the export; kept under a placeholder article'
		]);
		expect(rejects(items)).toEqual([]);
	});

	it('keeps spam with its status, reads Cyrillic and CDATA HTML, rejects bad posts with line:column', async () => {
		const items = await parseWith(parseDisqus, read('disqus/cyrillic-spam.xml'), 'radio.xml');
		expect(comments(items).map((c) => [c.externalId, c.parentExternalId, c.status, c.text])).toEqual([
			['200', null, 'visible', 'Быстрая коричневая лиса.\n\nссылка & more'],
			['201', '200', 'visible', 'Первая строка\nвторая строка'],
			['12345678890', null, 'visible', 'This comment had no dsq:id'],
			['203', null, 'spam', 'some ugly spam']
		]);
		expect(rejects(items)).toEqual([
			'radio.xml:54:5: <post dsq:id="204">: <createdAt>: not a valid date: "2011-x09-30T22:48:43Z"',
			'radio.xml:62:5: <post dsq:id="205">: <isSpam> must be true or false, got "123"',
			'radio.xml:70:5: <post dsq:id="206"> has no <thread> reference'
		]);
	});

	it.each([
		['disqus/stray-backtick.xml', 'x.xml:1:2: text data outside of root node.'],
		['disqus/unquoted-attribute-at-end.xml', 'x.xml:68:24: unquoted attribute value.']
	])('%s cannot be read: one error with line and column', async (file, message) => {
		expect(await failure(parseWith(parseDisqus, read(file), 'x.xml'))).toBe(message);
	});

	it('refuses a document that is not a Disqus export', async () => {
		expect(await failure(parseWith(parseDisqus, '<rss><channel/></rss>', 'x.xml'))).toBe('x.xml:1:1: expected a <disqus> document, found <rss>');
	});
});

describe('wxr', () => {
	it('theme-unit-test shape: 32 records = 28 comments + 2 pingbacks + 2 trackbacks, 3 unapproved, 10 replies', async () => {
		const items = await parseWith(parseWxr, read('wxr/theme-like.xml'), 'theme.xml');
		const cs = comments(items);
		expect(namespaces(items)).toEqual(['themetest.example.com']);
		expect(cs).toHaveLength(32);
		const count = (f: (c: (typeof cs)[number]) => boolean) => cs.filter(f).length;
		expect([count((c) => c.type === 'comment'), count((c) => c.type === 'pingback'), count((c) => c.type === 'trackback')]).toEqual([28, 2, 2]);
		expect(cs.filter((c) => c.status === 'unapproved').map((c) => c.externalId)).toEqual(['134', '142', '151']);
		expect(cs.filter((c) => c.parentExternalId).map((c) => `${c.externalId}<${c.parentExternalId}`)).toEqual([
			'105<101', '106<105', '116<111', '117<116', '118<117', '119<112', '120<113', '128<123', '134<133', '152<151'
		]);
		expect(cs.find((c) => c.externalId === '104')!.text).toBe('Line one\nLine two\n\nNew paragraph');
		expect(cs.find((c) => c.externalId === '103')!.text).toBe('Author comment.\n\nSecond paragraph.');
		expect(cs.find((c) => c.externalId === '125')!.text).toBe('Comment escaped');
		expect(cs.find((c) => c.externalId === '123')).toMatchObject({ authorName: 'Reader 1', text: 'Comment on a page 😀', createdAt: '2007-09-05T17:19:00Z' });
		const as = articles(items);
		expect(as.map((a) => a.externalId)).toEqual(['10', '11', '12', '13', '14', '15', '97']);
		expect(as[0]).toMatchObject({ title: 'Template: Comments', url: 'https://themetest.example.com/?p=10', author: 'themedemos', section: 'News', tags: ['tests'], publishedAt: '2007-09-04T17:48:10Z', body: 'Body of the post.' });
		// A draft has no GMT date: the RSS pubDate stands in.
		expect(as[6]).toMatchObject({ title: 'Draft & unscheduled', publishedAt: '2007-01-01T00:00:00Z' });
		expect(warnings(items)).toEqual(['theme.xml: skipped items that are not posts or pages and have no comments: 1 attachment, 1 nav_menu_item']);
	});

	it('isso WXR 1.0 (http namespace): nesting, missing dates, items without post ids', async () => {
		const items = await parseWith(parseWxr, read('wxr/isso-wordpress.xml'), 'wp.xml');
		expect(articles(items).map((a) => a.externalId)).toEqual(['18', 'http://example.tld/?p=4', 'http://example.tld/?p=6']);
		expect(comments(items).map((c) => [c.articleExternalId, c.externalId, c.parentExternalId, c.createdAt])).toEqual([
			['18', '2', null, '2014-01-14T17:32:12Z'],
			['18', '6', null, '2014-04-29T15:21:27Z'],
			['18', '7', '6', '2014-04-29T15:21:35Z'],
			['18', '8', '7', '2014-04-29T15:21:45Z'],
			['18', '9', '7', '2014-04-29T15:21:52Z'],
			['18', '10', null, '2022-06-06T02:13:14Z'],
			['18', '11', null, '2022-06-07T15:21:56Z'],
			['http://example.tld/?p=4', '11', null, '2014-04-29T15:21:57Z']
		]);
		expect(comments(items)[5].text).toBe('When you have a comment with multiple lines:\nWordPress exports it like this.');
	});
});

describe('csv and tsv', () => {
	const opts = { defaultArticle: 'comments' };
	it('maps headers by name, keeps quoted newlines and quotes, rejects bad rows by line', async () => {
		const items = await parseWith((i, e) => parseCsv(i, opts, e), read('csv/comments.csv'), 'comments.csv');
		expect(articles(items).map((a) => [a.externalId, a.url, a.title])).toEqual([
			['https://news.example/a1', 'https://news.example/a1', 'Ceasefire talks'],
			['https://news.example/a2', 'https://news.example/a2', 'Energy prices']
		]);
		expect(comments(items).map((c) => [c.externalId, c.authorHandle, c.createdAt, c.parentExternalId, c.score, c.text])).toEqual([
			['1', 'ann', '2026-05-01T10:00:00Z', null, 3, 'First line\n\nSecond paragraph, with a comma'],
			['2', 'bob', '2026-05-01T10:05:00Z', '1', 0, 'He said "no" &amp; left 😂'],
			['4', 'dan', '2025-05-01T10:00:00Z', null, null, 'Unix seconds work'],
			['6', 'fay', '2026-05-02T09:30:00Z', '4', 7, 'HTML kept as text\n\ntwo']
		]);
		expect(rejects(items)).toEqual([
			'comments.csv:6: created_at: not a valid date: "yesterday-ish"',
			'comments.csv:8: expected 8 columns, found 10',
			'comments.csv:10: a quoted field opened on line 10 is never closed (the rest of the file is this one field)'
		]);
	});

	it('--map names columns the aliases do not know; semicolons are detected', async () => {
		const map = { kommentar: 'text', autor: 'author', datum: 'created_at', artikel: 'article_id', nr: 'id' } as const;
		const items = await parseWith((i, e) => parseCsv(i, { ...opts, map }, e), read('csv/semicolon.csv'), 'semicolon.csv');
		expect(comments(items).map((c) => [c.articleExternalId, c.externalId, c.authorHandle, c.text, c.createdAt])).toEqual([
			['a1', '1', 'anna', 'Guter Artikel', '2026-05-01T10:00:00Z'],
			['a1', '2', 'bernd', 'Nein; falsch', '2026-05-01T11:00:00Z']
		]);
		expect(await failure(parseWith((i, e) => parseCsv(i, opts, e), read('csv/semicolon.csv'), 'semicolon.csv'))).toBe(
			'semicolon.csv:1: no comment text column among: nr, autor, datum, kommentar, artikel; name one with --map COLUMN=text'
		);
		expect(await failure(parseWith((i, e) => parseCsv(i, { ...opts, map: { nope: 'text' } }, e), 'a,b\n1,2\n', 'x.csv'))).toBe(
			'x.csv:1: --map names column "nope", which is not in the header (a, b)'
		);
	});

	it('TSV has no quoting; statuses are mapped or rejected; rows without ids get derived ones', async () => {
		const items = await parseWith((i, e) => parseCsv(i, { ...opts, tsv: true }, e), read('csv/comments.tsv'), 'comments.tsv');
		expect(comments(items).map((c) => [c.externalId, c.articleExternalId, c.text, c.status])).toEqual([
			['1', 'comments', 'A "quoted" word', 'visible'],
			['2', 'comments', 'plain', 'spam']
		]);
		expect(rejects(items)).toEqual(['comments.tsv:4: status: unknown value "maybe"']);
		const noIds = comments(await parseWith((i, e) => parseCsv(i, opts, e), 'author,text\nann,hi\nann,hi\nbob,hi\n', 'x.csv'));
		expect(noIds[0].externalId).toMatch(/^h:[\w-]{16}$/);
		expect(noIds[1].externalId).toBe(noIds[0].externalId);
		expect(noIds[2].externalId).not.toBe(noIds[0].externalId);
	});
});

describe('canonical json and ndjson', () => {
	it('a container document: nested comments and replies, flat comments, a bad record rejected alone', async () => {
		const items = await parseWith(parseJsonDocument, read('json/articles.json'), 'articles.json');
		expect(namespaces(items)).toEqual(['newsroom']);
		expect(articles(items)).toEqual([
			{ externalId: 'a1', url: 'https://news.example/a1', title: 'Ceasefire talks', body: null, author: 'Jane Doe', section: 'politics', tags: ['ukraine', 'diplomacy'], publishedAt: '2026-05-01T09:00:00Z' },
			{ externalId: 'a2', url: null, title: 'Energy prices', body: null, author: null, section: null, tags: [], publishedAt: '2025-05-01T09:00:00Z' }
		]);
		expect(comments(items).map((c) => [c.articleExternalId, c.externalId, c.parentExternalId, c.authorHandle, c.authorName, c.type, c.status, c.score])).toEqual([
			['a1', 'c1', null, 'ann', null, 'comment', 'visible', null],
			['a1', 'c2', 'c1', 'bob', null, 'comment', 'visible', null],
			['a1', 'c3', null, 'cat', 'Cat S.', 'pingback', 'unapproved', 2],
			['a2', 'c4', null, 'dan', null, 'comment', 'visible', null],
			['a2', 'c6', 'c4', 'eve', null, 'comment', 'visible', null]
		]);
		expect(rejects(items)).toEqual(['articles.json:23: "text" must be a string, got 42']);
	});

	it('isso generic JSON reads as canonical records (aliases: created)', async () => {
		const items = await parseWith(parseJsonDocument, read('json/isso-generic.json'), 'generic.json');
		expect(articles(items).map((a) => [a.externalId, a.title])).toEqual([['/posts/0001/', 'Test+post'], ['/posts/0007/', 'Nat+%26+Miguel']]);
		expect(comments(items).map((c) => [c.articleExternalId, c.externalId, c.authorHandle, c.createdAt, c.text])).toEqual([
			['/posts/0001/', '0', 'texas holdem', '2005-02-24T04:03:37Z', "Great men can't be ruled. by free online poker"],
			['/posts/0007/', '0', 'Richard Crinshaw', '2005-05-08T06:50:26Z', 'Ja-make-a me crazzy mon :)\n']
		]);
	});

	it('a single article object with its comments, in any key order', async () => {
		const items = await parseWith(parseJsonDocument, '{"comments": [{"id": 1, "text": "x"}], "title": "T", "id": "a9"}', 'one.json');
		expect(articles(items).map((a) => a.externalId)).toEqual(['a9']);
		expect(comments(items).map((c) => [c.articleExternalId, c.externalId])).toEqual([['a9', '1']]);
	});

	it.each([
		// The fault's own line and column, not the record's start or V8's character offset; one line.
		['[{"id": "a", "title": "x"}, {"text": tru}]', "bad.json:1:41: invalid JSON: Unexpected token '}'"],
		['[\n  {"id": "a",\n   "title": "x\\u12"},\n  {"text": "y"}\n]', 'bad.json:3:19: invalid JSON: Bad Unicode escape'],
		['[{"id": "a",\n  "title": "x" "body": "y"}]', "bad.json:2:16: invalid JSON: Expected ',' or '}' after property value"],
		['{"source": "s", "articles": [{"id": "a", "text": "multi\nline"}]}', 'bad.json:1:56: control character in a string'],
		['{"sou\\qrce": "s"}', 'bad.json:1: invalid JSON in a member name: Bad escaped character'],
		['[{"id": "a"}', 'bad.json:1:13: the JSON document ends before it is closed'],
		['{"source": 5, "articles": []}', 'bad.json:1: "source" must be a non-empty string']
	])('%j cannot be read', async (doc, message) => {
		expect(await failure(parseWith(parseJsonDocument, doc, 'bad.json'))).toBe(message);
	});

	it('ndjson: one record per line, each bad line rejected with its line number', async () => {
		const items = await parseWith(parseNdjson, read('json/comments.ndjson'), 'comments.ndjson');
		expect(comments(items).map((c) => [c.externalId, c.parentExternalId, c.status, c.text])).toEqual([
			['c1', null, 'visible', 'First line\nsecond line'],
			['c2', 'c1', 'visible', 'Reply'],
			['c6', null, 'deleted', 'deleted one'],
			[expect.stringMatching(/^h:/), null, 'visible', 'no id: derived from content']
		]);
		expect(rejects(items)).toEqual([
			'comments.ndjson:5: "created_at": not a valid date: "soon"',
			"comments.ndjson:6: invalid JSON at column 65: Expected ',' or '}' after property value",
			'comments.ndjson:7: expected a JSON object, got an array',
			'comments.ndjson:8: a comment needs "article_id" (or to be nested in an article)',
			'comments.ndjson:11: comment "c8" names itself as its parent',
			'comments.ndjson:12: "status" must be one of visible, deleted, spam, unapproved, got "hidden"'
		]);
	});
});

describe('reddit', () => {
	it('RC comments: link_id is the article, t1_ parents, [removed] deleted, entities decoded', async () => {
		const items = await parseWith(parseReddit, read('reddit/RC_2024-01.ndjson'), 'RC_2024-01.ndjson');
		expect(namespaces(items)).toEqual(['reddit']);
		expect(comments(items).map((c) => [c.articleExternalId, c.externalId, c.parentExternalId, c.authorHandle, c.status, c.score, c.createdAt, c.text])).toEqual([
			['abc', 'k1', null, 'alice', 'visible', 12, '2024-01-01T00:00:00Z', 'Top level & first'],
			['abc', 'k2', 'k1', 'bob', 'visible', -2, '2024-01-01T00:01:00Z', 'A reply'],
			['abc', 'k3', 'k2', null, 'deleted', 1, '2024-01-01T00:02:00Z', '[removed]'],
			['def', 'k4', null, 'carol', 'visible', 5, '2024-01-01T00:03:00Z', 'Other thread']
		]);
		expect(rejects(items)).toEqual(['RC_2024-01.ndjson:5: comment without "link_id"', 'RC_2024-01.ndjson:6: created_utc: not a valid date: "yesterday"']);
	});

	it('RS submissions are articles', async () => {
		const items = await parseWith(parseReddit, read('reddit/RS_2024-01.ndjson'), 'RS_2024-01.ndjson');
		expect(articles(items)).toEqual([
			{ externalId: 'abc', url: 'https://www.reddit.com/r/worldnews/comments/abc/talks/', title: 'Talks end after 4.5 hours', body: null, author: 'poster', section: 'worldnews', publishedAt: '2023-12-31T22:00:00Z' },
			{ externalId: 'def', url: 'https://www.reddit.com/r/europe/comments/def/energy/', title: 'Energy & prices', body: 'Self text\n\nwith paragraphs', author: 'poster2', section: 'europe', publishedAt: '2023-12-31T22:16:40Z' }
		]);
	});
});

describe('coral', () => {
	it('stories, users and comments: usernames resolved, statuses mapped, e-mail not kept', async () => {
		const items: ParsedItem[] = [];
		const input = (f: string) => textInput(f, read(`coral/${f}`));
		await parseCoral({ stories: input('stories.csv'), users: input('users.csv'), comments: input('comments.csv') }, (i) => items.push(i));
		expect(articles(items).map((a) => [a.externalId, a.title, a.author, a.publishedAt])).toEqual([
			['s1', 'Ceasefire talks', 'Jane Doe', '2026-05-01T09:00:00Z'],
			['s2', 'Energy prices', 'John Roe', '2026-05-02T09:00:00Z']
		]);
		expect(comments(items).map((c) => [c.articleExternalId, c.externalId, c.parentExternalId, c.authorHandle, c.status, c.score, c.text])).toEqual([
			['s1', 'm1', null, 'ann', 'visible', null, 'Hello world'],
			['s1', 'm2', 'm1', 'bob', 'visible', null, 'A reply'],
			['s2', 'm3', null, 'ann', 'deleted', null, 'Rejected by a moderator'],
			['s2', 'm4', null, 'u9', 'unapproved', 4, 'Held for review']
		]);
		expect(rejects(items)).toEqual(['comments.csv:6: status: unknown value "WHATEVER"']);
		expect(JSON.stringify(items)).not.toContain('@example.com');
	});
});
