import { UnionFind } from './unionFind';
import type { TemplatePart } from './templates';

export type ClusterMethod = 'near-duplicate' | 'template';

export interface Cluster {
	method: ClusterMethod;
	/** Comment ids, the exemplar (earliest) first. */
	members: number[];
	/** Per member: its best verified similarity to another member of the cluster. */
	similarity: number[];
	authors: number;
	stories: number;
	/** Unix seconds of the first and last member; NaN when untimed. */
	firstAt: number;
	lastAt: number;
	exemplar: number;
	/** The most similar verified pair (comment ids): where to read the shared text from. */
	evidencePair: [number, number] | null;
	sharedPhrase: string | null;
	part: TemplatePart | null;
}

export interface Edge {
	a: number;
	b: number;
	similarity: number;
}

/** Connected components of verified pairs: each a list of indices and its strongest pair. */
export interface Group<E extends Edge = Edge> {
	members: number[];
	best: Map<number, number>;
	top: E;
	edges: E[];
}

export function componentsOf<E extends Edge>(edges: E[]): Group<E>[] {
	const ids = new Map<number, number>();
	const local = (x: number) => {
		let k = ids.get(x);
		if (k === undefined) ids.set(x, (k = ids.size));
		return k;
	};
	for (const e of edges) {
		local(e.a);
		local(e.b);
	}
	const uf = new UnionFind(ids.size);
	for (const e of edges) uf.union(local(e.a), local(e.b));
	const groups = new Map<number, Group<E>>();
	for (const e of edges) {
		const r = uf.find(local(e.a));
		let g = groups.get(r);
		if (!g) groups.set(r, (g = { members: [], best: new Map(), top: e, edges: [] }));
		g.edges.push(e);
		if (e.similarity > g.top.similarity) g.top = e;
		for (const x of [e.a, e.b]) {
			const prior = g.best.get(x);
			if (prior === undefined) g.members.push(x);
			if (prior === undefined || e.similarity > prior) g.best.set(x, e.similarity);
		}
	}
	return [...groups.values()];
}

export interface Member {
	id: number;
	time: number;
	author: number;
}

export interface FinalGroup {
	method: 'near-duplicate' | 'template';
	members: number[];
	best: Map<number, number>;
	top: Edge;
	phrase: string | null;
	part: TemplatePart | null;
}

/**
 * Merges groups that share a member into clusters (a near-duplicate group wins the label).
 * One account repeating itself twice is a double post, not coordination: a cluster needs two
 * authors, or one author with three or more copies.
 */
export function mergeGroups(groups: FinalGroup[], at: (index: number) => Member, storyOf: (index: number) => number): Cluster[] {
	const owner = new Map<number, number>();
	const uf = new UnionFind(groups.length);
	groups.forEach((g, k) => {
		for (const m of g.members) {
			const o = owner.get(m);
			if (o === undefined) owner.set(m, k);
			else uf.union(o, k);
		}
	});
	const merged = new Map<number, FinalGroup[]>();
	groups.forEach((g, k) => {
		const r = uf.find(k);
		merged.set(r, [...(merged.get(r) ?? []), g]);
	});

	const out: Cluster[] = [];
	for (const parts of merged.values()) {
		const best = new Map<number, number>();
		for (const g of parts) for (const [m, s] of g.best) best.set(m, Math.max(best.get(m) ?? 0, s));
		const idx = [...best.keys()];
		const members = idx.map(at);
		const known = new Set(members.filter((m) => m.author >= 0).map((m) => m.author));
		const authors = known.size + members.filter((m) => m.author < 0).length;
		if (idx.length < 2 || (authors < 2 && idx.length < 3)) continue;
		const near = parts.filter((g) => g.method === 'near-duplicate');
		const lead = (near.length ? near : parts).reduce((a, b) => (b.top.similarity > a.top.similarity ? b : a));
		const order = idx.map((i, k) => ({ i, m: members[k] })).sort((x, y) => timeOrder(x.m.time, y.m.time) || x.m.id - y.m.id);
		const times = members.map((m) => m.time).filter(Number.isFinite);
		out.push({
			method: near.length ? 'near-duplicate' : 'template',
			members: order.map((o) => o.m.id),
			similarity: order.map((o) => round3(best.get(o.i)!)),
			authors,
			stories: new Set(idx.map(storyOf)).size,
			firstAt: times.length ? times.reduce((a, b) => Math.min(a, b)) : NaN,
			lastAt: times.length ? times.reduce((a, b) => Math.max(a, b)) : NaN,
			exemplar: order[0].m.id,
			evidencePair: [at(lead.top.a).id, at(lead.top.b).id],
			sharedPhrase: lead.phrase,
			part: lead.part
		});
	}
	return out.sort((x, y) => y.members.length - x.members.length || x.exemplar - y.exemplar);
}

const timeOrder = (a: number, b: number) => (Number.isFinite(a) ? (Number.isFinite(b) ? a - b : -1) : Number.isFinite(b) ? 1 : 0);
const round3 = (x: number) => Math.round(x * 1000) / 1000;
