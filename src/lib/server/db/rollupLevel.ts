// The memory of the rollup pass (rollupPass.ts): a "level" of groups, either a batch of stories or
// the whole corpus without the article dimension. A cell is the finest grouping every cube is a
// projection of (article, day, target, sentiment, stance, language, flagged); per cell and per
// topic, emoji or emoji x topic pair the level keeps the sums of its comments, and the
// distinct-commenter sketches of its cubes.
import type { Cube, Dim } from './rollupCatalog';
import { newRegisters } from './queries/hll';
import { NumberIndex, Sums } from './rollupMemory';

/** The dimensions of a cell, in roll_article_day's order. */
export const CELL_DIMS: Dim[] = ['article', 'day', 'target', 'sentiment', 'stance', 'lang', 'flagged'];

/**
 * Sums kept per group: n, untimed, undated, scored, s_sum, s_sq, uses, and the running errors of
 * s_sum and s_sq. Label counts follow from the cell.
 */
export const FREE = 9;
/** Float sums are compensated as SQLite's sum() and total() are (Kahan-Babuska-Neumaier), so a rollup's mean rounds as the raw path's does. */
const FREE_FLOATS: [number, number][] = [
	[4, 7],
	[5, 8]
];

/** Ages kept for the story reference curves: the first week. */
export const AGE_HOURS = 168;

export const newFreeSums = () => new Sums(FREE, FREE_FLOATS);

/** Room for dense codes below 2^26 beside a cell index below 2^27 in one exact double. */
export const CODE_SPAN = 2 ** 26;

/** The groups of a multi-valued dimension set (none, topic, emoji, emoji + topic): key -> slot in its sums. */
export interface Finest {
	multi: Dim[];
	/** cell * CODE_SPAN + code -> slot; code is the topic, emoji or pair code (0 for none). */
	slots: NumberIndex;
	sums: Sums;
}

export interface Sketch {
	cube: Cube;
	/** projection index of the cell onto the cube's non-multi dims * CODE_SPAN + topic/emoji code -> registers */
	regs: Map<number, Uint8Array>;
}

/** The groups of one level (a batch of stories, or the corpus), as the folds read them. */
export interface FactsScan {
	/** Cell values in CELL_DIMS order (article null at the corpus level). */
	cells: unknown[][];
	/** topic code -> topic id; emoji code -> emoji; pair code -> [emoji code, topic code] */
	topicIds: number[];
	emoji: string[];
	pairOf: [number, number][];
	/** One per multi-valued dimension set: none, topic, emoji, emoji + topic. */
	finest: Finest[];
	sketches: Sketch[];
	/** [article, age hour, sentiment, flagged, comments] for the first week of each dated story */
	ages: unknown[][];
	/** For every cube of the level: cell index -> its projection's index, and the projections' values. */
	projections: Map<Cube, { of: Int32Array; values: unknown[][] }>;
}

const MULTIS: Dim[][] = [[], ['topic'], ['emoji'], ['emoji', 'topic']];

/** Dense integer codes for values as they appear. */
export class Codes<T> {
	map = new Map<T, number>();
	values: T[] = [];
	code(v: T): number {
		let k = this.map.get(v);
		if (k === undefined) this.map.set(v, (k = this.values.push(v) - 1));
		return k;
	}
}

/** Projections of cells onto a set of cell dims, indexed as they appear. */
export class Projection {
	private index = new Map<string, number>();
	values: unknown[][] = [];
	of: number[] = [];
	constructor(private at: number[]) {}
	add(cell: number, values: unknown[]): number {
		const pv = this.at.map((i) => values[i]);
		const k = JSON.stringify(pv);
		let j = this.index.get(k);
		if (j === undefined) this.index.set(k, (j = this.values.push(pv) - 1));
		return (this.of[cell] = j);
	}
}

export const multiKey = (multi: Dim[]) => [...multi].sort().join('+');
const dimsAt = (dims: Dim[]) => dims.map((d) => CELL_DIMS.indexOf(d));

/** Cells by key, their projections onto the level's cubes, its finest groups and sketches. */
export class Level {
	cellIndex = new Map<string, number>();
	cells: unknown[][] = [];
	projections = new Map<Cube, Projection>();
	finest: Finest[];
	sketches: Sketch[];
	/** `reuse`: the finest groups of a level that is done with, emptied and filled again (their memory stays allocated, not garbage). */
	constructor(cubes: Cube[], reuse?: Finest[]) {
		if (reuse) for (const f of reuse) f.slots.clear(), f.sums.clear();
		this.finest = reuse ?? MULTIS.map((multi): Finest => ({ multi, slots: new NumberIndex(), sums: newFreeSums() }));
		for (const cube of cubes) {
			const at = dimsAt(cube.dims.filter((d) => !cube.multi.includes(d)));
			if (at.some((i) => i < 0)) throw new Error(`rollups: cube ${cube.table} has a dimension a cell does not`);
			this.projections.set(cube, new Projection(at));
		}
		this.sketches = cubes.filter((c) => c.sketch).map((cube) => {
			if (cube.multi.length > 1) throw new Error(`rollups: cube ${cube.table} sketches two multi-valued dimensions`);
			return { cube, regs: new Map() };
		});
	}
	add(key: string, values: unknown[]): number {
		const c = this.cells.push(values) - 1;
		if (c >= 2 ** 27) throw new Error('rollups: more cells than the pass can key');
		this.cellIndex.set(key, c);
		for (const p of this.projections.values()) p.add(c, values);
		return c;
	}
	regsFor(s: Sketch, key: number): Uint8Array {
		let r = s.regs.get(key);
		if (!r) s.regs.set(key, (r = newRegisters()));
		return r;
	}
	/** Per sketch of the given multi-valued dimension (none, topic, emoji): its registers' key for cell c, less the code. */
	sketchKeys(multi: Dim | undefined, c: number): [Level, Sketch, number][] {
		return this.sketches.filter((s) => s.cube.multi[0] === multi).map((s) => [this, s, this.projections.get(s.cube)!.of[c] * CODE_SPAN]);
	}
	slotIn(f: Finest, key: number): number {
		const s = f.slots.getOrSet(key, f.sums.size);
		return s === f.sums.size ? f.sums.slot() : s;
	}
	scan(topics: Codes<number>, emoji: Codes<string>, pairOf: [number, number][], ages: unknown[][]): FactsScan {
		return {
			cells: this.cells,
			topicIds: topics.values,
			emoji: emoji.values,
			pairOf,
			finest: this.finest,
			sketches: this.sketches,
			ages,
			// Only the projections' values and the cells' indexes into them outlive the level, not their lookup keys.
			projections: new Map([...this.projections].map(([cube, p]) => [cube, { of: Int32Array.from(p.of), values: p.values }]))
		};
	}
}

/** The finest groups a cube folds from. */
export const finestFor = (scan: FactsScan, cube: Cube) => scan.finest.find((f) => multiKey(f.multi) === multiKey(cube.multi))!;
