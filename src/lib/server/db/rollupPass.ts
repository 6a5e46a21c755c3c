// One pass over comment_facts that gathers everything the rollups are made of, in memory sized by
// the number of groups, not of comments: sums per "cell" (article, day, target, sentiment, stance,
// language, flagged: the finest grouping every cube is a projection of), per topic x cell and
// emoji x cell; distinct-commenter sketches; comments per author; and each story's first week
// hour by hour. Replaces a GROUP BY per cube over millions of joined rows
// (their sort spilled gigabytes into memory) and a sketch pass per multi-valued dimension.
import type { DB } from './open';
import { CUBES, type Cube, type Dim } from './rollupCatalog';
import { addId, newRegisters } from './queries/hll';
import { Column, NumberIndex, Sums } from './rollupMemory';

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

/** The groups of a multi-valued dimension set (none, topic, emoji): key -> slot in its sums. */
export interface Finest {
	multi: Dim[];
	/** cell * CODE_SPAN + code -> slot; code is the topic or emoji code (0 for none). */
	slots: NumberIndex;
	sums: Sums;
}

export interface Sketch {
	cube: Cube;
	/** projection index of the cell onto the cube's non-multi dims * CODE_SPAN + topic/emoji code -> registers */
	regs: Map<number, Uint8Array>;
}

export interface FactsScan {
	/** Cell values in CELL_DIMS order. */
	cells: unknown[][];
	/** topic code -> topic id; emoji code -> emoji */
	topicIds: number[];
	emoji: string[];
	/** One per multi-valued dimension set the pass keeps: none, topic, emoji. */
	finest: Finest[];
	/**
	 * Every emoji use with its comment's cell and measures and the comment's topics, for the
	 * emoji x topic cubes: keyed by pair and cell they would be about one group per use and topic.
	 */
	uses: EmojiUses;
	sketches: Sketch[];
	/** author id -> slot in authorCounts: [reader comments, flagged] */
	authors: NumberIndex;
	authorCounts: Sums;
	/** [article, age hour, sentiment, flagged, comments] for the first week of each dated story */
	ages: unknown[][];
	/** For every cube the pass covers: cell index -> its projection's index, and the projections' values. */
	projections: Map<Cube, { of: Int32Array; values: unknown[][] }>;
}

export interface EmojiUses {
	cell: Column;
	emoji: Column;
	count: Column;
	untimed: Column;
	undated: Column;
	/** NaN when the comment has no score */
	score: Column;
	/** topic codes of use i: topics[topicsFrom[i] .. topicsFrom[i + 1]) */
	topics: Column;
	topicsFrom: Column;
}

/** Dense integer codes for values as they appear. */
class Codes<T> {
	map = new Map<T, number>();
	values: T[] = [];
	code(v: T): number {
		let k = this.map.get(v);
		if (k === undefined) this.map.set(v, (k = this.values.push(v) - 1));
		return k;
	}
}

/** Projections of cells onto a set of cell dims, indexed as they appear. */
class Projection {
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

/** What the pass reads per reader comment: the cell dims, then measures, author, age, topics, emoji. */
const ROW_SQL = `SELECT f.article_id, substr(f.at, 1, 10), f.target, f.sentiment, f.stance, f.lang, f.flagged,
  f.untimed, f.at IS NULL, f.score, f.author_id, f.age_h,
  f.topics,
  (SELECT group_concat(count || char(31) || emoji, char(30)) FROM comment_emoji WHERE comment_id = f.id)
FROM comment_facts f`;

const multiKey = (multi: Dim[]) => [...multi].sort().join('+');
const dimsAt = (dims: Dim[]) => dims.map((d) => CELL_DIMS.indexOf(d));

export function scanFacts(db: DB): FactsScan {
	const cellIndex = new Map<string, number>();
	const cells: unknown[][] = [];
	const topics = new Codes<number>();
	const emoji = new Codes<string>();
	const [plain, byTopic, byEmoji] = [[], ['topic'], ['emoji']].map((multi): Finest => ({ multi: multi as Dim[], slots: new NumberIndex(), sums: newFreeSums() }));

	const projections = new Map<Cube, Projection>();
	for (const cube of CUBES) {
		const at = dimsAt(cube.dims.filter((d) => !cube.multi.includes(d)));
		if (at.some((i) => i < 0)) throw new Error(`rollups: cube ${cube.table} has a dimension a cell does not`);
		projections.set(cube, new Projection(at));
	}
	const sketches: Sketch[] = CUBES.filter((c) => c.sketch).map((cube) => {
		if (cube.multi.length > 1) throw new Error(`rollups: cube ${cube.table} sketches two multi-valued dimensions`);
		return { cube, regs: new Map() };
	});
	const regsFor = (s: Sketch, key: number) => {
		let r = s.regs.get(key);
		if (!r) s.regs.set(key, (r = newRegisters()));
		return r;
	};
	// Per cell, worked out once when the cell first appears: the registers of each plain sketch,
	// the projection each topic or emoji sketch is keyed by, and the cell's story-age group.
	const plainSketches = sketches.filter((s) => !s.cube.multi.length);
	const topicSketches = sketches.filter((s) => s.cube.multi[0] === 'topic');
	const emojiSketches = sketches.filter((s) => s.cube.multi[0] === 'emoji');
	const cellRegs: Uint8Array[][] = [];
	const topicProj: number[][] = [];
	const emojiProj: number[][] = [];
	const ageGroups = new Projection(dimsAt(['article', 'sentiment', 'flagged']));
	const newCell = (values: unknown[]): number => {
		const c = cells.push(values) - 1;
		for (const p of projections.values()) p.add(c, values);
		ageGroups.add(c, values);
		cellRegs[c] = plainSketches.map((s) => regsFor(s, projections.get(s.cube)!.of[c] * CODE_SPAN));
		topicProj[c] = topicSketches.map((s) => projections.get(s.cube)!.of[c] * CODE_SPAN);
		emojiProj[c] = emojiSketches.map((s) => projections.get(s.cube)!.of[c] * CODE_SPAN);
		return c;
	};
	const slotIn = (f: Finest, key: number) => {
		const s = f.slots.getOrSet(key, f.sums.size);
		return s === f.sums.size ? f.sums.slot() : s;
	};

	const authors = new NumberIndex();
	const authorCounts = new Sums(2, []);
	const one = new Float64Array(2);
	const ages = new Map<number, number>();
	const uses: EmojiUses = {
		cell: new Column(), emoji: new Column(), count: new Column(), untimed: new Column(), undated: new Column(), score: new Column(), topics: new Column(), topicsFrom: new Column()
	};
	uses.topicsFrom.push(0);
	const commentTopics: number[] = [];
	const v = new Float64Array(FREE);
	const NUL = '\u0000';
	for (const row of db.prepare(ROW_SQL).raw().iterate() as IterableIterator<unknown[]>) {
		const key = `${row[0]}\u001f${row[1] ?? NUL}\u001f${row[2] ?? NUL}\u001f${row[3] ?? NUL}\u001f${row[4] ?? NUL}\u001f${row[5] ?? NUL}\u001f${row[6]}`;
		let c = cellIndex.get(key);
		if (c === undefined) cellIndex.set(key, (c = newCell(row.slice(0, CELL_DIMS.length))));
		const flagged = row[6] as number;
		const score = row[9] as number | null;
		const author = row[10] as number | null;
		v.fill(0);
		v[0] = 1;
		v[1] = row[7] as number;
		v[2] = row[8] as number;
		if (score !== null) (v[3] = 1), (v[4] = score), (v[5] = score * score);
		plain.sums.add(slotIn(plain, c * CODE_SPAN), v);
		if (author !== null) {
			for (const r of cellRegs[c]) addId(r, author);
			let a = authors.getOrSet(author, authorCounts.size);
			if (a === authorCounts.size) a = authorCounts.slot();
			one[0] = 1;
			one[1] = flagged;
			authorCounts.add(a, one);
		}
		const age = row[11] as number | null;
		if (age !== null && age >= 0 && age < AGE_HOURS) {
			const k = ageGroups.of[c] * AGE_HOURS + age;
			ages.set(k, (ages.get(k) ?? 0) + 1);
		}
		commentTopics.length = 0;
		if (row[12] !== null) {
			for (const id of (row[12] as string).slice(1, -1).split(',')) {
				const t = topics.code(Number(id));
				commentTopics.push(t);
				byTopic.sums.add(slotIn(byTopic, c * CODE_SPAN + t), v);
				if (author !== null) topicSketches.forEach((s, i) => addId(regsFor(s, topicProj[c][i] + t), author));
			}
		}
		if (row[13] !== null) {
			for (const use of (row[13] as string).split('\u001e')) {
				const cut = use.indexOf('\u001f');
				const e = emoji.code(use.slice(cut + 1));
				v[6] = Number(use.slice(0, cut));
				byEmoji.sums.add(slotIn(byEmoji, c * CODE_SPAN + e), v);
				if (author !== null) emojiSketches.forEach((s, i) => addId(regsFor(s, emojiProj[c][i] + e), author));
				if (commentTopics.length) {
					uses.cell.push(c);
					uses.emoji.push(e);
					uses.count.push(v[6]);
					uses.untimed.push(v[1]);
					uses.undated.push(v[2]);
					uses.score.push(score ?? NaN);
					for (const t of commentTopics) uses.topics.push(t);
					uses.topicsFrom.push(uses.topics.length);
				}
			}
		}
	}
	if (cells.length >= 2 ** 27 || Math.max(topics.values.length, emoji.values.length) >= CODE_SPAN)
		throw new Error('rollups: more groups than the pass can key');

	return {
		cells,
		topicIds: topics.values,
		emoji: emoji.values,
		finest: [plain, byTopic, byEmoji],
		uses,
		sketches,
		authors,
		authorCounts,
		ages: [...ages].map(([k, n]) => {
			const [article, sentiment, flagged] = ageGroups.values[Math.floor(k / AGE_HOURS)];
			return [article, k % AGE_HOURS, sentiment, flagged, n];
		}),
		// Only the projections' values and the cells' indexes into them outlive the pass, not their lookup keys.
		projections: new Map([...projections].map(([cube, p]) => [cube, { of: Int32Array.from(p.of), values: p.values }]))
	};
}

/** The finest groups a cube folds from; undefined for the emoji x topic cubes (they fold the uses). */
export const finestFor = (scan: FactsScan, cube: Cube) => scan.finest.find((f) => multiKey(f.multi) === multiKey(cube.multi));
