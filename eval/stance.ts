// `npm run eval` stance: murmur's stance labels against the sentiment-sign baseline (positive =
// favor, negative = against, neutral = neutral) on murmur's stance set (eval/data/stance). The cue
// lists were written with the odd ids in view; the even ids are reported apart as held out.
import { readFileSync } from 'node:fs';
import type { StanceLabel } from '../src/lib/types';
import { analyze, type StanceTarget } from '../src/lib/nlp/analyze';
import { macroF1 } from './sentiment';

export interface StancePair {
	id: number;
	target: StanceTarget;
	label: StanceLabel;
	text: string;
}

const LABELS: StanceLabel[] = ['favor', 'against', 'neutral', 'none'];

function readTsv(file: string): string[][] {
	const text = readFileSync(new URL(`./data/stance/${file}`, import.meta.url), 'utf8');
	return text
		.split('\n')
		.slice(1)
		.filter(Boolean)
		.map((l) => l.split('\t'));
}

export function loadStanceSet(): StancePair[] {
	const targets = new Map<string, StanceTarget>();
	for (const [name, aliases] of readTsv('targets.tsv')) targets.set(name, { name, aliases: aliases.split(',').map((a) => a.trim().toLowerCase()) });
	return readTsv('stance.tsv').map(([id, target, label, text], i) => {
		const t = targets.get(target);
		if (!t) throw new Error(`stance.tsv:${i + 2}: unknown target "${target}"`);
		if (!LABELS.includes(label as StanceLabel)) throw new Error(`stance.tsv:${i + 2}: unknown label "${label}"`);
		return { id: Number(id), target: t, label: label as StanceLabel, text };
	});
}

export function murmurStance(p: StancePair): StanceLabel {
	return analyze(p.text, { target: p.target }).stance.label;
}

export function sentimentSignStance(p: StancePair): StanceLabel {
	const s = analyze(p.text).sentiment.label;
	return s === 'positive' ? 'favor' : s === 'negative' ? 'against' : s === 'neutral' ? 'neutral' : 'none';
}

function accuracy(gold: StanceLabel[], pred: StanceLabel[]): number {
	return gold.filter((g, i) => g === pred[i]).length / gold.length;
}

function perClassF1(gold: StanceLabel[], pred: StanceLabel[]): string {
	return LABELS.map((c) => macroF1(gold, pred, [c]).toFixed(2)).join(' / ');
}

export async function run(): Promise<void> {
	const pairs = loadStanceSet();
	const counts = LABELS.map((l) => `${l} ${pairs.filter((p) => p.label === l).length}`).join(', ');
	console.log(`Stance: ${pairs.length} comment-target pairs (${counts}). Macro-F1 over the four labels.\n`);
	console.log('| method | accuracy | macro-F1 | F1 favor / against / neutral / none | macro-F1, even ids (held out) |');
	console.log('|---|---:|---:|---|---:|');
	const gold = pairs.map((p) => p.label);
	const even = pairs.map((p, i) => (p.id % 2 === 0 ? i : -1)).filter((i) => i >= 0);
	for (const [name, fn] of [
		['murmur', murmurStance],
		['sentiment-sign baseline', sentimentSignStance]
	] as const) {
		const pred = pairs.map(fn);
		const heldF1 = macroF1(
			even.map((i) => gold[i]),
			even.map((i) => pred[i]),
			LABELS
		);
		console.log(
			`| ${name} | ${accuracy(gold, pred).toFixed(3)} | ${macroF1(gold, pred, LABELS).toFixed(3)} | ${perClassF1(gold, pred)} | ${heldF1.toFixed(3)} |`
		);
	}
	const disagree = pairs.filter((p) => {
		const s = sentimentSignStance(p);
		return (p.label === 'favor' && s === 'against') || (p.label === 'against' && s === 'favor');
	});
	const right = disagree.filter((p) => murmurStance(p) === p.label).length;
	console.log(`\nPairs where sentiment points the other way from the stance: ${disagree.length}; murmur gets ${right} of them right.`);
}
