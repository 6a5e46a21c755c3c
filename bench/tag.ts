// Tag benchmark: the full NLP pass (analyse and write) over a corpus, in comments/s, next to
// vader-sentiment and raw AFINN (the `sentiment` package) scoring the same comments in one thread
// in the same run. Standalone: `npx tsx bench/tag.ts --comments 200000 [--workers N]`; from
// `npm run bench` it tags the shared corpus the demo step loaded (ctx.dbPath).
// Without a loaded corpus it generates one from a fixed seed: news-style comments assembled from
// phrase lists (opinions, negations, emoji, targets, names; one in 30 in German, French or
// Spanish), over 200 articles like the demo corpus (so 1,000 comments per article at 200,000).
// The pass is forced. On a corpus tagged before (a rerun with --keep) most rows come out the same
// and only get their version updated; on a fresh one every row is inserted, which costs more: the
// table says which it was, and splits off the fixed cost of starting the workers and finding the
// articles' topics with compromise.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { openForWrite, type DB } from '../src/lib/server/db/open';
import { CorpusWriter } from '../src/lib/server/db/write';
import { addTarget } from '../src/lib/server/db/targets';
import { corpusStats } from '../src/lib/server/db/stats';
import { tagCorpus, defaultWorkers } from '../src/lib/tagging/run';
import { sampleCommentTexts, tagVersions } from '../src/lib/server/db/tagging';
import type { IngestItem } from '../src/lib/types';
import { mulberry32 as rng } from '../src/lib/mulberry32';

const require = createRequire(import.meta.url);

const OPENERS = ['', '', 'Honestly, ', 'Look, ', 'So ', 'Well, ', 'Sadly, ', 'Frankly ', 'LOL ', 'Wow. '];
const SUBJECTS = ['the ceasefire deal', 'this truce', 'the peace talks', 'Putin', 'the Kremlin', 'Trump', 'the EU', 'Ukraine', 'the envoy', 'the carbon tax', 'the new stadium', 'the government', 'this article', 'the negotiations'];
const PREDICATES = [
	'is a disaster', 'is the best chance for peace we have', 'is not acceptable', 'is a reward for aggression', 'might actually work',
	'is long overdue', 'looks like a trap', 'is really not that bad', 'will never work', 'deserves a chance', 'is a total farce',
	'is good news for everyone', 'makes me so angry', 'is not up for negotiation', 'is pretty complicated', 'is VERY worrying',
	'seems fair enough', 'is just more headlines', 'is incredible', "isn't great but it's something", 'is a betrayal', 'gives me hope'
];
const TAILS = ['.', '.', '!', '!!!', '?', '...', ' 🤔', ' 😂', ' 🙏🌍', ' 👍🏽', ' 😡', ' :)', ' :(', '. Who knew?', '. Yeah right.', '. Only time will tell.'];
const EXTRA = [
	'', '', '', ' I hope they sign it soon.', ' We need peace, not more speeches.', ' Scrap it and start again.', ' The people on the ground deserve better.',
	' Nobody asked the Ukrainians.', ' It is not how peace should be negotiated.', ' Great reporting by the way.'
];
/** Every 30th comment is not in English. */
const FOREIGN = ['Das ist wirklich eine schlechte Idee, und die Verhandlungen sind nicht fair.', "C'est une très mauvaise idée pour la paix.", 'No es una buena idea, el acuerdo es muy malo.'];
const TITLES = ['Envoy meets Putin for 4.5 hours in Moscow', 'Ceasefire deal: what Kyiv would give up', 'Carbon tax vote delayed again', 'City council backs new stadium subsidy', 'EU leaders split on peace talks'];
const BODY =
	'The meeting between Steve Whitkoff and Vladimir Putin has come to an end. It was also attended by Putin’s aide Yuriy Ushakov. According to the Kremlin press service, the topic was the Ukrainian settlement. Reuters reported that a possible ceasefire would require Russia to keep the Zaporizhzhya and Kherson regions. The European Union and Washington have not commented.';

/** A deterministic news-comment corpus: `comments` comments over `articles` articles. */
export function* syntheticCorpus(comments: number, seed = 2026, articles = 200): Generator<IngestItem> {
	const r = rng(seed);
	const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)];
	const perArticle = Math.max(1, Math.ceil(comments / articles));
	let made = 0;
	for (let a = 0; a < articles && made < comments; a++) {
		const externalId = `bench-a${a}`;
		const publishedAt = new Date(Date.UTC(2026, 3, 1) + a * 3600_000).toISOString().slice(0, 19) + 'Z';
		yield { kind: 'article', at: `synthetic:${a}`, article: { externalId, title: `${pick(TITLES)} (${a})`, body: BODY, publishedAt } };
		for (let c = 0; c < perArticle && made < comments; c++, made++) {
			const text = made % 30 === 29 ? pick(FOREIGN) : `${pick(OPENERS)}${pick(SUBJECTS)} ${pick(PREDICATES)}${pick(TAILS)}${pick(EXTRA)}`;
			const createdAt = new Date(Date.parse(publishedAt) + c * 60_000).toISOString().slice(0, 19) + 'Z';
			yield {
				kind: 'comment',
				at: `synthetic:${a}:${c}`,
				comment: { articleExternalId: externalId, externalId: `c${made}`, authorHandle: `user${Math.floor(r() * 5000)}`, text, createdAt }
			};
		}
	}
}

export function loadSyntheticCorpus(db: DB, comments: number, seed = 2026): void {
	const writer = new CorpusWriter(db, { namespace: 'bench', path: 'synthetic', format: 'synthetic', contentHash: `synthetic-${comments}-${seed}` });
	let batch: IngestItem[] = [];
	for (const item of syntheticCorpus(comments, seed)) {
		batch.push(item);
		if (batch.length >= 10_000) {
			writer.writeBatch(batch);
			batch = [];
		}
	}
	if (batch.length) writer.writeBatch(batch);
	writer.finish();
}

/** "none", or how many comments carry tags and from which analyser versions. */
function tagState(db: DB): string {
	const rows = tagVersions(db);
	return rows.length ? rows.map((r) => `${r.comments.toLocaleString('en-US')} by ${r.version}`).join(', ') : 'none';
}

/** Comments per second of vader-sentiment and raw AFINN on the same texts, one thread. */
function baselines(texts: string[]): { vader: number; afinn: number } {
	const vader = require('vader-sentiment');
	const Sentiment = require('sentiment');
	const afinn = new Sentiment();
	let t = performance.now();
	for (const s of texts) vader.SentimentIntensityAnalyzer.polarity_scores(s);
	const vaderRate = texts.length / ((performance.now() - t) / 1000);
	t = performance.now();
	for (const s of texts) afinn.analyze(s);
	return { vader: vaderRate, afinn: texts.length / ((performance.now() - t) / 1000) };
}

export interface TagBenchContext {
	comments?: number;
	seed?: number;
	dbPath?: string;
	workers?: number;
	[key: string]: unknown;
}

export async function runTagBench(ctx: TagBenchContext = {}): Promise<Record<string, number | string>> {
	const comments = ctx.comments ?? 200_000;
	let dir: string | null = null;
	let dbPath = ctx.dbPath;
	const shared = !!dbPath && existsSync(dbPath);
	if (!shared) {
		dir = mkdtempSync(join(tmpdir(), 'murmur-tag-bench-'));
		dbPath = join(dir, 'bench.db');
	}
	const db = openForWrite(dbPath!);
	try {
		let generated = 0;
		if (!shared || corpusStats(db).comments === 0) {
			const t0 = performance.now();
			loadSyntheticCorpus(db, comments, ctx.seed ?? 2026);
			addTarget(db, 'Ceasefire deal', ['ceasefire deal', 'ceasefire', 'truce', 'deal']);
			generated = (performance.now() - t0) / 1000;
		}
		const workers = ctx.workers ?? defaultWorkers();
		// A corpus tagged before (the shared one, on a rerun) is re-tagged: the writes then mostly
		// update versions, as after an analyser upgrade; a fresh one gets every row inserted.
		const before = tagState(db);
		const cpu0 = process.cpuUsage();
		const t0 = performance.now();
		let commentsFrom: number | null = null;
		const s = await tagCorpus(db, {
			workers,
			force: true,
			onProgress: (p) => {
				if (p.phase === 'comments' && commentsFrom === null) commentsFrom = performance.now();
			}
		});
		const cpu = process.cpuUsage(cpu0);
		const articlesSeconds = ((commentsFrom ?? t0) - t0) / 1000;
		// CPU time of every thread of this process: a figure that a busy machine does not distort.
		const cpuPerComment = (cpu.user + cpu.system) / s.comments;
		const sample = sampleCommentTexts(db, 20_000);
		const base = baselines(sample);
		const rate = s.comments / s.seconds;
		return {
			corpus: shared ? `shared corpus (${s.comments.toLocaleString('en-US')} comments)` : `synthetic, ${s.comments.toLocaleString('en-US')} comments, seed ${ctx.seed ?? 2026}`,
			...(generated ? { 'corpus generation (s)': generated } : {}),
			workers,
			'comments tagged before the pass': before,
			'murmur tag full pass (analyse + write), comments/s': rate,
			'vader-sentiment, comments/s (1 thread)': base.vader,
			'raw AFINN sentiment pkg, comments/s (1 thread)': base.afinn,
			'murmur ratio to vader': rate / base.vader,
			'tag pass seconds': s.seconds,
			'of which worker start-up and article topics (compromise), seconds': articlesSeconds,
			'of which building the tag indexes at the end (a first tag), seconds': s.indexSeconds,
			'comment phase alone, comments/s': s.comments / Math.max(0.001, s.seconds - articlesSeconds),
			'CPU µs per comment, all threads (articles, analysis, writes)': cpuPerComment,
			'CPU-bound estimate on 2 idle cores, comments/s': Math.min(2, workers + 1) * 1e6 / cpuPerComment
		};
	} finally {
		db.close();
		if (dir) rmSync(dir, { recursive: true, force: true });
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const { values } = parseArgs({ options: { comments: { type: 'string' }, workers: { type: 'string' }, seed: { type: 'string' } } });
	const figures = await runTagBench({
		comments: values.comments ? Number(values.comments) : undefined,
		workers: values.workers !== undefined ? Number(values.workers) : undefined,
		seed: values.seed ? Number(values.seed) : undefined
	});
	console.log('| figure | value |\n|---|---:|');
	for (const [k, v] of Object.entries(figures)) console.log(`| ${k} | ${typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 2 }) : v} |`);
}
