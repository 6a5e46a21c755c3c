// HTML to text, entities, and dates: tables of input -> exact output.
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, textFromMaybeHtml } from '../../src/lib/ingest/html';
import { parseTime, parseRelative, BadTime } from '../../src/lib/ingest/dates';

describe('htmlToText', () => {
	it.each([
		['<p>Hello, World.</p>', 'Hello, World.'],
		['<p>one</p><p>two</p>', 'one\n\ntwo'],
		['line<br>break<br/>again', 'line\nbreak\nagain'],
		['<p>a  \n  b</p>', 'a b'],
		['<ul><li>x</li><li>y</li></ul>', 'x\ny'],
		['<script>alert(1)</script>safe', 'safe'],
		['<a href="https://x">link</a> &amp; more &hellip; &#x1F30D; &#8212;', 'link & more … 🌍 —'],
		['<p>caf&eacute; &nbsp;x</p>', 'café x'],
		['<![CDATA[<p>inner</p>]]>', 'inner'],
		['a < b and c > d', 'a < b and c > d'],
		['&#55296; lone surrogate', '\ufffd lone surrogate'],
		['', '']
	])('%j -> %j', (html, text) => expect(htmlToText(html)).toBe(text));

	it('keeps WordPress-style raw newlines as line and paragraph breaks', () => {
		expect(htmlToText('Line one\nLine two\n\nNew <b>paragraph</b>', { newlines: 'keep' })).toBe('Line one\nLine two\n\nNew paragraph');
		expect(htmlToText('a\r\n\r\n\r\n\r\nb', { newlines: 'keep' })).toBe('a\n\nb');
	});

	it('leaves unknown entities and plain text alone', () => {
		expect(decodeEntities('&bogus; &amp;amp;')).toBe('&bogus; &amp;');
		expect(textFromMaybeHtml('I <3 this, a<b\r\nnext')).toBe('I <3 this, a<b\nnext');
		expect(textFromMaybeHtml('<p>real</p><p>html</p>')).toBe('real\n\nhtml');
	});
});

describe('parseTime', () => {
	it.each([
		['2026-05-01T12:00:00Z', '2026-05-01T12:00:00Z'],
		['2026-05-01T12:00:00.123Z', '2026-05-01T12:00:00Z'],
		['2026-05-01T14:00:00+02:00', '2026-05-01T12:00:00Z'],
		['2026-05-01T14:00:00+0200', '2026-05-01T12:00:00Z'],
		['2026-05-01 12:00:00', '2026-05-01T12:00:00Z'],
		['2026-05-01 12:00', '2026-05-01T12:00:00Z'],
		['2026-05-01', '2026-05-01T00:00:00Z'],
		['20260501', '2026-05-01T00:00:00Z'],
		['1746100800', '2025-05-01T12:00:00Z'],
		[1746100800, '2025-05-01T12:00:00Z'],
		[1746100800000, '2025-05-01T12:00:00Z'],
		['Tue, 14 Jan 2014 17:31:03 +0000', '2014-01-14T17:31:03Z'],
		['May 1, 2026', '2026-05-01T00:00:00Z'],
		['May 1, 2026 at 10:15 AM', '2026-05-01T10:15:00Z'],
		['May 1, 2026 12:30 PM', '2026-05-01T12:30:00Z'],
		['May 1, 2026 12:30 AM', '2026-05-01T00:30:00Z'],
		['1 May 2026 10:15', '2026-05-01T10:15:00Z'],
		['Friday, 1 May 2026', '2026-05-01T00:00:00Z'],
		['01.05.2026 10:15', '2026-05-01T10:15:00Z'],
		['2024-02-29T00:00:00Z', '2024-02-29T00:00:00Z'],
		['', null],
		['0000-00-00 00:00:00', null],
		[null, null]
	])('%j -> %j', (input, iso) => expect(parseTime(input)).toBe(iso));

	it.each(['2011-x09-30T22:48:43Z', '2026-13-01', '2026-02-30', '2023-02-29T00:00:00Z', 'soon', 'NaN', '2 hours ago', '25:00'])(
		'rejects %j with the value in the message',
		(bad) => {
			expect(() => parseTime(bad)).toThrow(BadTime);
			expect(() => parseTime(bad)).toThrow(bad.slice(0, 10));
		}
	);

	const noon = Date.UTC(2026, 4, 1, 12);
	it.each([
		['2 hours ago', '2026-05-01T10:00:00Z'],
		['an hour ago', '2026-05-01T11:00:00Z'],
		['5 minutes ago', '2026-05-01T11:55:00Z'],
		['5 mins ago', '2026-05-01T11:55:00Z'],
		['5m', '2026-05-01T11:55:00Z'],
		['3d', '2026-04-28T12:00:00Z'],
		['3 days ago', '2026-04-28T12:00:00Z'],
		['a week ago', '2026-04-24T12:00:00Z'],
		['2 months ago', '2026-03-02T12:00:00Z'],
		['1 year ago', '2025-05-01T12:00:00Z'],
		['yesterday', '2026-04-30T12:00:00Z'],
		['just now', '2026-05-01T12:00:00Z'],
		['Posted 2 hours ago', '2026-05-01T10:00:00Z']
	])('relative %j -> %j', (text, iso) => expect(parseTime(text, { reference: noon })).toBe(iso));

	it('is not fooled by sentences', () => {
		expect(parseRelative('I waited 2 hours ago for this', noon)).toBeNull();
		expect(parseRelative('hours', noon)).toBeNull();
	});
});
