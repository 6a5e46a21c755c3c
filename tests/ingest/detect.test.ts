// Format detection: content first, name second, with the reason in words.
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/lib/ingest/detect';
import { baseNamespace, defaultNamespace } from '../../src/lib/ingest/namespace';
import { UnreadableInput } from '../../src/lib/ingest/items';
import { parseWith, comments } from './helpers';
import { parseJsonDocument } from '../../src/lib/ingest/formats/json';
import { parseDisqus } from '../../src/lib/ingest/formats/disqus';

describe('detectFormat', () => {
	it.each([
		['export.xml', '<?xml version="1.0"?>\n<disqus xmlns="http://disqus.com">', 'disqus'],
		['x.txt', '`<?xml version="1.0"?><disqus>', 'disqus'],
		['blog.xml', '<rss version="2.0" xmlns:wp="https://wordpress.org/export/1.2/">', 'wxr'],
		['blog.xml', '<rss xmlns:wp="http://wordpress.org/export/1.0/">', 'wxr'],
		['a.json', '[{"id": 1}]', 'json'],
		['a.txt', '{\n  "articles": []\n}', 'json'],
		['a.txt', '{"articles": [{"id": 1}]}', 'json'],
		['a.json', '{"id":"c1","article_id":"a","text":"x"}\n{"id":"c2"}', 'ndjson'],
		['RC_2024-01', '{"id":"k1","body":"x","link_id":"t3_a","created_utc":1}', 'reddit'],
		['subs.ndjson', '{"id":"a","title":"t","subreddit":"news","created_utc":1}', 'reddit'],
		['RS_2024-01.zst', '{"id":"a","title":"t"}', 'reddit'],
		['bad.ndjson', 'not json at all', 'ndjson'],
		['long.ndjson', '{"id":"c1","text":"' + 'x'.repeat(70000), 'ndjson'],
		['long.txt', '{"articles":[{"id":"a","text":"' + 'x'.repeat(70000), 'json'],
		['comments.csv', 'id,author_id,story_id,created_at,body,parent_id,status,rating\n', 'coral'],
		['any.csv', 'a,b\n1,2', 'csv'],
		['any.tsv', 'a\tb\n1\t2', 'tsv'],
		['export.txt', 'Comment ID;User;Comment\n1;ann;hi', 'csv'],
		['export.txt', 'id\tuser\tbody\n1\tann\thi', 'tsv'],
		['page.txt', 'A title\n\nSome body text.\n\n1. Ann\nHello', 'page'],
		['stdin', 'Just some text', 'page']
	])('%s %j -> %s', (name, head, format) => expect(detectFormat(name, head).format).toBe(format));

	it('says why', () => {
		expect(detectFormat('x.xml', '<disqus>')).toEqual({ format: 'disqus', why: 'content: <disqus> root element' });
		expect(detectFormat('x.csv', 'a,b')).toEqual({ format: 'csv', why: 'name .csv' });
	});

	it.each([
		['x.txt', '', 'x.txt:1', 'empty input: nothing to ingest'],
		['x.bin', '\u0000\u0001\u0002binary', 'x.bin:1', 'binary data, not text: cannot tell the format (use --format)'],
		['feed.xml', '<?xml version="1.0"?><rss><channel/></rss>', 'feed.xml:1', 'XML, but neither a Disqus export (<disqus>) nor a WordPress WXR export (<rss> with wp namespace)']
	])('%s %j cannot be read', (name, head, at, reason) => {
		let e: unknown = null;
		try {
			detectFormat(name, head);
		} catch (err) {
			e = err;
		}
		expect(e).toBeInstanceOf(UnreadableInput);
		expect([(e as UnreadableInput).at, (e as UnreadableInput).reason]).toEqual([at, reason]);
	});
});

describe('default namespaces', () => {
	it.each([
		['comments-2026-05-01.csv', 'comments'],
		['comments_20260501.ndjson.gz', 'comments'],
		['export 2026-05-01T10-00-00Z.json', 'export'],
		['disqus2.xml', 'disqus2'],
		['data123456.csv', 'data123456'],
		['2026-05-01.csv', '2026-05-01'],
		['/a/b/site.wxr.xml', 'site']
	])('%s -> %s', (name, ns) => expect(baseNamespace(name)).toBe(ns));

	it('per format', () => {
		expect(defaultNamespace('page', 'x.txt')).toBe('pages');
		expect(defaultNamespace('reddit', 'RC_2024-01.zst')).toBe('reddit');
		expect(defaultNamespace('csv', 'x-2026-01.csv')).toBe('x');
	});
});

describe('hostile structure stays within the stack', () => {
	it('replies nested 20,000 deep in canonical JSON', async () => {
		let s = '';
		const depth = 20_000;
		for (let i = 0; i < depth; i++) s += `{"id":"r${i}","text":"reply ${i}","replies":[`;
		s += '{"id":"leaf","text":"bottom"}' + ']}'.repeat(depth);
		const items = await parseWith(parseJsonDocument, `{"articles":[{"id":"a1","comments":[${s}]}]}`, 'deep.json');
		const cs = comments(items);
		expect(cs).toHaveLength(depth + 1);
		expect(cs.at(-1)).toMatchObject({ externalId: 'leaf', parentExternalId: `r${depth - 1}` });
	});

	it('markup nested 20,000 deep inside a Disqus message', async () => {
		const depth = 20_000;
		const doc = `<disqus><thread dsq:id="1" xmlns:dsq="x"/><post dsq:id="2" xmlns:dsq="x"><message>${'<b>'.repeat(depth)}deep${'</b>'.repeat(depth)} end</message><thread dsq:id="1"/></post></disqus>`;
		expect(comments(await parseWith(parseDisqus, doc, 'deep.xml')).map((c) => c.text)).toEqual(['deep end']);
	});
});
