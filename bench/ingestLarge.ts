// Memory of a large ingest (issue 3: "a 2 GB NDJSON file ingests with peak RSS under 300 MB"):
// writes a canonical NDJSON file of about --gb gigabytes from a fixed seed to a temp folder, runs
// the CLI on it (`node bin/murmur.js --db <tmp>/large.db ingest <file>`) under /usr/bin/time -v,
// samples the process's RSS, and prints the peak during the ingest itself (up to the file's
// summary line), during the rollups refresh that follows, and for the whole command
// (/usr/bin/time's maximum resident set size). Deletes the file and the database afterwards
// unless --keep. Long: minutes per gigabyte. --file reuses an NDJSON file written before (kept).
//
//   npx tsx bench/ingestLarge.ts --gb 2 [--keep] [--file large.ndjson]
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { mulberry32 } from '../src/lib/mulberry32';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORDS = (
	'the a ceasefire talks peace war deal envoy sanctions border meeting hope doubt never always again agree disagree people ' +
	'region territory land sovereignty negotiation West Europe kremlin press service sources agency hours long complicated ' +
	'tense serious obstacle solution future 😂 🙏 🌍 think believe wonder seems looks like just really very much more less good bad'
).split(' ');

/**
 * Streams about `bytes` of NDJSON: articles first (one per 100 comments), then comments in
 * random articles, 30% replies to an earlier comment of the same article, 50,000 authors,
 * 20-80 words each. Returns the number of comments written.
 */
export async function writeLargeNdjson(path: string, bytes: number, seed = 7): Promise<number> {
	const rnd = mulberry32(seed);
	const out = createWriteStream(path);
	const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
	const comments = Math.round(bytes / 450);
	const articles = Math.max(1, Math.round(comments / 100));
	const counts = new Int32Array(articles);
	const base = Date.UTC(2026, 0, 1) / 1000;
	const iso = (s: number) => new Date(s * 1000).toISOString().slice(0, 19) + 'Z';
	let chunk: string[] = [];
	const flush = async () => {
		await write(chunk.join(''));
		chunk = [];
	};
	for (let a = 0; a < articles; a++) {
		chunk.push(JSON.stringify({ id: `a${a}`, title: `Article ${a}`, published_at: iso(base + a * 600) }) + '\n');
		if (chunk.length >= 5000) await flush();
	}
	for (let i = 0; i < comments; i++) {
		const a = Math.floor(rnd() * articles);
		const parent = counts[a] && rnd() < 0.3 ? `c${a}-${Math.floor(rnd() * counts[a])}` : null;
		const n = 20 + Math.floor(rnd() * 61);
		const words: string[] = [];
		for (let k = 0; k < n; k++) words.push(WORDS[Math.floor(rnd() * WORDS.length)]);
		const record = {
			id: `c${a}-${counts[a]++}`,
			article_id: `a${a}`,
			parent_id: parent,
			author: `user${Math.floor(rnd() * 50_000)}`,
			text: words.join(' ') + '.',
			created_at: iso(base + a * 600 + Math.floor(rnd() * 86_400))
		};
		chunk.push(JSON.stringify(record) + '\n');
		if (chunk.length >= 5000) await flush();
	}
	await flush();
	await new Promise<void>((r) => out.end(r));
	return comments;
}

/** Lines of a file written by writeLargeNdjson that are comments (they name their article). */
async function countComments(path: string): Promise<number> {
	let n = 0;
	for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) if (line.includes('"article_id"')) n++;
	return n;
}

interface Sample {
	seconds: number;
	rssMB: number;
}

/** VmRSS and VmHWM of a process, in MB (null once it is gone). */
function memoryOf(pid: number): { rss: number; hwm: number } | null {
	try {
		const s = readFileSync(`/proc/${pid}/status`, 'utf8');
		return { rss: Number(/VmRSS:\s+(\d+)/.exec(s)![1]) / 1024, hwm: Number(/VmHWM:\s+(\d+)/.exec(s)![1]) / 1024 };
	} catch {
		return null;
	}
}

/** The CLI under /usr/bin/time -v; RSS sampled every 250 ms; the ingest ends at the file's summary line. */
async function runCli(db: string, file: string) {
	const t0 = performance.now();
	const child = spawn('/usr/bin/time', ['-v', process.execPath, 'bin/murmur.js', '--db', db, 'ingest', file], { cwd: ROOT });
	let stdout = '';
	let stderr = '';
	let ingestDone: { seconds: number; hwm: number } | null = null;
	let nodePid: number | null = null;
	const samples: Sample[] = [];
	const timer = setInterval(() => {
		if (nodePid === null) {
			try {
				nodePid = Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/)[0]) || null;
			} catch {
				/* not started yet */
			}
		}
		const m = nodePid ? memoryOf(nodePid) : null;
		if (m) samples.push({ seconds: (performance.now() - t0) / 1000, rssMB: m.rss });
	}, 250);
	child.stdout.on('data', (d: Buffer) => {
		stdout += d.toString();
		// The per-file summary ("  added N, updated ...") is printed before the rollups refresh.
		if (!ingestDone && /\n\s+added \d+/.test(stdout)) {
			const m = nodePid ? memoryOf(nodePid) : null;
			ingestDone = { seconds: (performance.now() - t0) / 1000, hwm: m?.hwm ?? NaN };
		}
	});
	child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
	const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? -1)));
	clearInterval(timer);
	const field = (name: string) => Number(new RegExp(`${name}: ([\\d.:]+)`).exec(stderr)?.[1] ?? NaN);
	return {
		code,
		stdout,
		stderrTail: stderr.split('\n').slice(-40).join('\n'),
		seconds: (performance.now() - t0) / 1000,
		ingest: ingestDone as { seconds: number; hwm: number } | null,
		maxRssMB: field('Maximum resident set size \\(kbytes\\)') / 1024,
		cpuSeconds: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'),
		samples
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values } = parseArgs({ options: { gb: { type: 'string', default: '2' }, seed: { type: 'string', default: '7' }, keep: { type: 'boolean' }, file: { type: 'string' } } });
	const dir = mkdtempSync(join(tmpdir(), 'murmur-bench-large-'));
	const file = values.file ?? join(dir, 'large.ndjson');
	const db = join(dir, 'large.db');
	try {
		const g0 = performance.now();
		let comments: number;
		if (values.file) comments = await countComments(file);
		else comments = await writeLargeNdjson(file, Number(values.gb) * 1024 ** 3, Number(values.seed));
		const size = statSync(file).size;
		console.log(`${values.file ? 'read' : 'wrote'} ${file}: ${(size / 1024 ** 3).toFixed(2)} GB, ${comments.toLocaleString('en-US')} comments in ${((performance.now() - g0) / 1000).toFixed(0)} s`);
		const r = await runCli(db, file);
		if (r.code !== 0) console.log(`murmur ingest exited ${r.code}\n${r.stdout}\n${r.stderrTail}`);
		const peakIngest = r.ingest ? Math.max(r.ingest.hwm, ...r.samples.filter((s) => s.seconds <= r.ingest!.seconds).map((s) => s.rssMB)) : NaN;
		const rows = [
			['NDJSON', `${(size / 1024 ** 3).toFixed(2)} GB, ${comments.toLocaleString('en-US')} comments`],
			['ingest (to the file summary): seconds', r.ingest?.seconds.toFixed(0) ?? 'n/a'],
			['ingest: comments/s', r.ingest ? Math.round(comments / r.ingest.seconds).toLocaleString('en-US') : 'n/a'],
			['ingest: peak RSS MB (target < 300)', peakIngest.toFixed(0)],
			['rollups refresh (after the file summary): seconds', r.ingest ? (r.seconds - r.ingest.seconds).toFixed(0) : 'n/a'],
			['rollups refresh: peak RSS MB sampled', r.ingest ? Math.max(...r.samples.filter((s) => s.seconds > r.ingest!.seconds).map((s) => s.rssMB)).toFixed(0) : 'n/a'],
			['whole command incl. rollups refresh: seconds', r.seconds.toFixed(0)],
			['whole command: peak RSS MB (/usr/bin/time; target < 300)', r.maxRssMB.toFixed(0)],
			['whole command: CPU seconds', r.cpuSeconds.toFixed(0)],
			['database size GB', (statSync(db).size / 1024 ** 3).toFixed(2)]
		];
		console.log(rows.map(([k, v]) => `${k.padEnd(48)} ${v}`).join('\n'));
		// RSS over time, one line per ~5% of the run, to see which phase holds the peak.
		const step = Math.max(1, Math.floor(r.samples.length / 20));
		console.log('RSS over time (s: MB): ' + r.samples.filter((_, i) => i % step === 0).map((s) => `${s.seconds.toFixed(0)}: ${s.rssMB.toFixed(0)}`).join(', '));
		console.log(r.stdout.trim());
	} finally {
		if (!values.keep) rmSync(dir, { recursive: true, force: true });
		else console.log(`kept ${dir}`);
	}
}
