// `npm run eval` (coordination): precision and recall of flagged comments against planted
// campaigns, and the pasted-page check. Prints markdown tables. Corpora:
//   demo       the demo generator's corpus and its own truth table of planted campaigns
//   real text  VADER's tweets and review snippets (real prose) as organic threads, with planted
//              paraphrased copy campaigns and template campaigns (eval/coordinationCorpus.ts)
//   grammar    organic comments from a small phrase grammar: stock openers and shared topic
//              words make unrelated comments overlap, the hard case for false positives
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DB } from '../src/lib/server/db/open';
import { runCoordination } from '../src/lib/coordination/run';
import { flaggedCommentKeys, clusterMemberKeys } from '../src/lib/server/db/coordination';
import { realTextCorpus, syntheticCorpus, type SyntheticCorpus } from './coordinationCorpus';
import { loadItems, storyItems, storyTruth } from './coordinationLoad';
import type { IngestItem } from '../src/lib/types';

interface Row {
	corpus: string;
	comments: number;
	planted: number;
	flagged: number;
	precision: number;
	recall: number;
	seconds: number;
	note?: string;
}

const fmt = (x: number) => x.toFixed(3);
const int = (n: number) => n.toLocaleString('en-US');

/** Runs the pass on a loaded database and scores its flags against `truth` (key -> campaign). */
async function score(corpus: string, db: DB, truth: Map<string, string>): Promise<Row & { missed: Map<string, number> }> {
	const summary = await runCoordination(db);
	const flagged = flaggedCommentKeys(db);
	let hits = 0;
	for (const k of flagged) if (truth.has(k)) hits++;
	const missed = new Map<string, number>();
	for (const [k, campaign] of truth) if (!flagged.has(k)) missed.set(campaign, (missed.get(campaign) ?? 0) + 1);
	db.close();
	return {
		corpus,
		comments: summary.comments,
		planted: truth.size,
		flagged: flagged.size,
		precision: flagged.size ? hits / flagged.size : 1,
		recall: truth.size ? hits / truth.size : 1,
		seconds: summary.seconds,
		missed
	};
}

async function demoRow(comments: number): Promise<Row | string> {
	let DemoCorpus: new (o: { comments?: number }) => { items(): Iterable<IngestItem>; campaignTruth(): { id: string; members: { article: string; comment: string }[] }[] };
	try {
		({ DemoCorpus } = await import('../src/lib/demo/corpus'));
	} catch (e) {
		return `demo corpus not available: ${(e as Error).message}`;
	}
	const corpus = new DemoCorpus({ comments });
	const db = loadItems(corpus.items(), 'demo');
	const truth = new Map<string, string>();
	for (const c of corpus.campaignTruth()) for (const m of c.members) truth.set(`${m.article}/${m.comment}`, c.id);
	const row = await score(`demo (${int(comments)})`, db, truth);
	return { ...row, note: missedNote(row.missed) };
}

async function syntheticRow(name: string, c: SyntheticCorpus): Promise<Row> {
	const db = loadItems(storyItems(c.stories), name);
	const row = await score(name, db, storyTruth(c.stories, c.truth));
	return { ...row, note: missedNote(row.missed) };
}

function missedNote(missed: Map<string, number>): string {
	return missed.size ? 'missed: ' + [...missed].map(([k, n]) => `${k} ${n}`).join(', ') : '';
}

function vaderTexts(): string[] | null {
	const dirs = [new URL('./data/sentiment/', import.meta.url), new URL('../../shared/data/sentiment-dev/', import.meta.url)].map((u) => fileURLToPath(u));
	const dir = dirs.find((d) => existsSync(d + 'tweets_GroundTruth.txt'));
	if (!dir) return null;
	return ['tweets_GroundTruth.txt', 'movieReviewSnippets_GroundTruth.txt'].flatMap((f) =>
		readFileSync(dir + f, 'utf8')
			.split(/\r?\n/)
			.map((l) => l.split('\t')[2])
			.filter((t): t is string => !!t)
	);
}

/** The pasted page: which of its comments share a cluster. */
async function pastedPage(): Promise<string[]> {
	const file = fileURLToPath(new URL('../tests/fixtures/coordination/pasted-page.txt', import.meta.url));
	const items: IngestItem[] = [];
	try {
		const { parsePageText } = await import('../src/lib/ingest/formats/page');
		parsePageText(readFileSync(file, 'utf8'), 'pasted-page.txt', { captured: Date.parse('2026-01-01T00:00:00Z'), defaultArticle: 'pasted-page' }, (it) => {
			if (it.kind === 'article' || it.kind === 'comment') items.push(it);
		});
	} catch (e) {
		return [`page importer not available: ${(e as Error).message}`];
	}
	const db = loadItems(items, 'pages');
	await runCoordination(db);
	const clusters = clusterMemberKeys(db);
	db.close();
	const comments = items.filter((i) => i.kind === 'comment').length;
	const number = (key: string) => key.split('/').pop();
	const pairs = clusters.flatMap((c) => c.members.flatMap((a, i) => c.members.slice(i + 1).map((b) => `${number(a)}+${number(b)}`)));
	const ok = pairs.length === 1 && (pairs[0] === '15+16' || pairs[0] === '16+15');
	return [
		'| comments | clusters | pairs sharing a cluster | 15 and 16 together, no other pair |',
		'|---:|---:|---|---|',
		`| ${comments} | ${clusters.length} | ${pairs.join(', ') || 'none'} | ${ok ? 'yes' : 'NO'} |`,
		'',
		...clusters.map((c) => `cluster ${c.clusterId} (${c.method}): ${c.members.map(number).join(', ')}`)
	];
}

export async function run(): Promise<void> {
	console.log('### Pasted page\n');
	console.log((await pastedPage()).join('\n') + '\n');

	const rows: (Row | string)[] = [];
	rows.push(await demoRow(Number(process.env.MURMUR_EVAL_DEMO_COMMENTS ?? 40_000)));
	const texts = vaderTexts();
	if (texts) for (const seed of [1, 2, 3]) rows.push(await syntheticRow(`real text, seed ${seed}`, realTextCorpus(texts, { seed, campaigns: 16 })));
	else rows.push('real-text corpus skipped: VADER texts not found (eval/data/sentiment)');
	rows.push(await syntheticRow('grammar, seed 1', syntheticCorpus({ seed: 1 })));

	console.log('### Flagged comments vs planted campaigns\n');
	console.log('| corpus | comments | planted | flagged | precision | recall | seconds | |');
	console.log('|---|---:|---:|---:|---:|---:|---:|---|');
	for (const r of rows) {
		if (typeof r === 'string') console.log(`| ${r} | | | | | | | |`);
		else console.log(`| ${r.corpus} | ${int(r.comments)} | ${int(r.planted)} | ${int(r.flagged)} | ${fmt(r.precision)} | ${fmt(r.recall)} | ${r.seconds.toFixed(1)} | ${r.note ?? ''} |`);
	}
	console.log('\nTargets: precision and recall >= 0.95 on the demo corpus; on the pasted page 15 and 16 share a cluster and no other pair does.');
}
