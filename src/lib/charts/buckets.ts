// Time-bucketed counts as the charts use them: Date bounds, zero-filled gaps.
import { bucketEnd, interval, parseBucket, type Granularity } from './time';

export interface Counts {
	[key: string]: number;
}

export interface TimeBucket<C extends Counts = Counts> {
	start: Date;
	end: Date;
	n: number;
	counts: C;
}

/**
 * Turns server rows keyed by bucket string into a continuous series from the first to the last
 * bucket, inserting zero buckets where nobody commented (so areas drop to zero instead of
 * interpolating across silence). `keys` names the count fields to carry.
 */
export function fillBuckets<K extends string>(
	rows: ({ bucket: string; n: number } & Partial<Record<K, number>>)[],
	keys: readonly K[],
	g: Granularity,
	maxBuckets = 2000
): TimeBucket<Record<K, number>>[] {
	if (rows.length === 0) return [];
	const byTime = new Map<number, (typeof rows)[number]>();
	for (const r of rows) byTime.set(interval(g).floor(parseBucket(r.bucket)).getTime(), r);
	const times = [...byTime.keys()].sort((a, b) => a - b);
	const out: TimeBucket<Record<K, number>>[] = [];
	let t = new Date(times[0]);
	const last = times[times.length - 1];
	while (t.getTime() <= last && out.length < maxBuckets) {
		const r = byTime.get(t.getTime());
		const counts = {} as Record<K, number>;
		for (const k of keys) counts[k] = (r?.[k] as number | undefined) ?? 0;
		out.push({ start: t, end: bucketEnd(t, g), n: r?.n ?? 0, counts });
		t = bucketEnd(t, g);
	}
	return out;
}
