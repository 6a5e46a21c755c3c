// A small, independent near-duplicate finder (MinHash + LSH over word shingles, exact Jaccard to
// confirm) used only to check that the demo corpus is measurable: planted copies must group,
// organic comments must not. The product's detector lives in src/lib/coordination.

export function shingles(text: string, k = 3): Set<string> {
	const words = text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}']+/gu) ?? [];
	const out = new Set<string>();
	if (words.length < k) {
		if (words.length) out.add(words.join(' '));
		return out;
	}
	for (let i = 0; i + k <= words.length; i++) out.add(words.slice(i, i + k).join(' '));
	return out;
}

function hash32(s: string): number {
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
	return h >>> 0;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
	let inter = 0;
	for (const x of a) if (b.has(x)) inter++;
	return inter / (a.size + b.size - inter || 1);
}

export interface DupResult {
	/** Pairs (i < j) with Jaccard >= threshold. */
	pairs: [number, number, number][];
	/** Index of every text that has at least one near-duplicate. */
	flagged: Set<number>;
}

/** All pairs of texts whose word-shingle Jaccard similarity is at least `threshold`. */
export function nearDuplicates(texts: string[], threshold = 0.5, k = 3, minShingles = 5): DupResult {
	const H = 64,
		bands = 16,
		rows = H / bands;
	const seeds = Array.from({ length: H }, (_, i) => [Math.imul(i + 1, 0x9e3779b1) | 1, Math.imul(i + 7, 0x85ebca6b)]);
	const sets = texts.map((t) => shingles(t, k));
	const buckets = new Map<string, number[]>();
	sets.forEach((set, idx) => {
		if (set.size < minShingles) return;
		const sig = new Uint32Array(H).fill(0xffffffff);
		for (const s of set) {
			const x = hash32(s);
			for (let i = 0; i < H; i++) {
				const v = (Math.imul(x, seeds[i][0]) + seeds[i][1]) >>> 0;
				if (v < sig[i]) sig[i] = v;
			}
		}
		for (let b = 0; b < bands; b++) {
			const key = b + ':' + Array.from(sig.subarray(b * rows, (b + 1) * rows)).join(',');
			const list = buckets.get(key);
			if (list) list.push(idx);
			else buckets.set(key, [idx]);
		}
	});
	const seen = new Set<string>();
	const pairs: [number, number, number][] = [];
	const flagged = new Set<number>();
	for (const list of buckets.values()) {
		if (list.length < 2 || list.length > 2000) continue;
		for (let x = 0; x < list.length; x++)
			for (let y = x + 1; y < list.length; y++) {
				const key = list[x] + ',' + list[y];
				if (seen.has(key)) continue;
				seen.add(key);
				const j = jaccard(sets[list[x]], sets[list[y]]);
				if (j >= threshold) {
					pairs.push([list[x], list[y], j]);
					flagged.add(list[x]);
					flagged.add(list[y]);
				}
			}
	}
	return { pairs, flagged };
}
