// Property: whatever bytes a file holds, ingest never crashes, never half-writes, and names the
// position of every fault. Random input and mutations of valid fixtures, per format.
// `npm test` runs a modest number of cases (property.test.ts); the reliability suite imports
// `ingestProperty` and runs 1,000+.
//
// "Never half-writes" is checked against the parser run in memory on the same text: a file that
// fails is in the database not at all (whole-document formats) or exactly up to its last valid
// record (line formats); a file that succeeds is in the database exactly as parsed.
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openForWrite } from '../../src/lib/server/db/open';
import { ingestPaths } from '../../src/lib/ingest/ingestPaths';
import { FORMAT_SPECS } from '../../src/lib/ingest/formats/index';
import { textInput, UnreadableInput, type FormatName, type ParsedItem } from '../../src/lib/ingest/items';
import { FIXTURES } from './helpers';

export type PropertyFormat = Exclude<FormatName, 'coral'>;

const SEEDS: Record<PropertyFormat, string[]> = {
	page: ['page/pasted-page.txt'],
	json: ['json/articles.json', 'json/isso-generic.json'],
	ndjson: ['json/comments.ndjson'],
	csv: ['csv/comments.csv'],
	tsv: ['csv/comments.tsv'],
	disqus: ['disqus/isso-disqus.xml', 'disqus/cyrillic-spam.xml'],
	wxr: ['wxr/isso-wordpress.xml'],
	reddit: ['reddit/RC_2024-01.ndjson', 'reddit/RS_2024-01.ndjson']
};
export const PROPERTY_FORMATS = Object.keys(SEEDS) as PropertyFormat[];

const EXT: Record<PropertyFormat, string> = { page: 'txt', json: 'json', ndjson: 'ndjson', csv: 'csv', tsv: 'tsv', disqus: 'xml', wxr: 'xml', reddit: 'ndjson' };

/** Characters that matter to the parsers: markup, quoting, separators, line ends, odd code points. */
const NASTY = fc.constantFrom(...'<>&;"\',\t\n\r{}[]:\\/=?!-#x0 aZé🌍\u0000\ufeff\ufffd]]>'.split(''), '<![CDATA[', '&amp;', '\r\n', 'Reply', '1. ', '--');
const chunk = fc.string({ unit: fc.oneof(NASTY, fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 24 });

const mutation = fc.oneof(
	fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
	fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: chunk }),
	fc.record({ op: fc.constant('replace' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 8 }), text: chunk }),
	fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 200 }) }),
	fc.record({ op: fc.constant('truncate' as const), at: fc.nat() })
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, ops: Mutation[]): string {
	let s = text;
	for (const m of ops) {
		const at = s.length ? m.at % (s.length + 1) : 0;
		if (m.op === 'delete') s = s.slice(0, at) + s.slice(at + m.len);
		else if (m.op === 'insert') s = s.slice(0, at) + m.text + s.slice(at);
		else if (m.op === 'replace') s = s.slice(0, at) + m.text + s.slice(at + m.len);
		else if (m.op === 'duplicate') s = s.slice(0, at + m.len) + s.slice(at, at + m.len) + s.slice(at + m.len);
		else s = s.slice(0, at);
	}
	return s;
}

/** Input bytes for a format: a mutated fixture (mostly), random text, or random bytes. */
export function inputFor(format: PropertyFormat): fc.Arbitrary<Buffer> {
	const seeds = SEEDS[format].map((p) => readFileSync(join(FIXTURES, p), 'utf8'));
	return fc.oneof(
		{ weight: 6, arbitrary: fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([s, ops]) => Buffer.from(mutate(s, ops))) },
		{ weight: 2, arbitrary: fc.array(chunk, { maxLength: 40 }).map((parts) => Buffer.from(parts.join(''))) },
		{ weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)) }
	);
}

const POSITION = /^[\w.-]+:\d+(:\d+)?$/;

/** What the parser alone makes of the text: its items, or the fault that stops the file. */
async function parseInMemory(format: PropertyFormat, name: string, text: string): Promise<{ items: ParsedItem[]; fatal: UnreadableInput | null }> {
	const items: ParsedItem[] = [];
	try {
		await FORMAT_SPECS[format].parse(textInput(name, text), { captured: Date.UTC(2026, 4, 1) }, (i) => items.push(i));
		return { items, fatal: null };
	} catch (e) {
		if (e instanceof UnreadableInput) return { items, fatal: e };
		throw e;
	}
}

/**
 * Ingests `bytes` as `format` into a fresh database and checks the three promises. Throws an Error
 * describing the broken promise (fast-check reports it with the shrunk input).
 */
export async function checkIngestOnce(format: PropertyFormat, bytes: Buffer): Promise<void> {
	const dir = mkdtempSync(join(tmpdir(), 'murmur-prop-'));
	const name = `in.${EXT[format]}`;
	const file = join(dir, name);
	writeFileSync(file, bytes);
	const db = openForWrite(':memory:');
	try {
		const summary = await ingestPaths(db, [file], { format, rejectsPath: null, batchSize: 3, captured: '2026-05-01T00:00:00Z' });
		const f = summary.files[0];
		const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
		for (const r of f.rejects) if (!POSITION.test(r.at)) throw new Error(`reject without a position: ${JSON.stringify(r)}`);
		if (f.error && !new RegExp(`^${name.replace('.', '\\.')}:\\d+(:\\d+)?: \\S`).test(f.error)) throw new Error(`error without a position: ${f.error}`);
		if (f.error && !f.written) {
			if (count('comments') || count('articles') || count('sources')) throw new Error(`failed file left rows behind: ${f.error}`);
			return;
		}
		// Written: the database holds exactly what the parser read (every distinct record once).
		const text = new TextDecoder().decode(bytes); // only used when the bytes are valid enough to have parsed
		const { items, fatal } = await parseInMemory(format, name, f.charset?.startsWith('utf-8') ? text.replace(/^\ufeff/, '') : text);
		if (FORMAT_SPECS[format].unit === 'file' && f.error) throw new Error(`whole-document format half-written: ${f.error}`);
		if (f.charset?.startsWith('utf-8') && !f.error && !fatal) {
			const keys = new Set(items.flatMap((i) => (i.kind === 'comment' ? [`${i.comment.articleExternalId}\u0000${i.comment.externalId}`] : [])));
			if (count('comments') !== keys.size) throw new Error(`database has ${count('comments')} comments, the parser read ${keys.size}`);
		}
		if (count(`comments WHERE parent_id IS NOT NULL AND parent_id = id`)) throw new Error('a comment is its own parent');
		const integrity = db.pragma('integrity_check', { simple: true });
		if (integrity !== 'ok') throw new Error(`integrity_check: ${integrity}`);
	} finally {
		db.close();
		rmSync(dir, { recursive: true, force: true });
	}
}

export function ingestProperty(format: PropertyFormat): fc.IAsyncProperty<[Buffer]> {
	return fc.asyncProperty(inputFor(format), (bytes) => checkIngestOnce(format, bytes));
}

/** Detection never throws anything but a positioned UnreadableInput, whatever the head looks like. */
export function detectProperty(detect: (name: string, head: string) => unknown): fc.IProperty<[string, string]> {
	return fc.property(fc.constantFrom('x.txt', 'x.csv', 'x.ndjson', 'x.json', 'x.xml', 'RC_1.zst', 'x'), fc.string({ unit: fc.oneof(NASTY, fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 60 }), (name, head) => {
		try {
			detect(name, head);
		} catch (e) {
			if (!(e instanceof UnreadableInput) || !POSITION.test(e.at)) throw e;
		}
	});
}
