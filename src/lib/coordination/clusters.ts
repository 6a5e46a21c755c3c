import { UnionFind } from './unionFind';
import type { PairEdge } from './nearDuplicates';
import type { TemplateEdge, TemplatePart } from './templates';

export type ClusterMethod = 'near-duplicate' | 'template' | 'burst';

export interface Cluster {
	method: ClusterMethod;
	/** Comment ids, the exemplar (earliest) first. */
	members: number[];
	/** Per member: its best verified similarity to another member (null for burst members). */
	similarity: (number | null)[];
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

export interface Member {
	id: number;
	time: number;
	author: number;
}

/**
 * Joins verified pairs into clusters. A cluster with any near-duplicate pair is a near-duplicate
 * cluster, else a template. One account repeating itself twice is a double post, not
 * coordination: a cluster needs two authors, or one author with three or more copies.
 */
export function groupClusters(
	n: number,
	near: PairEdge[],
	templates: TemplateEdge[],
	at: (index: number) => Member,
	storyOf: (index: number) => number
): Cluster[] {
	const uf = new UnionFind(n);
	const best = new Map<number, number>();
	const note = (i: number, s: number) => best.set(i, Math.max(best.get(i) ?? -1, s));
	for (const e of near) {
		uf.union(e.a, e.b);
		note(e.a, e.similarity);
		note(e.b, e.similarity);
	}
	for (const e of templates) {
		uf.union(e.a, e.b);
		note(e.a, e.similarity);
		note(e.b, e.similarity);
	}
	const groups = new Map<number, number[]>();
	for (const i of [...best.keys()].sort((x, y) => x - y)) {
		const r = uf.find(i);
		const g = groups.get(r);
		if (g) g.push(i);
		else groups.set(r, [i]);
	}
	const meta = new Map<number, { near: boolean; top: { a: number; b: number; similarity: number } | null; template: TemplateEdge | null }>();
	const metaOf = (i: number) => {
		const r = uf.find(i);
		let m = meta.get(r);
		if (!m) meta.set(r, (m = { near: false, top: null, template: null }));
		return m;
	};
	for (const e of near) {
		const m = metaOf(e.a);
		m.near = true;
		if (!m.top || e.similarity > m.top.similarity) m.top = e;
	}
	for (const e of templates) {
		const m = metaOf(e.a);
		if (!m.template || e.similarity > m.template.similarity) m.template = e;
		if (!m.near && (!m.top || e.similarity > m.top.similarity)) m.top = e;
	}

	const out: Cluster[] = [];
	for (const [root, idx] of groups) {
		const members = idx.map(at);
		const known = new Set(members.filter((m) => m.author >= 0).map((m) => m.author));
		const authors = known.size + members.filter((m) => m.author < 0).length;
		if (authors < 2 && members.length < 3) continue;
		const order = idx.map((i, k) => ({ i, m: members[k] })).sort((x, y) => timeOrder(x.m.time, y.m.time) || x.m.id - y.m.id);
		const times = members.map((m) => m.time).filter(Number.isFinite);
		const m = meta.get(root)!;
		out.push({
			method: m.near ? 'near-duplicate' : 'template',
			members: order.map((o) => o.m.id),
			similarity: order.map((o) => round3(best.get(o.i)!)),
			authors,
			stories: new Set(idx.map(storyOf)).size,
			firstAt: times.length ? times.reduce((a, b) => Math.min(a, b)) : NaN,
			lastAt: times.length ? times.reduce((a, b) => Math.max(a, b)) : NaN,
			exemplar: order[0].m.id,
			evidencePair: m.top ? [at(m.top.a).id, at(m.top.b).id] : null,
			sharedPhrase: m.near ? null : (m.template?.phrase ?? null),
			part: m.near ? null : (m.template?.part ?? null)
		});
	}
	return out.sort((x, y) => y.members.length - x.members.length || x.exemplar - y.exemplar);
}

const timeOrder = (a: number, b: number) => (Number.isFinite(a) ? (Number.isFinite(b) ? a - b : -1) : Number.isFinite(b) ? 1 : 0);
const round3 = (x: number) => Math.round(x * 1000) / 1000;
