// The "page" format: text pasted from a news page. The shared sample is the reference; the
// variants cover the layouts the issue names (unnumbered, no "Reply", indentation / @name replies,
// relative and absolute dates).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePageText, slug, type PageOptions } from '../../src/lib/ingest/formats/page';
import type { ParsedItem } from '../../src/lib/ingest/items';
import { articles, comments, fixture, rejects } from './helpers';

const NOON = Date.UTC(2026, 4, 1, 12);
function parse(text: string, options: Partial<PageOptions> = {}): ParsedItem[] {
	const items: ParsedItem[] = [];
	parsePageText(text, 'page.txt', { captured: NOON, defaultArticle: 'page', ...options }, (i) => items.push(i));
	return items;
}

describe('the pasted page sample', () => {
	const items = parse(readFileSync(fixture('page/pasted-page.txt'), 'utf8'));
	const [article] = articles(items);
	const cs = comments(items);

	it('reads the article: title, author, body paragraphs', () => {
		expect(article.title).toBe('The meeting between Steve Whitkoff and Vladimir Putin has come to an end. It lasted 4.5 hours');
		expect(article.author).toBe('Valery Shiryayev');
		expect(article.externalId).toBe('the-meeting-between-steve-whitkoff-and-vladimir-putin-has-come-to-an-end-it-lasted-4-5-hours');
		expect(article.body!.split('\n\n')).toHaveLength(3);
		expect(article.body).toMatch(/^The meeting was also attended by Putin’s aide/);
		expect(article.body).not.toMatch(/Author of the article|Military expert|Add a comment/);
		expect(article.publishedAt).toBeNull();
	});

	it('reads 16 comments by 16 authors, in page order, without dates', () => {
		expect(cs.map((c) => c.authorHandle)).toEqual([
			'GlobalWatcher', 'KievOptimist', 'USPoliticsFan', 'NeutralObserver', 'MoscowInsider', 'EuroAnalyst', 'LibertyVoice',
			'PeaceSeeker88', 'HistoryBuff2025', 'EmeraldLullaby', 'StardustBlossom', 'Donato', 'Kamry', 'Graciela', 'Hannah', 'Jaynee'
		]);
		expect(cs.map((c) => [c.externalId, c.position])).toEqual(cs.map((_, i) => [String(i + 1), i + 1]));
		expect(cs.every((c) => c.createdAt === null && c.parentExternalId === null && c.articleExternalId === article.externalId)).toBe(true);
		expect(rejects(items)).toEqual([]);
	});

	it('keeps text exactly, without "Reply", with paragraphs and emoji intact', () => {
		expect(cs[0].text).toBe(
			'It’s incredible how much diplomacy happens behind closed doors. Let’s hope these talks actually lead to a real ceasefire and not just more headlines.'
		);
		expect(cs[10].authorHandle).toBe('StardustBlossom');
		expect(cs[10].text).not.toContain('\n');
		expect(cs[10].text).toMatch(/^It is intriguing .* hope for coexistence\.$/);
		expect(cs[13].authorHandle).toBe('Graciela');
		expect(cs[13].text).toContain('🌍🤝🕊️');
		expect(cs.some((c) => /\bReply\b/.test(c.text))).toBe(false);
	});
});

describe('page layouts', () => {
	const threaded = [
		'Energy prices climb again',
		'By Jane Doe',
		'3 hours ago',
		'',
		'Prices rose by 5% in May.',
		'',
		'Comments (4)',
		'',
		'Ann',
		'2 hours ago',
		'Too expensive.',
		'',
		'Reply',
		'    Bob',
		'    1 hour ago',
		'    @Ann agreed, but it will pass.',
		'    Reply',
		'        Dee · 45 minutes ago',
		'        Nested deeper.',
		'        Reply',
		'Cat · 30 minutes ago',
		'First paragraph.',
		'',
		'Second paragraph.',
		'12 likes',
		'Reply · Report'
	].join('\n');

	it('reads "Reply"-delimited comments with relative times, indentation replies and likes', () => {
		const items = parse(threaded);
		const [a] = articles(items);
		expect(a).toMatchObject({ title: 'Energy prices climb again', author: 'Jane Doe', body: 'Prices rose by 5% in May.', publishedAt: '2026-05-01T09:00:00Z' });
		expect(comments(items).map((c) => [c.externalId, c.authorHandle, c.createdAt, c.parentExternalId, c.text, c.score])).toEqual([
			['1', 'Ann', '2026-05-01T10:00:00Z', null, 'Too expensive.', null],
			['2', 'Bob', '2026-05-01T11:00:00Z', '1', '@Ann agreed, but it will pass.', null],
			['3', 'Dee', '2026-05-01T11:15:00Z', '2', 'Nested deeper.', null],
			['4', 'Cat', '2026-05-01T11:30:00Z', null, 'First paragraph.\n\nSecond paragraph.', 12]
		]);
	});

	it('places relative times from --published when the page shows the article\'s age', () => {
		// Published 06:00 and shown as "3 hours ago": the page was copied at 09:00, whatever the file's time.
		const items = parse(threaded, { published: '2026-05-01T06:00:00Z', captured: Date.UTC(2026, 4, 3) });
		expect(articles(items)[0].publishedAt).toBe('2026-05-01T06:00:00Z');
		expect(comments(items).map((c) => c.createdAt)).toEqual([
			'2026-05-01T07:00:00Z', '2026-05-01T08:00:00Z', '2026-05-01T08:15:00Z', '2026-05-01T08:30:00Z'
		]);
	});

	it('reads unnumbered comments without "Reply" lines by their dates, and @name replies', () => {
		const items = parse(
			['Title here', 'Body.', '', 'Add a comment', '', 'Ann', 'May 1, 2026 10:15', 'Great piece.', '', 'Bob', 'May 1, 2026 11:00', '@ann Disagree.', 'More text.'].join('\n')
		);
		expect(comments(items).map((c) => [c.authorHandle, c.createdAt, c.parentExternalId, c.text])).toEqual([
			['Ann', '2026-05-01T10:15:00Z', null, 'Great piece.'],
			['Bob', '2026-05-01T11:00:00Z', '1', '@ann Disagree.\nMore text.']
		]);
	});

	it('reads name-then-text blocks when the page has no numbers, dates or "Reply"', () => {
		const items = parse(['Title', 'Body text here.', '', 'Comments', '', 'Ann', 'I liked it a lot.', '', 'Bob', 'Nope, not convinced.'].join('\n'));
		expect(comments(items).map((c) => [c.authorHandle, c.text])).toEqual([
			['Ann', 'I liked it a lot.'],
			['Bob', 'Nope, not convinced.']
		]);
	});

	it('reads dotted numbering as replies and a number alone on its line', () => {
		const items = parse(['T', '', '3 comments', '', '1', 'Ann', 'Top.', '', '1.1. Bob', 'Reply to Ann.', '', '2. Cat', 'Second top.'].join('\n'));
		expect(comments(items).map((c) => [c.externalId, c.authorHandle, c.parentExternalId, c.text])).toEqual([
			['1', 'Ann', null, 'Top.'],
			['1.1', 'Bob', '1', 'Reply to Ann.'],
			['2', 'Cat', null, 'Second top.']
		]);
	});

	it('rejects a comment with no text, naming its line, and keeps the others', () => {
		const items = parse(['T', '', 'Add a comment', '', '1. Ann', '', 'Reply', '2. Bob', 'Hello', 'Reply'].join('\n'));
		expect(rejects(items)).toEqual(['page.txt:5: comment 1 by "Ann" has no text']);
		expect(comments(items).map((c) => c.authorHandle)).toEqual(['Bob']);
	});

	it('uses a URL line as the article key, else the title, else the file name', () => {
		expect(articles(parse('Title\nhttps://news.example/a/1\n\nBody'))[0]).toMatchObject({ externalId: 'https://news.example/a/1', url: 'https://news.example/a/1' });
		expect(slug('Über die Grenze: 4.5 hours!')).toBe('uber-die-grenze-4-5-hours');
		expect(slug('Радио-Т 229')).toBe('радио-т-229');
		expect(articles(parse('1. Ann\nHello\nReply'))[0].externalId).toBe('page');
	});
});
