import type { NearDuplicateIndex, NearDuplicateOptions, PairEdge } from './nearDuplicates';
import { componentsOf, type FinalGroup, type Group } from './clusters';
import { specificCounts } from './specificity';

/**
 * Near-duplicate clusters: components of the verified pairs, each member kept only when at least
 * `minSpecific` of the shingles it shares with the others are specific to the group (mostly used
 * inside it). Two comments that agree only in stock phrasing drop out; copies of a message stay.
 */
export function nearDuplicateGroups(index: NearDuplicateIndex, opts: NearDuplicateOptions, onBand?: (band: number, bands: number) => void): FinalGroup[] {
	const edges = index.edges(onBand);
	if (!edges.length) return [];
	const groups = componentsOf(edges);
	const df = index.documentFrequencies(groups.flatMap((g) => g.members.map((i) => index.positionOf(i))));
	return groups.flatMap((g) => {
		const counts = specificCounts(g.members.map((i) => index.shinglesAt(index.positionOf(i))), df);
		const kept = prune(g, counts, opts.minSpecific);
		return kept ? [kept] : [];
	});
}

/** Keeps members with enough specific units; similarities and the strongest pair are recomputed from pairs whose ends both stay. */
function prune(g: Group<PairEdge>, counts: number[], min: number): FinalGroup | null {
	const kept = new Set(g.members.filter((_, k) => counts[k] >= min));
	if (kept.size < 2) return null;
	const best = new Map<number, number>();
	let top: PairEdge | null = null;
	for (const e of g.edges) {
		if (!kept.has(e.a) || !kept.has(e.b)) continue;
		if (!top || e.similarity > top.similarity) top = e;
		for (const x of [e.a, e.b]) best.set(x, Math.max(best.get(x) ?? 0, e.similarity));
	}
	// A kept member whose pairs all lost their other end still matched the group.
	for (const m of kept) if (!best.has(m)) best.set(m, g.best.get(m)!);
	return { method: 'near-duplicate', members: [...kept], best, top: top ?? g.top, phrase: null, part: null };
}
