import type { KeyCounter } from './frequency';

/**
 * How much of what a member shares with its group is specific to the group. A unit (shingle or
 * word run) is specific when the group holds at least `minShare` of the corpus's texts containing
 * it: words a campaign repeats are mostly the campaign's own, while stock phrasing ("at the end of
 * the day", "it's hard to see how the") recurs all over the corpus. Returns, per member, the count
 * of its specific units that at least one other member also has.
 */
export function specificCounts(members: ArrayLike<number>[], df: KeyCounter, minShare = 0.5): number[] {
	const inside = new Map<number, number>();
	for (const set of members) for (let i = 0; i < set.length; i++) inside.set(set[i], (inside.get(set[i]) ?? 0) + 1);
	const specific = new Map<number, boolean>();
	const isSpecific = (u: number, k: number) => {
		let s = specific.get(u);
		if (s === undefined) specific.set(u, (s = k >= minShare * Math.max(k, df.count(u))));
		return s;
	};
	return members.map((set) => {
		let n = 0;
		for (let i = 0; i < set.length; i++) {
			const k = inside.get(set[i])!;
			if (k >= 2 && isSpecific(set[i], k)) n++;
		}
		return n;
	});
}
