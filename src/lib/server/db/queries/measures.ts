// Pure folds from aggregate rows to the response pieces every view shares.
import type { MeanSentiment, SentimentCounts, StanceCounts } from '../../../api-types';
import type { AggRow } from './aggregate';

export const emptySentiment = (): SentimentCounts => ({ positive: 0, neutral: 0, negative: 0, unscored: 0, untagged: 0 });
export const emptyStance = (): StanceCounts => ({ favor: 0, against: 0, neutral: 0, none: 0, untagged: 0 });

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Mean of the scored comments with a normal-approximation 95% interval, clipped to -1..1. */
export function meanSentiment(scored: number, sum: number, sumSq: number): MeanSentiment {
	if (scored <= 0) return { mean: null, lo: null, hi: null, scored: 0 };
	const mean = sum / scored;
	if (scored < 2) return { mean: round(mean), lo: null, hi: null, scored };
	const variance = Math.max(0, (sumSq - (sum * sum) / scored) / (scored - 1));
	const half = 1.96 * Math.sqrt(variance / scored);
	return { mean: round(mean), lo: round(Math.max(-1, mean - half)), hi: round(Math.min(1, mean + half)), scored };
}

export const meanOf = (r: Pick<AggRow, 'scored' | 's_sum' | 's_sq'>): MeanSentiment => meanSentiment(r.scored, r.s_sum, r.s_sq);

/** against / (favor + against + neutral): null when nobody took up the target. */
export function againstShare(s: StanceCounts): number | null {
	const engaged = s.favor + s.against + s.neutral;
	return engaged ? round(s.against / engaged) : null;
}

export const share = (part: number, whole: number): number | null => (whole ? round(part / whole) : null);

/** Rows grouped by `key` into accumulators made by `make` and filled by `add`. */
export function foldBy<K, A>(rows: AggRow[], key: (r: AggRow) => K, make: () => A, add: (acc: A, r: AggRow) => void): Map<K, A> {
	const out = new Map<K, A>();
	for (const r of rows) {
		const k = key(r);
		let acc = out.get(k);
		if (acc === undefined) out.set(k, (acc = make()));
		add(acc, r);
	}
	return out;
}

export interface Accumulator {
	n: number;
	untimed: number;
	undated: number;
	scored: number;
	s_sum: number;
	s_sq: number;
	uses: number;
	sentiment: SentimentCounts;
	stance: StanceCounts;
}

export const newAccumulator = (): Accumulator => ({
	n: 0, untimed: 0, undated: 0, scored: 0, s_sum: 0, s_sq: 0, uses: 0, sentiment: emptySentiment(), stance: emptyStance()
});

/** Adds a row's measures, its label counts included. */
export function accumulate(acc: Accumulator, r: AggRow): void {
	acc.n += r.n;
	acc.untimed += r.untimed;
	acc.undated += r.undated;
	acc.scored += r.scored;
	acc.s_sum += r.s_sum;
	acc.s_sq += r.s_sq;
	acc.uses += r.uses ?? 0;
	addSplits(acc.sentiment, acc.stance, r);
}

export function addSplits(sentiment: SentimentCounts, stance: StanceCounts, r: AggRow): void {
	sentiment.positive += r.sen_pos;
	sentiment.neutral += r.sen_neu;
	sentiment.negative += r.sen_neg;
	sentiment.unscored += r.sen_uns;
	sentiment.untagged += r.n - r.sen_pos - r.sen_neu - r.sen_neg - r.sen_uns;
	stance.favor += r.st_favor;
	stance.against += r.st_against;
	stance.neutral += r.st_neutral;
	stance.none += r.st_none;
	stance.untagged += r.n - r.st_favor - r.st_against - r.st_neutral - r.st_none;
}

/** The splits of one row. */
export function splitsOf(r: AggRow): { sentiment: SentimentCounts; stance: StanceCounts } {
	const out = { sentiment: emptySentiment(), stance: emptyStance() };
	addSplits(out.sentiment, out.stance, r);
	return out;
}
