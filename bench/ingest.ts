// Ingest speed: canonical NDJSON through `ingestPaths` (read, decode, parse, validate, write,
// thread, full-text index) next to raw better-sqlite3 inserts of the same rows into the same
// schema, measured in the same run.
//
//   npx tsx bench/ingest.ts --comments 200000
//
// The NDJSON is generated from a fixed seed: ~100 comments per article, 30% replies to an earlier
// comment of the same article, 5,000 authors, 8-60 words per comment.
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

/** Raw inserts of the same rows (ids, threads and authors precomputed), one transaction; FTS timed separately. */
const cpuNow = () => {
	const c = process.cpuUsage();
	return (c.user + c.system) / 1e6;
};

function rawInsert(path: string, g: ReturnType<typeof generateRows>): { rowsSeconds: number; ftsSeconds: number; rowsCpu: number; ftsCpu: number } {
	const db = openForWrite(path);
	const src = Number(db.prepare(`INSERT INTO sources (namespace, path, format, content_hash, imported_at) VALUES ('raw','raw','raw','', '2026-01-01T00:00:00Z')`).run().lastInsertRowid);
	const art = db.prepare(`INSERT INTO articles (source_id, namespace, external_id, title, published_at) VALUES (?, 'raw', ?, ?, ?)`);
	const aut = db.prepare(`INSERT INTO authors (namespace, handle, display_name) VALUES ('raw', ?, ?)`);
	const articleIds = new Map<string, number>();
	const authorIds = new Map<string, number>();
	db.transaction(() => {
		for (const a of g.articles) articleIds.set(a.id, Number(art.run(src, a.id, a.title || null, a.publishedAt || null).lastInsertRowid));
		for (const r of g.rows) if (r.author && !authorIds.has(r.author)) authorIds.set(r.author, Number(aut.run(r.author, r.author).lastInsertRowid));
	})();
	const ins = db.prepare(
		`INSERT INTO comments (id, article_id, external_id, parent_external_id, parent_id, thread_root_id, depth, position, author_id, text,
		 created_at, effective_at, status, type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'visible', 'comment')`
	);
	// Thread placement precomputed, so the raw side does no lookups at all.
	const nodes = new Map<string, { id: number; root: number; depth: number }>();
	const plan = g.rows.map((r, i) => {
		const id = i + 1;
		const p = r.parent ? (nodes.get(r.article + '/' + r.parent) ?? null) : null;
		const node = p ? { id, root: p.root, depth: p.depth + 1 } : { id, root: id, depth: 0 };
		nodes.set(r.article + '/' + r.id, node);
		return [id, articleIds.get(r.article)!, r.id, r.parent, p?.id ?? null, node.root, node.depth, i + 1, authorIds.get(r.author) ?? null, r.text, r.createdAt || null, r.createdAt || null];
	});
	const c0 = cpuNow();
	const t0 = performance.now();
	db.transaction(() => {
		for (const v of plan) ins.run(...v);
	})();
	const t1 = performance.now();
	const c1 = cpuNow();
	db.prepare(`INSERT INTO comments_fts (rowid, text) SELECT id, text FROM comments`).run();
	const t2 = performance.now();
	const c2 = cpuNow();
	db.close();
	return { rowsSeconds: (t1 - t0) / 1000, ftsSeconds: (t2 - t1) / 1000, rowsCpu: c1 - c0, ftsCpu: c2 - c1 };
}

export interface IngestBenchFigures {
	comments: number;
	ndjsonMB: number;
	ingestSeconds: number;
	ingestPerSecond: number;
	rawSeconds: number;
	rawPerSecond: number;
	rawFtsSeconds: number;
	/** Raw rows plus the same full-text index build the ingest does. */
	rawWithFtsPerSecond: number;
	/** ingest rate / raw rate (rows only). */
	ratioToRaw: number;
	/** ingest rate / raw rate including the full-text index. */
	ratioToRawWithFts: number;
	/** CPU seconds (user + system) of each, which a busy machine distorts less than wall time. */
	ingestCpuSeconds: number;
	rawCpuSeconds: number;
	rawFtsCpuSeconds: number;
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
		const raw = rawInsert(join(dir, 'raw.db'), g);
		const db = openForWrite(join(dir, 'ingest.db'));
		const c0 = cpuNow();
		const t0 = performance.now();
		const summary = await ingestPaths(db, [file], { format: 'ndjson', rejectsPath: null });
		const ingestSeconds = (performance.now() - t0) / 1000;
		const ingestCpuSeconds = cpuNow() - c0;
		db.close();
		const stored = summary.files[0].comments.added;
		if (stored !== new Set(g.rows.map((r) => `${r.article}\u0000${r.id}`)).size) throw new Error(`bench ingest stored ${stored} comments of ${comments}`);
		const rawPerSecond = comments / raw.rowsSeconds;
		const rawWithFtsPerSecond = comments / (raw.rowsSeconds + raw.ftsSeconds);
		const ingestPerSecond = comments / ingestSeconds;
		return {
			comments,
			ndjsonMB: statSync(file).size / 1048576,
			ingestSeconds,
			ingestPerSecond,
			rawSeconds: raw.rowsSeconds,
			rawPerSecond,
			rawFtsSeconds: raw.ftsSeconds,
			rawWithFtsPerSecond,
			ratioToRaw: ingestPerSecond / rawPerSecond,
			ratioToRawWithFts: ingestPerSecond / rawWithFtsPerSecond,
			ingestCpuSeconds,
			rawCpuSeconds: raw.rowsCpu,
			rawFtsCpuSeconds: raw.ftsCpu,
			batch: DEFAULT_BATCH
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

export function formatIngestBench(f: IngestBenchFigures): string {
	const n = (x: number) => Math.round(x).toLocaleString('en-US');
	const rows = [
		['canonical NDJSON ingest (end to end, incl. FTS)', f.ingestPerSecond, f.ingestSeconds, f.ingestCpuSeconds],
		['raw better-sqlite3 INSERT, same rows and schema', f.rawPerSecond, f.rawSeconds, f.rawCpuSeconds],
		['raw INSERT + the same FTS index build', f.rawWithFtsPerSecond, f.rawSeconds + f.rawFtsSeconds, f.rawCpuSeconds + f.rawFtsCpuSeconds]
	] as const;
	const cpuRatio = (f.rawCpuSeconds / f.ingestCpuSeconds) * 100;
	const cpuRatioFts = ((f.rawCpuSeconds + f.rawFtsCpuSeconds) / f.ingestCpuSeconds) * 100;
	return [
		`ingest benchmark: ${n(f.comments)} comments, ${f.ndjsonMB.toFixed(1)} MB NDJSON, ${n(f.batch)} records per transaction`,
		'',
		`${'what'.padEnd(50)} ${'comments/s'.padStart(12)} ${'seconds'.padStart(9)} ${'cpu s'.padStart(7)} ${'comments/cpu s'.padStart(15)}`,
		...rows.map(([a, rate, sec, cpu]) => `${a.padEnd(50)} ${n(rate).padStart(12)} ${sec.toFixed(2).padStart(9)} ${cpu.toFixed(2).padStart(7)} ${n(f.comments / cpu).padStart(15)}`),
		'',
		`ingest / raw INSERT:        ${(100 * f.ratioToRaw).toFixed(0)}% wall, ${cpuRatio.toFixed(0)}% CPU  (target >= 60%)`,
		`ingest / raw INSERT + FTS:  ${(100 * f.ratioToRawWithFts).toFixed(0)}% wall, ${cpuRatioFts.toFixed(0)}% CPU`,
		`target >= 150,000 comments/s: ${f.ingestPerSecond >= 150_000 ? 'met' : 'NOT met'} (${n(f.ingestPerSecond)}/s)`
	].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const i = process.argv.indexOf('--comments');
	const comments = i > 0 ? Number(process.argv[i + 1]) : 200_000;
	runIngestBench({ comments }).then((f) => console.log(formatIngestBench(f)));
}
