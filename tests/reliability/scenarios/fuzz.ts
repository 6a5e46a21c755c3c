// Fuzzing every importer with fast-check: valid documents generated from a model (they must
// ingest exactly), then the same documents mutated byte-wise (cut, spliced, duplicated, truncated,
// structural characters and invalid UTF-8 inserted). For every case, through ingestPaths (what
// `murmur ingest` runs):
//   - no crash: ingestPaths resolves (it is documented never to throw for bad input);
//   - a clear positioned error: a failed file's error and every reject start with "name:line";
//   - no partial write: a whole-document format that failed leaves nothing; a line format keeps
//     exactly the records it reports, and the database passes integrity_check.
import fc from 'fast-check';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { openForWrite } from '../../../src/lib/server/db/open';
import { ingestPaths } from '../../../src/lib/ingest/ingestPaths';
import { expectedComments, modelArb, serialise, type FuzzFormat, type Model } from '../lib/formatWriters';

const WHOLE_DOCUMENT = new Set<FuzzFormat>(['page', 'json', 'disqus', 'wxr']);

type Mutation =
	| { op: 'delete'; at: number; len: number }
	| { op: 'insert'; at: number; bytes: number[] }
	| { op: 'duplicate'; at: number; len: number }
	| { op: 'truncate'; at: number }
	| { op: 'flip'; at: number; bit: number };

/** Fragments that break parsers: structure of every format, control bytes, bad UTF-8. */
const NASTY = ['"', "'", '<', '>', '&', ']]>', '<![CDATA[', '\n', '\r\n', '\r', ',', '\t', ';', '{', '}', '[', ']', ':', '\\', '\\u', '\u0000', '\uFEFF', '</post>', '<post>', '</wp:comment>', '<!--', '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>', '&a;', '&#0;', '&#xD800;', 'null', '-1', '1e999', '99999999999999999999', '"text":', '"id":', '  1. ', 'Reply', 'Add a comment', '🌍🤝🕊️', 'ﾟ'].map((s) => [...Buffer.from(s, 'utf8')]);
const BAD_UTF8 = [[0xff], [0xfe, 0xff], [0xc3, 0x28], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80]];

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
	fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.oneof(fc.constantFrom(...NASTY), fc.constantFrom(...BAD_UTF8), fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 6 })) }),
	fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 200 }) }),
	fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
	fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) })
);

function mutate(buf: Buffer, ms: Mutation[]): Buffer {
	let b = buf;
	for (const m of ms) {
		if (b.length === 0) break;
		const at = m.at % (b.length + 1);
		if (m.op === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.len)]);
		else if (m.op === 'insert') b = Buffer.concat([b.subarray(0, at), Buffer.from(m.bytes), b.subarray(at)]);
		else if (m.op === 'duplicate') b = Buffer.concat([b.subarray(0, at + Math.min(m.len, b.length - at)), b.subarray(at)]);
		else if (m.op === 'truncate') b = b.subarray(0, Math.max(1, at));
		else {
			const c = Buffer.from(b);
			if (at < c.length) c[at] ^= 1 << m.bit;
			b = c;
		}
	}
	return b;
}

interface CaseResult {
	error: string | null;
	comments: number;
}

/** Writes the files, ingests them into a fresh in-memory database and checks the invariants. */
async function ingestCase(dir: string, format: FuzzFormat, files: Record<string, Buffer>): Promise<CaseResult & { texts: string[] }> {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
	const target = format === 'coral' ? dir : join(dir, Object.keys(files)[0]);
	const db = openForWrite(':memory:');
	try {
		const summary = await ingestPaths(db, [target], { format, rejectsPath: null, batchSize: 4 });
		const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
		const comments = n(`SELECT count(*) AS n FROM comments`);
		const articles = n(`SELECT count(*) AS n FROM articles`);
		expect(db.pragma('integrity_check', { simple: true }), 'integrity_check').toBe('ok');
		expect(summary.files.length, 'one report per input').toBeGreaterThanOrEqual(1);
		let error: string | null = null;
		let added = 0;
		for (const f of summary.files) {
			added += f.comments.added;
			// Positions name the file and a line: "fuzz.csv:12" or "fuzz-wxr.xml:3:14".
			for (const r of f.rejects) expect(r.at, `reject position: ${r.at} (${r.reason})`).toMatch(/^[^:]+:\d+(:\d+)?$/);
			if (f.error) {
				error = f.error;
				expect(f.error, `a failed file says where: ${JSON.stringify(f.error)}`).toMatch(/^[^:\n]+:\d+(:\d+)?: \S/);
				expect(f.error.split('\n').length, `one line: ${JSON.stringify(f.error)}`).toBe(1);
				if (WHOLE_DOCUMENT.has(format)) expect(f.written, 'whole-document format kept something after failing').toBe(false);
			}
		}
		if (error && WHOLE_DOCUMENT.has(format)) expect({ comments, articles }, `${error}: partial write`).toEqual({ comments: 0, articles: 0 });
		// Every comment stored is one the report counts: nothing half-written, nothing unreported.
		expect(comments, 'comments stored vs reported added').toBe(added);
		const texts = (db.prepare(`SELECT text FROM comments`).all() as { text: string }[]).map((r) => r.text).sort();
		return { error, comments, texts };
	} finally {
		db.close();
	}
}

const toBuffers = (files: Record<string, string>): Record<string, Buffer> => Object.fromEntries(Object.entries(files).map(([k, v]) => [k, Buffer.from(v, 'utf8') as Buffer]));

export interface FuzzReport {
	format: FuzzFormat;
	valid: number;
	mutated: number;
	mutatedFailedFiles: number;
}

export async function fuzzImporter(dir: string, format: FuzzFormat, opts: { valid: number; mutated: number; seed: number }): Promise<FuzzReport> {
	const report: FuzzReport = { format, valid: 0, mutated: 0, mutatedFailedFiles: 0 };
	const caseDir = join(dir, `fuzz-${format}`);
	// Generated documents: every comment arrives, text for text.
	await fc.assert(
		fc.asyncProperty(modelArb, async (m: Model) => {
			const r = await ingestCase(caseDir, format, toBuffers(serialise(format, m)));
			const want = expectedComments(format, m);
			expect(r.error, `valid ${format} document failed`).toBeNull();
			expect(r.texts, `valid ${format} document: comment texts`).toEqual(want.texts);
			report.valid++;
		}),
		{ numRuns: opts.valid, seed: opts.seed, endOnFailure: true }
	);
	// Mutated documents: anything may be rejected, but clearly, in place, and all or nothing.
	await fc.assert(
		fc.asyncProperty(modelArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 }), fc.nat(), async (m, ms, which) => {
			const files = toBuffers(serialise(format, m));
			const names = Object.keys(files);
			const name = format === 'coral' ? names[which % names.length] : names[0];
			files[name] = mutate(files[name], ms);
			const r = await ingestCase(caseDir, format, files);
			report.mutated++;
			if (r.error) report.mutatedFailedFiles++;
		}),
		{ numRuns: opts.mutated, seed: opts.seed + 1, endOnFailure: true }
	);
	rmSync(caseDir, { recursive: true, force: true });
	return report;
}
