// From the pass's finest groups to each cube's rows: project every group's cell onto the cube's
// dimensions and add its sums; the sentiment and stance counts follow from the cell's labels.
// Rows come out in SQLite's order of their dimensions, so a cube is stored grouped by its lead.
import { CUBE_COLUMN, MEASURES, type Cube } from './rollupCatalog';
import { CODE_SPAN, FREE, finestFor, type FactsScan } from './rollupPass';
import { NumberIndex, Sums } from './rollupMemory';

const SENTIMENT = ['positive', 'neutral', 'negative', 'unscored'];
const STANCE = ['favor', 'against', 'neutral', 'none'];
/** Output layout: MEASURES in order, uses, then the compensations of s_sum and s_sq. */
const USES = MEASURES.length;
const WIDTH = USES + 3;
const S_SUM = MEASURES.findIndex(([m]) => m === 's_sum');
const S_SQ = MEASURES.findIndex(([m]) => m === 's_sq');

/** SQLite's order: NULL, numbers, text by code point (UTF-8 bytes), as ORDER BY with BINARY collation. */
export function compareValues(a: unknown, b: unknown): number {
	if (a === b) return 0;
	if (a === null) return -1;
	if (b === null) return 1;
	if (typeof a === 'number') return typeof b === 'number' ? a - b : -1;
	if (typeof b === 'number') return 1;
	const x = a as string;
	const y = b as string;
	const n = Math.min(x.length, y.length);
	for (let i = 0; i < n; i++) {
		let p = x.charCodeAt(i);
		let q = y.charCodeAt(i);
		if (p === q) continue;
		// UTF-16 code units sort surrogates (astral characters) below U+E000..U+FFFF; code points do not.
		if (p >= 0xd800) p += p < 0xe000 ? 0x2000 : -0x800;
		if (q >= 0xd800) q += q < 0xe000 ? 0x2000 : -0x800;
		return p - q;
	}
	return x.length - y.length;
}

export function compareRows(a: unknown[], b: unknown[], dims: number): number {
	for (let i = 0; i < dims; i++) {
		const c = compareValues(a[i], b[i]);
		if (c) return c;
	}
	return 0;
}

/** Working memory of a fold, reused for every cube of a refresh (it stays allocated, not garbage). */
export interface FoldScratch {
	sums: Sums;
	out: NumberIndex;
}

export const newFoldScratch = (): FoldScratch => ({
	sums: new Sums(WIDTH, [
		[S_SUM, USES + 1],
		[S_SQ, USES + 2]
	]),
	out: new NumberIndex()
});

type Visit = (cell: number, code: number, sums: Float64Array) => void;
/** Calls its argument for each finest group: (cell, code, sums in the pass's layout). */
type Source = (fn: Visit) => void;

/** Indexes 0..n-1 ordered by their code (a counting sort), with each code's start. */
function byCode(n: number, codes: number, codeOf: (i: number) => number): { order: Int32Array; start: Int32Array } {
	const start = new Int32Array(codes + 1);
	for (let i = 0; i < n; i++) start[codeOf(i) + 1]++;
	for (let c = 0; c < codes; c++) start[c + 1] += start[c];
	const next = start.slice(0, codes);
	const order = new Int32Array(n);
	for (let i = 0; i < n; i++) order[next[codeOf(i)]++] = i;
	return { order, start };
}

/**
 * The finest groups of a cube (code: its topic, emoji or emoji x topic pair code). When the cube
 * leads with its topic or emoji, one source per value in the cube's order, so a fold holds one
 * topic's (emoji's) rows at a time.
 */
const grouped = new WeakMap<object, { order: Int32Array; start: Int32Array }>();

function sourcesOf(scan: FactsScan, cube: Cube): Source[] {
	const v = new Float64Array(FREE);
	const lead = cube.dims[0];
	const split = cube.multi.includes(lead) && (cube.multi.length === 1 || lead === 'emoji');
	const values: unknown[] = lead === 'topic' ? scan.topicIds : scan.emoji;
	const finest = finestFor(scan, cube);
	const table = finest.slots.table();
	const { keys, slots } = table;
	const visit = (i: number, fn: Visit) => fn(Math.floor(keys[i] / CODE_SPAN), keys[i] % CODE_SPAN, finest.sums.read(slots[i], v));
	if (!split) return [(fn) => { for (let i = 0; i < keys.length; i++) visit(i, fn); }];
	// Worked out once per table of groups: several cubes lead with the same topic or emoji (a
	// batch's groups are emptied and refilled, and then make a new table).
	let g = grouped.get(table);
	if (!g) {
		const codeOf = cube.multi.length === 2 ? (i: number) => scan.pairOf[keys[i] % CODE_SPAN][0] : (i: number) => keys[i] % CODE_SPAN;
		grouped.set(table, (g = byCode(keys.length, values.length, codeOf)));
	}
	const { order, start } = g;
	const codes = Array.from(values.keys()).sort((a, b) => compareValues(values[a], values[b]));
	return codes.filter((c) => start[c + 1] > start[c]).map((c) => (fn) => { for (let j = start[c]; j < start[c + 1]; j++) visit(order[j], fn); });
}

const cellLabels = new WeakMap<FactsScan, { sentiment: Int8Array; stance: Int8Array }>();

/** Each cell's sentiment and stance as an index into the label counts (-1: untagged), worked out once per pass. */
function labelsOf(scan: FactsScan): { sentiment: Int8Array; stance: Int8Array } {
	let l = cellLabels.get(scan);
	if (!l) {
		l = { sentiment: Int8Array.from(scan.cells, (c) => SENTIMENT.indexOf(c[3] as string)), stance: Int8Array.from(scan.cells, (c) => STANCE.indexOf(c[4] as string)) };
		cellLabels.set(scan, l);
	}
	return l;
}

/**
 * The rows of a cube sorted by its dimensions: each its dimension values, then its measures
 * (uses last when it has them). Made one at a time, so only the groups' sums stay in memory.
 */
export function* foldCube(scan: FactsScan, cube: Cube, { sums, out } = newFoldScratch()): Generator<unknown[]> {
	const proj = scan.projections.get(cube)!;
	const labels = labelsOf(scan);
	const v = new Float64Array(WIDTH);
	const dims = dimsOfKeys(cube, scan, scan.pairOf);
	for (const source of sourcesOf(scan, cube)) {
		sums.clear();
		out.clear();
		source((cell, code, src) => {
			const k = proj.of[cell] * CODE_SPAN + code;
			let o = out.getOrSet(k, sums.size);
			if (o === sums.size) o = sums.slot();
			for (let i = 0; i < 4; i++) v[i] = src[i];
			v[S_SUM] = src[4];
			v[S_SQ] = src[5];
			v.fill(0, 6, 14);
			v[USES] = src[6];
			v[USES + 1] = src[7];
			v[USES + 2] = src[8];
			if (labels.sentiment[cell] >= 0) v[6 + labels.sentiment[cell]] = v[0];
			if (labels.stance[cell] >= 0) v[10 + labels.stance[cell]] = v[0];
			sums.add(o, v);
		});
		yield* sortedRows(cube, dims, out, sums);
	}
}

/** Ranks 0..n-1 of values in SQLite's order (equal values share a rank). */
function ranks(values: unknown[]): { rank: Int32Array; count: number } {
	const order = Array.from(values.keys()).sort((a, b) => compareValues(values[a], values[b]));
	const rank = new Int32Array(values.length);
	let r = -1;
	order.forEach((i, n) => (rank[i] = n && !compareValues(values[order[n - 1]], values[i]) ? r : ++r));
	return { rank, count: r + 1 };
}

type DimOfKey = { value: (k: number) => unknown; rank: (k: number) => number; count: number };

/** Per dimension of a cube: the value of a group key (projection * CODE_SPAN + code), and its rank among the dimension's values. */
function dimsOfKeys(cube: Cube, scan: FactsScan, pairOf: [number, number][]): DimOfKey[] {
	const proj = scan.projections.get(cube)!;
	const nonMulti = cube.dims.filter((d) => !cube.multi.includes(d));
	const both = cube.multi.length === 2;
	return cube.dims.map((d) => {
		if (d === 'topic' || d === 'emoji') {
			const values: unknown[] = d === 'topic' ? scan.topicIds : scan.emoji;
			const codeOf = both ? (k: number) => pairOf[k % CODE_SPAN][d === 'emoji' ? 0 : 1] : (k: number) => k % CODE_SPAN;
			const { rank, count } = ranks(values);
			return { value: (k: number) => values[codeOf(k)], rank: (k: number) => rank[codeOf(k)], count };
		}
		const i = nonMulti.indexOf(d);
		const { rank, count } = ranks(proj.values.map((v) => v[i]));
		return { value: (k: number) => proj.values[Math.floor(k / CODE_SPAN)][i], rank: (k: number) => rank[Math.floor(k / CODE_SPAN)], count };
	});
}

/** The folded groups as rows in dimension order. */
function* sortedRows(cube: Cube, dims: DimOfKey[], out: NumberIndex, sums: Sums): Generator<unknown[]> {
	// Sort by one number per key when the ranks fit in one (mixed radix, first dimension first).
	const keys = out.keyArray();
	const order = Int32Array.from(keys.keys());
	if (dims.reduce((p, d) => p * Math.max(1, d.count), 1) < 2 ** 53) {
		const composite = keys.map((k) => dims.reduce((acc, d) => acc * Math.max(1, d.count) + d.rank(k), 0));
		order.sort((a, b) => composite[a] - composite[b]);
	} else
		order.sort((a, b) => {
			for (const d of dims) {
				const c = d.rank(keys[a]) - d.rank(keys[b]);
				if (c) return c;
			}
			return 0;
		});
	const m = new Float64Array(WIDTH);
	for (const i of order) {
		const k = keys[i];
		const row = dims.map((d) => d.value(k));
		sums.read(out.get(k), m);
		for (let j = 0; j < MEASURES.length; j++) row.push(j === S_SUM ? m[j] + m[USES + 1] : j === S_SQ ? m[j] + m[USES + 2] : m[j]);
		if (cube.uses) row.push(m[USES]);
		yield row;
	}
}

/** Column declarations of a cube, dimensions then measures. */
export function cubeColumns(cube: Cube): string[] {
	const dims = cube.dims.map((d) => CUBE_COLUMN[d as keyof typeof CUBE_COLUMN].join(' '));
	const measures = [...MEASURES.map(([m]) => m), ...(cube.uses ? ['uses'] : [])].map(
		(m) => `${m} ${m === 's_sum' || m === 's_sq' ? 'REAL' : 'INTEGER'} NOT NULL`
	);
	return [...dims, ...measures];
}
