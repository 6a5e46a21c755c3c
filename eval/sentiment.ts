// `npm run eval` sentiment: Pearson r against the mean human rating and 3-class macro-F1 on VADER's
// two human-rated sets, for murmur, vader-sentiment and raw AFINN (the `sentiment` package's
// comparative score), all measured in the same run. Also split by odd/even id, because murmur's
// rules were tuned looking at the odd half: the even half is the fairer figure.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { analyze } from '../src/lib/nlp/analyze';

const require = createRequire(import.meta.url);

export interface Rated {
	id: number;
	mean: number;
	text: string;
}

export const SETS = [
	{ name: 'tweets', file: 'tweets_GroundTruth.txt' },
	{ name: 'movie snippets', file: 'movieReviewSnippets_GroundTruth.txt' }
];

export function loadSet(file: string): Rated[] {
	const path = new URL(`./data/sentiment/${file}`, import.meta.url);
	return readFileSync(path, 'utf8')
		.split(/\r?\n/)
		.filter(Boolean)
		.map((line, i) => {
			const [id, mean, ...text] = line.split('\t');
			if (!text.length || Number.isNaN(Number(mean))) throw new Error(`${file}:${i + 1}: expected ID<TAB>rating<TAB>text`);
			return { id: Number(id), mean: Number(mean), text: decodeEntities(text.join('\t')) };
		});
}

/** The tweets keep Twitter's HTML escaping (&amp;, &gt;); raters saw the characters. */
function decodeEntities(s: string): string {
	return s.includes('&') ? s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"') : s;
}

export function pearson(a: number[], b: number[]): number {
	const n = a.length;
	let ma = 0;
	let mb = 0;
	for (let i = 0; i < n; i++) {
		ma += a[i];
		mb += b[i];
	}
	ma /= n;
	mb /= n;
	let sab = 0;
	let saa = 0;
	let sbb = 0;
	for (let i = 0; i < n; i++) {
		sab += (a[i] - ma) * (b[i] - mb);
		saa += (a[i] - ma) ** 2;
		sbb += (b[i] - mb) ** 2;
	}
	return sab / Math.sqrt(saa * sbb);
}

/** Macro-averaged F1 over the classes present in gold or predictions. */
export function macroF1<T>(gold: T[], pred: T[], classes: T[]): number {
	let total = 0;
	for (const c of classes) {
		let tp = 0;
		let fp = 0;
		let fn = 0;
		for (let i = 0; i < gold.length; i++) {
			if (pred[i] === c && gold[i] === c) tp++;
			else if (pred[i] === c) fp++;
			else if (gold[i] === c) fn++;
		}
		const precision = tp + fp ? tp / (tp + fp) : 0;
		const recall = tp + fn ? tp / (tp + fn) : 0;
		total += precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
	}
	return total / classes.length;
}

export const goldClass = (mean: number) => (mean > 0.5 ? 1 : mean < -0.5 ? -1 : 0);
const CLASSES = [-1, 0, 1];

export interface Scorer {
	name: string;
	/** Continuous score for r, and the scorer's own 3-class decision. */
	score(text: string): { score: number; cls: number };
}

export function scorers(): Scorer[] {
	const vader = require('vader-sentiment');
	const Sentiment = require('sentiment');
	const afinn = new Sentiment();
	return [
		{
			name: 'murmur',
			score(text) {
				const s = analyze(text).sentiment;
				return { score: s.score, cls: s.label === 'positive' ? 1 : s.label === 'negative' ? -1 : 0 };
			}
		},
		{
			name: 'vader-sentiment',
			score(text) {
				const c = vader.SentimentIntensityAnalyzer.polarity_scores(text).compound as number;
				// VADER's documented thresholds: compound >= 0.05 positive, <= -0.05 negative.
				return { score: c, cls: c >= 0.05 ? 1 : c <= -0.05 ? -1 : 0 };
			}
		},
		{
			name: 'AFINN (raw)',
			score(text) {
				const c = afinn.analyze(text).comparative as number;
				return { score: c, cls: Math.sign(c) };
			}
		}
	];
}

export interface Figures {
	r: number;
	f1: number;
	perSecond: number;
}

export function measure(scorer: Scorer, rows: Rated[]): Figures {
	const t0 = performance.now();
	const out = rows.map((r) => scorer.score(r.text));
	const ms = performance.now() - t0;
	return {
		r: pearson(
			out.map((o) => o.score),
			rows.map((r) => r.mean)
		),
		f1: macroF1(
			rows.map((r) => goldClass(r.mean)),
			out.map((o) => o.cls),
			CLASSES
		),
		perSecond: (rows.length / ms) * 1000
	};
}

export async function run(): Promise<void> {
	const list = scorers();
	const f = (x: number) => x.toFixed(3);
	console.log('Sentiment: Pearson r with the mean human rating, and 3-class macro-F1 (gold: mean > 0.5 positive, < -0.5 negative).\n');
	console.log('| set | n | scorer | r | macro-F1 | r (even ids, held out) | F1 (even ids) | texts/s |');
	console.log('|---|---:|---|---:|---:|---:|---:|---:|');
	for (const set of SETS) {
		const rows = loadSet(set.file);
		const even = rows.filter((r) => r.id % 2 === 0);
		for (const s of list) {
			const all = measure(s, rows);
			const held = measure(s, even);
			console.log(
				`| ${set.name} | ${rows.length} | ${s.name} | ${f(all.r)} | ${f(all.f1)} | ${f(held.r)} | ${f(held.f1)} | ${Math.round(all.perSecond).toLocaleString('en-US')} |`
			);
		}
	}
}
