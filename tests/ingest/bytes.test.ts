// Bytes to text: compression by magic bytes, charsets by BOM / declaration / content, and the
// streaming JSON splitter and line splitter that keep memory flat.
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { compressionOf, decompressed } from '../../src/lib/ingest/decompress';
import { decodeText, isUtf8, sniffCharset } from '../../src/lib/ingest/charset';
import { JsonRecordSplitter } from '../../src/lib/ingest/jsonStream';
import { eachLine } from '../../src/lib/ingest/lines';
import { UnreadableInput } from '../../src/lib/ingest/items';
import { zstdFrame } from './zstd';

async function* chunksOf(bytes: Uint8Array, size: number) {
	for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
async function text(chunks: AsyncIterable<string>) {
	let s = '';
	for await (const c of chunks) s += c;
	return s;
}
async function bytes(chunks: AsyncIterable<Uint8Array>) {
	const parts: Uint8Array[] = [];
	for await (const c of chunks) parts.push(c);
	return Buffer.concat(parts).toString('utf8');
}

describe('decompression', () => {
	const plain = Buffer.from('{"id":"c1"}\n'.repeat(1000));
	it.each([
		['gzip', gzipSync(plain)],
		['zstd', zstdFrame(plain)],
		['none', plain]
	] as const)('%s is recognised by its magic bytes and streamed back whole', async (kind, data) => {
		expect(compressionOf(data)).toBe(kind);
		const d = await decompressed(chunksOf(data, 333));
		expect(d.compression).toBe(kind);
		expect(await bytes(d.chunks)).toBe(plain.toString('utf8'));
	});

	it('fails on truncated gzip instead of returning a silent prefix', async () => {
		const gz = gzipSync(plain);
		const d = await decompressed(chunksOf(gz.subarray(0, gz.length - 20), 100));
		await expect(bytes(d.chunks)).rejects.toThrow(/unexpected end|incorrect|invalid/i);
	});
});

describe('charsets', () => {
	it.each([
		[[0xef, 0xbb, 0xbf, 0x61], 'utf-8', 'BOM'],
		[[0xff, 0xfe, 0x61, 0x00], 'utf-16le', 'BOM'],
		[[0xfe, 0xff, 0x00, 0x61], 'utf-16be', 'BOM'],
		[[0x61, 0x00, 0x62, 0x00], 'utf-16le', 'detected'],
		[[...Buffer.from('<?xml version="1.0" encoding="windows-1251"?><disqus/>')], 'windows-1251', 'declared'],
		[[...Buffer.from('<meta charset="iso-8859-2">')], 'iso-8859-2', 'declared'],
		[[...Buffer.from('plain ascii')], 'utf-8', 'detected'],
		[[...Buffer.from('Grüße ✓')], 'utf-8', 'detected'],
		[[0x47, 0x72, 0xfc, 0xdf, 0x65], 'windows-1252', 'not valid UTF-8, read as windows-1252']
	])('%j -> %s (%s)', (head, encoding, why) => {
		const c = sniffCharset(Uint8Array.from(head));
		expect([c.encoding, c.why]).toEqual([encoding, why]);
	});

	it('accepts a UTF-8 sequence cut off at the end of the sniffed head', () => {
		expect(isUtf8(Buffer.from('ab✓').subarray(0, 4))).toBe(true);
		expect(isUtf8(Uint8Array.from([0x61, 0xc3, 0x28]))).toBe(false);
	});

	it('decodes UTF-8 split mid-character across chunks, and strips the BOM once', async () => {
		const data = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('🌍🤝🕊️ Grüße\ufeffmid')]);
		for (const size of [1, 2, 3, 5, 7]) {
			const out = await text(decodeText(chunksOf(data, size), sniffCharset(data)));
			expect(out).toBe('🌍🤝🕊️ Grüße\ufeffmid');
		}
	});

	it('decodes declared and guessed single-byte charsets, and reports invalid UTF-8 by byte offset', async () => {
		const cp1251 = iconv.encode('Привет, мир', 'windows-1251');
		expect(await text(decodeText(chunksOf(cp1251, 4), { encoding: 'windows-1251', why: 'declared', guessed: false }))).toBe('Привет, мир');
		const latin = iconv.encode('Grüße, café', 'windows-1252');
		expect(await text(decodeText(chunksOf(latin, 4), sniffCharset(latin)))).toBe('Grüße, café');
		const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('id,text\nc1,ok', 'utf-16le')]);
		expect(await text(decodeText(chunksOf(utf16, 3), sniffCharset(utf16)))).toBe('id,text\nc1,ok');
		const bad: number[] = [];
		const broken = Buffer.concat([Buffer.from('good '.repeat(10)), Buffer.from([0xff]), Buffer.from(' tail')]);
		const out = await text(decodeText(chunksOf(broken, 16), sniffCharset(broken.subarray(0, 10)), (at) => bad.push(at)));
		expect(out).toBe('good '.repeat(10) + '\ufffd tail');
		expect(bad).toEqual([48]);
	});
});

describe('line splitting', () => {
	it('numbers lines across chunk borders, CRLF or LF, with or without a final newline', async () => {
		const got: [string, number][] = [];
		async function* parts() {
			yield 'a\r\nb';
			yield 'c\n\nd\r';
			yield '\ne';
		}
		await eachLine(parts(), (l, n) => got.push([l, n]));
		expect(got).toEqual([['a', 1], ['bc', 2], ['', 3], ['d', 4], ['e', 5]]);
	});
});

describe('JsonRecordSplitter', () => {
	function split(doc: string, size = 3) {
		const out: string[] = [];
		const s = new JsonRecordSplitter('doc.json', {
			record: (t, line, column, container) => out.push(`record ${container ?? '-'} @${line}:${column}: ${t}`),
			member: (k, t, line, column) => out.push(`member ${k} @${line}:${column}: ${t}`)
		});
		for (let i = 0; i < doc.length; i += size) s.push(doc.slice(i, i + size));
		s.end();
		return out;
	}

	it('streams the records of a root array, whatever the chunking', () => {
		const doc = '[\n {"a": "x]}\\"", "b": [1, {"c": 2}]},\n 3, "s", true ,null\n]';
		for (const size of [1, 2, 5, 100])
			expect(split(doc, size)).toEqual([
				'record - @2:2: {"a": "x]}\\"", "b": [1, {"c": 2}]}',
				'record - @3:2: 3',
				'record - @3:5: "s"',
				'record - @3:10: true',
				'record - @3:16: null'
			]);
	});

	it('streams container arrays of a root object and hands over the other members', () => {
		expect(split('{"source": "news", "articles": [{"id": 1}, {"id": 2}],\n"comments": [], "n": {"x": [1]}}')).toEqual([
			'member source @1:12: "news"',
			'record articles @1:33: {"id": 1}',
			'record articles @1:44: {"id": 2}',
			'member n @2:22: {"x": [1]}'
		]);
	});

	it.each([
		['', '1:1', 'empty input'],
		['[{"a": 1}', '1:10', 'ends before it is closed'],
		['[{"a": 1}] x', '1:12', 'text after the end'],
		['[{"a": 1} {"b": 2}]', '1:11', 'expected "," or a closing bracket'],
		['{"a" 1}', '1:6', 'expected ":"'],
		['\n\n  <xml/>', '3:3', 'expected "[" or "{"'],
		['{"articles": [1,]}', '1:17', 'expected a value']
	])('%j fails at %s', (doc, at, reason) => {
		let err: UnreadableInput | null = null;
		try {
			split(doc, 4);
		} catch (e) {
			err = e as UnreadableInput;
		}
		expect(err).toBeInstanceOf(UnreadableInput);
		expect(err!.at).toBe(`doc.json:${at}`);
		expect(err!.reason).toContain(reason);
	});
});
