// One pass over comment_facts, story by story (through the article index), that gathers
// everything the rollups are made of, in memory sized by the number of groups, not of comments
// (rollupLevel.ts): sums per cell and per topic, emoji and emoji x topic pair of a cell;
// distinct-commenter sketches; comments per author; each story's first week hour by hour.
//
// Memory stays bounded whatever the corpus size: a batch of stories is handed to `onBatch` (which
// folds and writes the cubes with an article dimension), then its groups are added into the
// corpus level, whose cells drop the article (a few per day and label), and the batch is dropped.
// Only the corpus level, the per-author counts and the topic and emoji codes live for the whole pass.
import type { DB } from './open';
import { CUBES } from './rollupCatalog';
import { addId } from './queries/hll';
import { NumberIndex, Sums } from './rollupMemory';
import { AGE_HOURS, CELL_DIMS, CODE_SPAN, Codes, FREE, Level, Projection, type FactsScan, type Sketch } from './rollupLevel';

export { CODE_SPAN, FREE, finestFor, type FactsScan, type Sketch } from './rollupLevel';

/** Cubes with an article dimension are folded batch by batch; the others once, from the corpus level. */
export const ARTICLE_CUBES = CUBES.filter((c) => c.dims.includes('article'));
export const CORPUS_CUBES = CUBES.filter((c) => !c.dims.includes('article'));

export interface PassOptions {
	/** A batch holds whole stories, up to this many comments (more if one story has more)... */
	batchComments?: number;
	/** ...and up to this many stories (each keeps a distinct-commenter sketch of 2 KB per flag value). */
	batchArticles?: number;
	/** `of`: how many batches the pass makes */
	onBatch(scan: FactsScan, of: number): void;
}

export interface PassResult {
	corpus: FactsScan;
	/** author id -> slot in authorCounts: [reader comments, flagged] */
	authors: NumberIndex;
	authorCounts: Sums;
	batches: number;
}

/** What the pass reads per reader comment: the cell dims, then measures, author, age, topics, emoji. */
const ROW_SQL = `SELECT f.article_id, substr(f.at, 1, 10), f.target, f.sentiment, f.stance, f.lang, f.flagged,
  f.untimed, f.at IS NULL, f.score, f.author_id, f.age_h,
  f.topics,
  (SELECT group_concat(count || char(31) || emoji, char(30)) FROM comment_emoji WHERE comment_id = f.id)
FROM comment_facts f WHERE f.article_id BETWEEN ? AND ? ORDER BY f.article_id`;

/**
 * Article ranges of whole stories, each within the budgets, from the comment counts per story
 * (an index scan). Worked out first: the connection cannot write a batch's rows while a read of
 * comment_facts is still open.
 */
function batchRanges(db: DB, comments: number, articles: number): [number, number][] {
	const ranges: [number, number][] = [];
	let lo: number | null = null;
	let hi = 0;
	let n = 0;
	let k = 0;
	for (const [id, count] of db.prepare(`SELECT article_id, count(*) FROM comment_facts GROUP BY article_id ORDER BY article_id`).raw().iterate() as IterableIterator<[number, number]>) {
		if (lo !== null && (n + count > comments || k + 1 > articles)) ranges.push([lo, hi]), (lo = null);
		if (lo === null) (lo = id), (n = 0), (k = 0);
		hi = id;
		n += count;
		k++;
	}
	if (lo !== null) ranges.push([lo, hi]);
	return ranges;
}

type SketchKey = [Level, Sketch, number];

/** A batch of stories: its level, each cell's corpus cell and sketch keys, and the stories' age counts. */
class Batch {
	level: Level;
	constructor(reuse?: Batch) {
		this.level = new Level(ARTICLE_CUBES, reuse?.level.finest);
	}
	toCorpus: number[] = [];
	plainRegs: Uint8Array[][] = [];
	topicKeys: SketchKey[][] = [];
	emojiKeys: SketchKey[][] = [];
	ageGroups = new Projection(['article', 'sentiment', 'flagged'].map((d) => CELL_DIMS.indexOf(d as never)));
	ages = new Map<number, number>();
}

export function scanFacts(db: DB, opts: PassOptions): PassResult {
	const corpus = new Level(CORPUS_CUBES);
	const topics = new Codes<number>();
	const emoji = new Codes<string>();
	const pairs = new Map<number, number>();
	const pairOf: [number, number][] = [];
	const pairCode = (e: number, t: number) => {
		const pair = e * CODE_SPAN + t;
		let code = pairs.get(pair);
		if (code === undefined) pairs.set(pair, (code = pairOf.push([e, t]) - 1));
		return code;
	};
	const authors = new NumberIndex();
	const authorCounts = new Sums(2, []);
	let b = new Batch();
	let batches = 0;

	// Worked out once per cell of a batch: its corpus cell, the registers of each plain sketch,
	// the keys of each topic or emoji sketch, and the cell's story-age group.
	const newCell = (key: string, tail: string, values: unknown[]): number => {
		const c = b.level.add(key, values);
		let g = corpus.cellIndex.get(tail);
		if (g === undefined) g = corpus.add(tail, [null, ...values.slice(1)]);
		b.toCorpus[c] = g;
		b.ageGroups.add(c, values);
		const keys = (multi: 'topic' | 'emoji' | undefined) => [...b.level.sketchKeys(multi, c), ...corpus.sketchKeys(multi, g)];
		b.plainRegs[c] = keys(undefined).map(([level, s, k]) => level.regsFor(s, k));
		b.topicKeys[c] = keys('topic');
		b.emojiKeys[c] = keys('emoji');
		return c;
	};

	const flush = (of: number) => {
		if (!b.level.cells.length) return;
		const ages = [...b.ages].map(([k, n]) => {
			const [article, sentiment, flagged] = b.ageGroups.values[Math.floor(k / AGE_HOURS)];
			return [article, k % AGE_HOURS, sentiment, flagged, n];
		});
		opts.onBatch(b.level.scan(topics, emoji, pairOf, ages), of);
		// The batch's groups, summed into the corpus cells they project to.
		const v = new Float64Array(FREE);
		b.level.finest.forEach((f, i) => {
			const into = corpus.finest[i];
			f.slots.forEach((key, slot) => {
				const g = b.toCorpus[Math.floor(key / CODE_SPAN)];
				into.sums.add(corpus.slotIn(into, g * CODE_SPAN + (key % CODE_SPAN)), f.sums.read(slot, v));
			});
		});
		b = new Batch(b);
		batches++;
	};

	const one = new Float64Array(2);
	const v = new Float64Array(FREE);
	const commentTopics: number[] = [];
	const NUL = '\u0000';
	const [plain, byTopic, byEmoji, byPair] = [0, 1, 2, 3];
	const addRow = (row: unknown[]) => {
		const level = b.level;
		const finest = level.finest;
		const tail = `${row[1] ?? NUL}\u001f${row[2] ?? NUL}\u001f${row[3] ?? NUL}\u001f${row[4] ?? NUL}\u001f${row[5] ?? NUL}\u001f${row[6]}`;
		const key = `${row[0]}\u001f${tail}`;
		let c = level.cellIndex.get(key);
		if (c === undefined) c = newCell(key, tail, row.slice(0, CELL_DIMS.length));
		const flagged = row[6] as number;
		const score = row[9] as number | null;
		const author = row[10] as number | null;
		v.fill(0);
		v[0] = 1;
		v[1] = row[7] as number;
		v[2] = row[8] as number;
		if (score !== null) (v[3] = 1), (v[4] = score), (v[5] = score * score);
		finest[plain].sums.add(level.slotIn(finest[plain], c * CODE_SPAN), v);
		if (author !== null) {
			for (const r of b.plainRegs[c]) addId(r, author);
			let a = authors.getOrSet(author, authorCounts.size);
			if (a === authorCounts.size) a = authorCounts.slot();
			one[0] = 1;
			one[1] = flagged;
			authorCounts.add(a, one);
		}
		const age = row[11] as number | null;
		if (age !== null && age >= 0 && age < AGE_HOURS) {
			const k = b.ageGroups.of[c] * AGE_HOURS + age;
			b.ages.set(k, (b.ages.get(k) ?? 0) + 1);
		}
		commentTopics.length = 0;
		if (row[12] !== null) {
			for (const id of (row[12] as string).slice(1, -1).split(',')) {
				const t = topics.code(Number(id));
				commentTopics.push(t);
				finest[byTopic].sums.add(level.slotIn(finest[byTopic], c * CODE_SPAN + t), v);
				if (author !== null) for (const [l, s, k] of b.topicKeys[c]) addId(l.regsFor(s, k + t), author);
			}
		}
		if (row[13] !== null) {
			for (const use of (row[13] as string).split('\u001e')) {
				const cut = use.indexOf('\u001f');
				const e = emoji.code(use.slice(cut + 1));
				v[6] = Number(use.slice(0, cut));
				finest[byEmoji].sums.add(level.slotIn(finest[byEmoji], c * CODE_SPAN + e), v);
				if (author !== null) for (const [l, s, k] of b.emojiKeys[c]) addId(l.regsFor(s, k + e), author);
				for (const t of commentTopics) finest[byPair].sums.add(level.slotIn(finest[byPair], c * CODE_SPAN + pairCode(e, t)), v);
			}
		}
	};
	const read = db.prepare(ROW_SQL).raw();
	const ranges = batchRanges(db, opts.batchComments ?? 200_000, opts.batchArticles ?? 1024);
	for (const [lo, hi] of ranges) {
		for (const row of read.iterate(lo, hi) as IterableIterator<unknown[]>) addRow(row);
		flush(ranges.length);
	}
	if (Math.max(topics.values.length, emoji.values.length, pairOf.length) >= CODE_SPAN) throw new Error('rollups: more groups than the pass can key');
	return { corpus: corpus.scan(topics, emoji, pairOf, []), authors, authorCounts, batches };
}
