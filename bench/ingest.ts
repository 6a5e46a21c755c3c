// Ingest speed: canonical NDJSON through `ingestPaths` (read, decode, parse, validate, write,
// thread, index, full-text index) next to raw better-sqlite3 writes of the same rows, measured in
// the same run. The raw anchor reaches the same end state (rows, every index of the comments
// table, the full-text index) with the best plain technique: secondary indexes dropped and rebuilt
// by sort, 32 rows per INSERT, ids and threads precomputed. Its rows-only figure (no secondary
// index, no FTS) is printed too, as a floor, and its rows + indexes figure as the ceiling on this
// machine of any design that keeps the comments table and its indexes in one database file:
// SQLite has one writer per file, so even with parsing and the full-text index on the other core,
// the rows and the comments' indexes are written one after the other on one thread.
//
//   npx tsx bench/ingest.ts --comments 200000
//
// The NDJSON is generated from a fixed seed: ~100 comments per article, 30% replies to an earlier
// comment of the same article, 5,000 authors, 8-60 words per comment. Memory on a 2 GB file:
// bench/ingestLarge.ts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openForWrite } from '../src/lib/server/db/open';
import { ingestPaths, DEFAULT_BATCH } from '../src/lib/ingest/ingestPaths';
import { parseNdjson } from '../src/lib/ingest/formats/json';
import { textInput } from '../src/lib/ingest/items';
import { mulberry32 as rng } from '../src/lib/mulberry32';

const WORDS = (
	'the a ceasefire talks peace war deal russia ukraine trump putin envoy sanctions border talks meeting hope doubt ' +
	'never always again agree disagree people soldiers region regions territory land sovereignty negotiation negotiations ' +
	'West Europe NATO kremlin press service sources agency hours long complicated tense serious obstacle solution future ' +
	'😂 🙏 🌍 🔥 think believe wonder seems looks like just really very so much more less good bad terrible great'
).split(' ');

export interface BenchRow {
	article: string;
	id: string;
	parent: string | null;
	author: string;
	text: string;
	createdAt: string;
}

/** The benchmark corpus: articles and comments from a fixed seed. */
export function generateRows(comments: number, seed = 7): { articles: { id: string; title: string; publishedAt: string }[]; rows: BenchRow[] } {
	const rnd = rng(seed);
	const nArticles = Math.max(1, Math.round(comments / 100));
	const base = Date.UTC(2026, 0, 1);
	const articles = Array.from({ length: nArticles }, (_, i) => ({
		id: `a${i}`,
		title: `Article ${i}`,
		publishedAt: new Date(base + i * 3_600_000).toISOString().slice(0, 19) + 'Z'
	}));
	const rows: BenchRow[] = [];
	const perArticle: string[][] = articles.map(() => []);
	for (let i = 0; i < comments; i++) {
		const a = Math.floor(rnd() * nArticles);
		const siblings = perArticle[a];
		const parent = siblings.length && rnd() < 0.3 ? siblings[Math.floor(rnd() * siblings.length)] : null;
		const n = 8 + Math.floor(rnd() * 53);
		const words: string[] = [];
		for (let k = 0; k < n; k++) words.push(WORDS[Math.floor(rnd() * WORDS.length)]);
		const id = `c${i}`;
		siblings.push(id);
		rows.push({
			article: `a${a}`,
			id,
			parent,
			author: `user${Math.floor(rnd() * 5000)}`,
			text: words.join(' ') + '.',
			createdAt: new Date(Date.parse(articles[a].publishedAt) + Math.floor(rnd() * 86_400_000)).toISOString().slice(0, 19) + 'Z'
		});
	}
	return { articles, rows };
}

function toNdjson(g: ReturnType<typeof generateRows>): string {
	const lines = g.articles.map((a) => JSON.stringify({ id: a.id, title: a.title, published_at: a.publishedAt }));
	for (const r of g.rows)
		lines.push(JSON.stringify({ id: r.id, article_id: r.article, parent_id: r.parent, author: r.author, text: r.text, created_at: r.createdAt }));
	return lines.join('\n') + '\n';
}

const cpuNow = () => {
	const c = process.cpuUsage();
	return (c.user + c.system) / 1e6;
};

/** CPU seconds of the calling thread alone (Linux; NaN elsewhere): the ingest's writing thread. */
function threadCpu(): number {
	try {
		const f = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
		return (Number(f[11]) + Number(f[12])) / 100;
	} catch {
		return NaN;
	}
}

interface Phase {
	seconds: number;
	cpu: number;
}

function timed(fn: () => void): Phase {
	const c0 = cpuNow();
	const t0 = performance.now();
	fn();
	return { seconds: (performance.now() - t0) / 1000, cpu: cpuNow() - c0 };
}

/** Rows per INSERT statement of the raw anchor (as the writer: CHECK constraints are paid per statement). */
const RAW_ROWS_PER_STATEMENT = 32;

/**
 * The anchor: the best plain better-sqlite3 technique for the same end state, with everything
 * murmur derives (ids, threads, authors) precomputed and untimed. The same pragmas as an ingest
 * (foreign keys not checked, 32 MB cache, no mmap); the comments' secondary indexes dropped first
 * and rebuilt by sort after the rows (as a bulk ingest does; the UNIQUE natural key is part of the
 * table, so it is maintained row by row on both sides); rows 32 per INSERT in 50,000-row
 * transactions; the full-text index built in one statement with the same 16 MB FTS5 hash.
 */
function rawInsert(path: string, g: ReturnType<typeof generateRows>): { rows: Phase; indexes: Phase; fts: Phase } {
	const db = openForWrite(path);
	db.pragma('mmap_size = 0');
	db.pragma('cache_size = -32768');
	db.pragma('temp_store = FILE');
	db.pragma('wal_autocheckpoint = 16384');
	db.pragma('foreign_keys = OFF');
	const indexes = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'comments' AND sql IS NOT NULL`).all() as { name: string; sql: string }[];
	for (const i of indexes) db.exec(`DROP INDEX ${i.name}`);
	// Thread placement precomputed, so the raw side does no lookups at all.
	const articleIds = new Map(g.articles.map((a, i) => [a.id, i + 1]));
	const authorIds = new Map<string, number>();
	for (const r of g.rows) if (r.author && !authorIds.has(r.author)) authorIds.set(r.author, authorIds.size + 1);
	const nodes = new Map<string, { id: number; root: number; depth: number }>();
	const values: unknown[] = [];
	g.rows.forEach((r, i) => {
		const id = i + 1;
		const p = r.parent ? (nodes.get(r.article + '/' + r.parent) ?? null) : null;
		const node = p ? { id, root: p.root, depth: p.depth + 1 } : { id, root: id, depth: 0 };
		nodes.set(r.article + '/' + r.id, node);
		values.push(id, articleIds.get(r.article)!, r.id, r.parent, p?.id ?? null, node.root, node.depth, i + 1, authorIds.get(r.author) ?? null, r.text, r.createdAt || null, r.createdAt || null);
	});
	nodes.clear();
	const cols = `(id, article_id, external_id, parent_external_id, parent_id, thread_root_id, depth, position, author_id, text, created_at, effective_at, status, type)`;
	const tuple = `(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'visible', 'comment')`;
	const many = db.prepare(`INSERT INTO comments ${cols} VALUES ${Array(RAW_ROWS_PER_STATEMENT).fill(tuple).join(', ')}`);
	const one = db.prepare(`INSERT INTO comments ${cols} VALUES ${tuple}`);
	const art = db.prepare(`INSERT INTO articles (id, source_id, namespace, external_id, title, published_at) VALUES (?, ?, 'raw', ?, ?, ?)`);
	const aut = db.prepare(`INSERT INTO authors (id, namespace, handle, display_name) VALUES (?, 'raw', ?, ?)`);
	const W = 12;
	const TX = 50_000;
	const rows = timed(() => {
		db.transaction(() => {
			const src = Number(db.prepare(`INSERT INTO sources (namespace, path, format, content_hash, imported_at) VALUES ('raw','raw','raw','', '2026-01-01T00:00:00Z')`).run().lastInsertRowid);
			g.articles.forEach((a, i) => art.run(i + 1, src, a.id, a.title || null, a.publishedAt || null));
			for (const [handle, id] of authorIds) aut.run(id, handle, handle);
		})();
		const n = g.rows.length;
		for (let from = 0; from < n; from += TX) {
			const to = Math.min(n, from + TX);
			db.transaction(() => {
				let r = from;
				for (; r + RAW_ROWS_PER_STATEMENT <= to; r += RAW_ROWS_PER_STATEMENT) many.run(values.slice(r * W, (r + RAW_ROWS_PER_STATEMENT) * W));
				for (; r < to; r++) one.run(values.slice(r * W, (r + 1) * W));
			})();
		}
	});
	const indexPhase = timed(() => db.transaction(() => indexes.forEach((i) => db.exec(i.sql)))());
	const fts = timed(() =>
		db.transaction(() => {
			db.exec(`INSERT INTO comments_fts (comments_fts, rank) VALUES ('hashsize', ${16 * 1024 * 1024})`);
			db.prepare(`INSERT INTO comments_fts (rowid, text) SELECT id, text FROM comments`).run();
		})()
	);
	db.close();
	return { rows, indexes: indexPhase, fts };
}

export interface IngestBenchFigures {
	comments: number;
	ndjsonMB: number;
	ingestSeconds: number;
	ingestPerSecond: number;
	/** Raw anchor, same end state as the ingest: rows, every index, the full-text index. */
	rawSeconds: number;
	rawPerSecond: number;
	/** Raw anchor, rows only (indexes dropped, no full-text index): a floor no importer reaches. */
	rawRowsSeconds: number;
	rawRowsPerSecond: number;
	rawIndexSeconds: number;
	rawFtsSeconds: number;
	/**
	 * Raw rows + index rebuild, without the full-text index: the best any design keeping this schema
	 * in one file reaches here, as its one writer writes these one after the other whatever runs on
	 * the other core.
	 */
	ceilingPerSecond: number;
	/** The same per CPU second of the writing thread (what a busy machine distorts less). */
	ceilingPerCpuSecond: number;
	/** ingest rate / raw rate, same end state (the issue's >= 60% target). */
	ratioToRaw: number;
	/** ingest rate / raw rows-only rate. */
	ratioToRawRows: number;
	/** CPU seconds (user + system, all threads) of each, which a busy machine distorts less than wall time. */
	ingestCpuSeconds: number;
	/** Of which the writing thread (the parse worker has the rest). */
	ingestWriterCpuSeconds: number;
	rawCpuSeconds: number;
	rawRowsCpuSeconds: number;
	/** Records per transaction the ingest used. */
	batch: number;
}

/** The rows of a canonical NDJSON file (the demo step's corpus), read by murmur's own parser. */
async function rowsFromNdjson(file: string): Promise<ReturnType<typeof generateRows>> {
	const articles: { id: string; title: string; publishedAt: string }[] = [];
	const rows: BenchRow[] = [];
	const text = readFileSync(file, 'utf8');
	await parseNdjson(textInput(file, text), (item) => {
		if (item.kind === 'article') articles.push({ id: item.article.externalId, title: item.article.title ?? '', publishedAt: item.article.publishedAt ?? '' });
		else if (item.kind === 'comment') {
			const c = item.comment;
			rows.push({ article: c.articleExternalId, id: c.externalId, parent: c.parentExternalId ?? null, author: c.authorHandle ?? c.authorName ?? '', text: c.text, createdAt: c.createdAt ?? '' });
		}
	});
	// Comments of articles the file does not describe get the stub the ingest would make.
	const known = new Set(articles.map((a) => a.id));
	for (const r of rows) if (!known.has(r.article)) (known.add(r.article), articles.push({ id: r.article, title: '', publishedAt: '' }));
	return { articles, rows };
}

/**
 * `comments`: how many to generate; `corpusFile`: a canonical NDJSON file to use instead (the bench
 * runner passes the demo corpus when its step wrote one).
 */
export async function runIngestBench({ comments = 200_000, corpusFile }: { comments?: number; corpusFile?: string } = {}): Promise<IngestBenchFigures> {
	const dir = mkdtempSync(join(tmpdir(), 'murmur-bench-ingest-'));
	try {
		let file = corpusFile;
		let g: ReturnType<typeof generateRows>;
		if (file) g = await rowsFromNdjson(file);
		else {
			g = generateRows(comments);
			file = join(dir, 'bench.ndjson');
			writeFileSync(file, toNdjson(g));
		}
		comments = g.rows.length;
		const unique = new Set(g.rows.map((r) => `${r.article}\u0000${r.id}`)).size;
		const raw = rawInsert(join(dir, 'raw.db'), g);
		g = { articles: [], rows: [] };
		const db = openForWrite(join(dir, 'ingest.db'));
		const c0 = cpuNow();
		const w0 = threadCpu();
		const t0 = performance.now();
		const summary = await ingestPaths(db, [file], { format: 'ndjson', rejectsPath: null });
		const ingestSeconds = (performance.now() - t0) / 1000;
		const ingestCpuSeconds = cpuNow() - c0;
		const ingestWriterCpuSeconds = threadCpu() - w0;
		db.close();
		const stored = summary.files[0].comments.added;
		if (stored !== unique) throw new Error(`bench ingest stored ${stored} comments of ${comments}${summary.files[0].error ? `: ${summary.files[0].error}` : ''}`);
		const rawSeconds = raw.rows.seconds + raw.indexes.seconds + raw.fts.seconds;
		const ingestPerSecond = comments / ingestSeconds;
		return {
			comments,
			ndjsonMB: statSync(file).size / 1048576,
			ingestSeconds,
			ingestPerSecond,
			rawSeconds,
			rawPerSecond: comments / rawSeconds,
			rawRowsSeconds: raw.rows.seconds,
			rawRowsPerSecond: comments / raw.rows.seconds,
			rawIndexSeconds: raw.indexes.seconds,
			rawFtsSeconds: raw.fts.seconds,
			ceilingPerSecond: comments / (raw.rows.seconds + raw.indexes.seconds),
			ceilingPerCpuSecond: comments / (raw.rows.cpu + raw.indexes.cpu),
			ratioToRaw: ingestPerSecond / (comments / rawSeconds),
			ratioToRawRows: ingestPerSecond / (comments / raw.rows.seconds),
			ingestCpuSeconds,
			ingestWriterCpuSeconds,
			rawCpuSeconds: raw.rows.cpu + raw.indexes.cpu + raw.fts.cpu,
			rawRowsCpuSeconds: raw.rows.cpu,
			batch: DEFAULT_BATCH
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

export function formatIngestBench(f: IngestBenchFigures): string {
	const n = (x: number) => Math.round(x).toLocaleString('en-US');
	const rows = [
		['murmur ingest, canonical NDJSON (end to end: read, parse, validate, rows, indexes, FTS)', f.ingestPerSecond, f.ingestSeconds, f.ingestCpuSeconds],
		['raw better-sqlite3, same end state (rows + index rebuild + FTS)', f.rawPerSecond, f.rawSeconds, f.rawCpuSeconds],
		['raw better-sqlite3, rows only (no secondary indexes, no FTS)', f.rawRowsPerSecond, f.rawRowsSeconds, f.rawRowsCpuSeconds]
	] as const;
	const w = rows[0][0].length;
	return [
		`ingest benchmark: ${n(f.comments)} comments, ${f.ndjsonMB.toFixed(1)} MB NDJSON, ${n(f.batch)} records per transaction`,
		`raw phases: rows ${f.rawRowsSeconds.toFixed(2)} s, index rebuild ${f.rawIndexSeconds.toFixed(2)} s, FTS ${f.rawFtsSeconds.toFixed(2)} s`,
		'',
		`${'what'.padEnd(w)} ${'comments/s'.padStart(12)} ${'seconds'.padStart(9)} ${'cpu s'.padStart(7)} ${'comments/cpu s'.padStart(15)}`,
		...rows.map(([a, rate, sec, cpu]) => `${a.padEnd(w)} ${n(rate).padStart(12)} ${sec.toFixed(2).padStart(9)} ${cpu.toFixed(2).padStart(7)} ${n(f.comments / cpu).padStart(15)}`),
		'',
		`ingest CPU: ${f.ingestCpuSeconds.toFixed(2)} s in all threads, ${f.ingestWriterCpuSeconds.toFixed(2)} s in the writing thread (the parse worker has the rest)`,
		`ingest / raw, same end state:  ${(100 * f.ratioToRaw).toFixed(0)}% wall, ${((100 * f.rawCpuSeconds) / f.ingestCpuSeconds).toFixed(0)}% CPU  (target >= 60%)`,
		`ingest / raw, rows only:       ${(100 * f.ratioToRawRows).toFixed(0)}% wall, ${((100 * f.rawRowsCpuSeconds) / f.ingestCpuSeconds).toFixed(0)}% CPU`,
		`ceiling with the comments table in one file (raw rows + index rebuild on its one writer; FTS, parsing elsewhere): ${n(f.ceilingPerSecond)} comments/s, ${n(f.ceilingPerCpuSecond)} per CPU s`,
		`target >= 150,000 comments/s: ${f.ingestPerSecond >= 150_000 ? 'met' : 'NOT met'} (${n(f.ingestPerSecond)}/s${f.ceilingPerSecond < 150_000 ? '; above the ceiling on this machine' : ''})`
	].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const i = process.argv.indexOf('--comments');
	const comments = i > 0 ? Number(process.argv[i + 1]) : 200_000;
	runIngestBench({ comments }).then((f) => console.log(formatIngestBench(f)));
}
