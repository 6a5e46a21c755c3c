// API responses (strings, nested counts) into the Date-bounded buckets the chart shapers take.
import type { TimeBucket as ApiBucket } from '../api-types';
import type { TimeBucket } from './buckets';
import { bucketEnd, parseBucket, type Granularity } from './time';
import type { SentimentStack } from './sentimentArea';
import type { StanceStack } from './stanceBars';
import type { MeanPoint } from './meanLine';

/** Untagged comments join the grey "unscored" band: neither has a sentiment to show. */
export function sentimentBuckets(buckets: ApiBucket[], g: Granularity): TimeBucket<SentimentStack>[] {
	return buckets.map((b) => {
		const start = parseBucket(b.t);
		const s = b.sentiment;
		return {
			start,
			end: bucketEnd(start, g),
			n: b.n,
			counts: { negative: s.negative, neutral: s.neutral, positive: s.positive, unscored: s.unscored + s.untagged }
		};
	});
}

export function stanceBuckets(buckets: ApiBucket[], g: Granularity): TimeBucket<StanceStack>[] {
	return buckets.map((b) => {
		const start = parseBucket(b.t);
		const s = b.stance;
		return { start, end: bucketEnd(start, g), n: b.n, counts: { favor: s.favor, neutral: s.neutral, against: s.against, none: s.none + s.untagged } };
	});
}

export function meanPoints(buckets: ApiBucket[], g: Granularity): MeanPoint[] {
	return buckets.map((b) => {
		const start = parseBucket(b.t);
		return { start, end: bucketEnd(start, g), n: b.scored, mean: b.mean, lo: b.lo, hi: b.hi };
	});
}

/** Aligned count arrays (series endpoints) as per-row buckets. */
export function alignedBuckets(keys: string[], counts: number[], g: Granularity): TimeBucket<{ n: number }>[] {
	return keys.map((k, i) => {
		const start = parseBucket(k);
		const n = counts[i] ?? 0;
		return { start, end: bucketEnd(start, g), n, counts: { n } };
	});
}
