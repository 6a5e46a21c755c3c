import type { Cluster } from './clusters';
import type { Burst } from './bursts';

export interface StoryBurst extends Burst {
	articleId: number;
}

/** What the story view shows at a glance; the evidence (clusters, phrases, bursts) sits beside it. */
export interface StorySummary {
	articleId: number;
	comments: number;
	flagged: number;
	clusters: number;
	bursts: number;
	/** The strongest burst: how many times the expected volume, and its share from new accounts. */
	maxBurstRatio: number | null;
	newAuthorShare: number | null;
}

/** Per-story counts; only stories with something to report are returned. */
export function summarizeStories(stories: { articleId: number; ids: number[] }[], clusters: Cluster[], bursts: StoryBurst[]): StorySummary[] {
	const clusterOf = new Map<number, number>();
	clusters.forEach((c, k) => c.members.forEach((id) => clusterOf.set(id, k)));
	const burstsOf = new Map<number, StoryBurst[]>();
	for (const b of bursts) burstsOf.set(b.articleId, [...(burstsOf.get(b.articleId) ?? []), b]);
	const out: StorySummary[] = [];
	for (const s of stories) {
		let flagged = 0;
		const inClusters = new Set<number>();
		for (const id of s.ids) {
			const k = clusterOf.get(id);
			if (k === undefined) continue;
			flagged++;
			inClusters.add(k);
		}
		const bs = burstsOf.get(s.articleId) ?? [];
		if (!flagged && !bs.length) continue;
		const top = bs.reduce<StoryBurst | null>((a, b) => (!a || b.ratio > a.ratio ? b : a), null);
		out.push({
			articleId: s.articleId,
			comments: s.ids.length,
			flagged,
			clusters: inClusters.size,
			bursts: bs.length,
			maxBurstRatio: top ? Math.round(top.ratio * 100) / 100 : null,
			newAuthorShare: top ? Math.round((top.newAuthorComments / top.comments) * 1000) / 1000 : null
		});
	}
	return out;
}
