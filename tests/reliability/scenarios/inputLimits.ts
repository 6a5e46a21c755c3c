// Input limits: inputs built to exhaust memory or the stack (a 50 MB comment, a 100,000-reply
// thread flat and as one chain, replies nested 100,000 deep in JSON, XML nested 100,000 deep,
// invalid UTF-8). Each must end in one of two clear ways, in bounded memory:
//   - accepted: exit 0 and the data stored exactly;
//   - refused: a non-zero exit with a one-line reason naming the file (and position), and
//     nothing from that file written.
// Never a crash: no stack trace, no signal, no out-of-memory abort.
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect } from 'vitest';
import { runMurmur, type CliResult } from '../lib/cli';
import { counts, integrityProblems } from '../lib/dbCheck';
import { removeDb } from '../lib/crash';
import Database from 'better-sqlite3';

export interface LimitOutcome {
	name: string;
	outcome: 'accepted' | 'refused';
	exit: number | null;
	peakRssMB: number | null;
	seconds: number;
	message: string;
}

const CRASH = /^\s+at .+:\d+:\d+\)?$|RangeError|Maximum call stack|heap out of memory|FATAL ERROR|Segmentation fault|Aborted/m;

/** Ingests `file` into a fresh database and checks the outcome is clear, bounded and all-or-nothing. */
export async function ingestWithin(dir: string, name: string, file: string, opts: { maxRssMB: number; accepted?: (db: string) => void; args?: string[]; timeoutMs?: number }): Promise<LimitOutcome> {
	const db = join(dir, `${name}.db`);
	removeDb(db);
	const r: CliResult = await runMurmur(db, ['ingest', file, ...(opts.args ?? [])], { timeoutMs: opts.timeoutMs ?? 600_000 });
	const all = r.stdout + r.stderr;
	expect(CRASH.test(all) ? all.slice(0, 3000) : '', `${name}: crashed`).toBe('');
	expect(r.signal, `${name}: killed by a signal (SIGKILL: still running after ${(opts.timeoutMs ?? 600_000) / 1000} s)`).toBeNull();
	expect(r.peakRssMB, `${name}: peak RSS ${r.peakRssMB?.toFixed(0)} MB`).toBeLessThan(opts.maxRssMB);
	let outcome: LimitOutcome['outcome'];
	if (r.code === 0) {
		outcome = 'accepted';
		expect(integrityProblems(db)).toEqual([]);
		opts.accepted?.(db);
	} else {
		outcome = 'refused';
		expect(r.code, `${name}: exit code`).toBe(1);
		// One clear line naming the file; no dump of the input.
		const reason = r.stderr.trim();
		expect(reason, `${name}: reason`).toContain(basename(file));
		expect(reason.length, `${name}: reason length`).toBeLessThan(2000);
		let comments = 0;
		try {
			comments = counts(db).comments;
		} catch {
			comments = 0; // no database at all is also "nothing written"
		}
		expect(comments, `${name}: refused but wrote comments`).toBe(0);
	}
	return { name, outcome, exit: r.code, peakRssMB: r.peakRssMB, seconds: r.seconds, message: (r.code === 0 ? r.stdout : r.stderr).trim().split('\n').slice(-3).join(' / ').slice(0, 300) };
}

function one<T>(db: string, sql: string): T {
	const d = new Database(db, { readonly: true });
	try {
		return d.prepare(sql).get() as T;
	} finally {
		d.close();
	}
}

const csvField = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** One comment of `mb` megabytes of words (and emoji), in CSV and in canonical NDJSON. */
export async function hugeComment(dir: string, mb: number, maxRssMB: number): Promise<LimitOutcome[]> {
	const unit = 'the ceasefire talks went on for hours and nobody said anything new 🌍 ';
	// Ends with a word: importers trim surrounding whitespace, which is not what is measured here.
	const text = unit.repeat(Math.ceil((mb * 1024 * 1024) / Buffer.byteLength(unit))) + 'end';
	const bytes = Buffer.byteLength(text);
	const csv = join(dir, 'huge.csv');
	writeFileSync(csv, `id,article_id,title,author,date,text\nc1,a1,Huge,someone,2026-05-01T10:00:00Z,${csvField(text)}\nc2,a1,Huge,other,2026-05-01T10:05:00Z,small one\n`);
	const ndjson = join(dir, 'huge.ndjson');
	writeFileSync(ndjson, JSON.stringify({ id: 'c1', article_id: 'a1', author: 'someone', text }) + '\n' + JSON.stringify({ id: 'c2', article_id: 'a1', author: 'other', text: 'small one' }) + '\n');
	const check = (db: string) => {
		// Accepted means stored whole: every byte of the big one, and the small one after it.
		const r = one<{ n: number; len: number }>(db, `SELECT count(*) AS n, max(length(CAST(text AS BLOB))) AS len FROM comments`);
		expect(r).toEqual({ n: 2, len: bytes });
	};
	return [
		await ingestWithin(dir, `comment-${mb}MB-csv`, csv, { maxRssMB, accepted: check }),
		await ingestWithin(dir, `comment-${mb}MB-ndjson`, ndjson, { maxRssMB, accepted: check })
	];
}

/** `n` replies to one comment (flat), and `n` replies each to the one before (a chain n deep). */
export async function bigThreads(dir: string, n: number, maxRssMB: number): Promise<LimitOutcome[]> {
	const head = 'id,article_id,title,parent_id,author,date,text\n';
	const flat = join(dir, 'flat-thread.csv');
	const chain = join(dir, 'chain-thread.csv');
	const rows = (parent: (i: number) => string) => {
		let s = head;
		for (let i = 0; i < n + 1; i++) s += `c${i},a1,Thread,${i === 0 ? '' : parent(i)},user${i % 997},2026-05-01T10:00:00Z,reply number ${i}\n`;
		return s;
	};
	writeFileSync(flat, rows(() => 'c0'));
	writeFileSync(chain, rows((i) => `c${i - 1}`));
	return [
		await ingestWithin(dir, `thread-${n}-flat`, flat, {
			maxRssMB,
			accepted: (db) =>
				expect(one(db, `SELECT count(*) AS n, max(depth) AS depth, count(DISTINCT thread_root_id) AS roots, sum(parent_id IS NULL) AS tops FROM comments`)).toEqual({ n: n + 1, depth: 1, roots: 1, tops: 1 })
		}),
		await ingestWithin(dir, `thread-${n}-chain`, chain, {
			maxRssMB,
			accepted: (db) =>
				expect(one(db, `SELECT count(*) AS n, max(depth) AS depth, count(DISTINCT thread_root_id) AS roots, sum(parent_id IS NULL) AS tops FROM comments`)).toEqual({ n: n + 1, depth: n, roots: 1, tops: 1 })
		})
	];
}

/** Replies nested `depth` levels deep in the canonical JSON's "replies" arrays. */
export async function nestedJsonReplies(dir: string, depth: number, maxRssMB: number): Promise<LimitOutcome> {
	let s = '';
	for (let i = 0; i < depth; i++) s += `{"id":"r${i}","author":"u${i % 50}","text":"nested reply ${i}","replies":[`;
	s += `{"id":"leaf","text":"the bottom"}`;
	s += ']}'.repeat(depth);
	const file = join(dir, 'nested-replies.json');
	writeFileSync(file, `{"articles":[{"id":"a1","title":"Deep","comments":[${s}]}]}\n`);
	return ingestWithin(dir, `json-replies-${depth}-deep`, file, {
		maxRssMB,
		accepted: (db) => expect(one(db, `SELECT count(*) AS n, max(depth) AS depth FROM comments`)).toEqual({ n: depth + 1, depth })
	});
}

/** Disqus and WXR documents with `depth` nested elements inside a message / comment body. */
export async function deepXml(dir: string, depth: number, maxRssMB: number): Promise<LimitOutcome[]> {
	const nest = '<b>'.repeat(depth) + 'deep' + '</b>'.repeat(depth);
	const disqus = join(dir, 'deep-disqus.xml');
	writeFileSync(
		disqus,
		`<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">\n` +
			`<thread dsq:id="1"><id>t1</id><link>https://news.example/a</link><title>Deep</title><createdAt>2026-05-01T10:00:00Z</createdAt></thread>\n` +
			`<post dsq:id="2"><id>p1</id><message>${nest}</message><createdAt>2026-05-01T10:01:00Z</createdAt><isDeleted>false</isDeleted><isSpam>false</isSpam>` +
			`<author><name>A</name><username>a</username></author><thread dsq:id="1"/></post>\n</disqus>\n`
	);
	const wxr = join(dir, 'deep-wxr.xml');
	writeFileSync(
		wxr,
		`<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel><title>Site</title><wp:wxr_version>1.2</wp:wxr_version>\n` +
			`<item><title>Deep</title><link>https://news.example/deep</link><wp:post_id>1</wp:post_id><wp:post_date_gmt>2026-05-01 10:00:00</wp:post_date_gmt><wp:post_type>post</wp:post_type>` +
			`<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author>A</wp:comment_author><wp:comment_date_gmt>2026-05-01 10:01:00</wp:comment_date_gmt>` +
			`<wp:comment_content>${nest}</wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_type></wp:comment_type><wp:comment_parent>0</wp:comment_parent></wp:comment>` +
			`</item>\n</channel></rss>\n`
	);
	const oneDeep = (db: string) => expect(one(db, `SELECT count(*) AS n, max(text LIKE '%deep%') AS deep FROM comments`)).toEqual({ n: 1, deep: 1 });
	return [
		await ingestWithin(dir, `disqus-xml-${depth}-deep`, disqus, { maxRssMB, accepted: oneDeep }),
		await ingestWithin(dir, `wxr-xml-${depth}-deep`, wxr, { maxRssMB, accepted: oneDeep })
	];
}

/**
 * Bytes that are not UTF-8 in CSV and NDJSON. Accepted means each comment was kept and its text
 * decoded to something (a detected charset or U+FFFD) with the file saying so; refused means a
 * positioned reason. Silently dropping the record is the one wrong answer.
 */
export async function invalidUtf8(dir: string, maxRssMB: number): Promise<LimitOutcome[]> {
	const bad = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xc3, 0x28, 0x20, 0xff, 0xfe, 0x20, 0xed, 0xa0, 0x80]); // "café" in Latin-1, broken sequences, a lone surrogate
	const csv = join(dir, 'bad-utf8.csv');
	writeFileSync(csv, Buffer.concat([Buffer.from('id,article_id,author,date,text\nc1,a1,x,2026-05-01T10:00:00Z,good text\nc2,a1,y,2026-05-01T10:01:00Z,'), bad, Buffer.from('\n')]));
	const ndjson = join(dir, 'bad-utf8.ndjson');
	writeFileSync(ndjson, Buffer.concat([Buffer.from('{"id":"c1","article_id":"a1","text":"good text"}\n{"id":"c2","article_id":"a1","text":"'), bad, Buffer.from('"}\n')]));
	const out: LimitOutcome[] = [];
	for (const [name, file] of [
		['invalid-utf8-csv', csv],
		['invalid-utf8-ndjson', ndjson]
	]) {
		const o = await ingestWithin(dir, name, file, {
			maxRssMB,
			accepted: (db) => {
				const rows = new Database(db, { readonly: true }).prepare(`SELECT external_id AS id, text FROM comments ORDER BY external_id`).all() as { id: string; text: string }[];
				// The good record is always kept whole; the bad one is either kept (decoded) or rejected, never half-kept.
				expect(rows.find((r) => r.id === 'c1')?.text).toBe('good text');
				const c2 = rows.find((r) => r.id === 'c2');
				if (c2) expect(c2.text.startsWith('caf')).toBe(true);
			}
		});
		if (o.outcome === 'accepted') expect(o.message, `${name}: must say what it did with the bytes`).toMatch(/utf-?8|charset|encoding|decod|reject|latin|1252/i);
		out.push(o);
	}
	return out;
}
