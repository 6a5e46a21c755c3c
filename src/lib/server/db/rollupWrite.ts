// Writing the rollup tables: the cubes and sketches folded by the pass (rollupPass.ts,
// rollupFold.ts), batch by batch for the cubes with an article dimension, each table's rows in
// the order of its dimensions (the dashboard reads a cube by its lead, from contiguous pages).
import type { DB } from './open';
import { CUBES, CUBE_COLUMN, dimColumns, type Cube } from './rollupCatalog';
import { ARTICLE_CUBES, CODE_SPAN, type FactsScan, type PassResult, type Sketch } from './rollupPass';
import { compareRows, cubeColumns, foldCube, type FoldScratch } from './rollupFold';

/** Rows in groups of 64 per statement: a cube has up to a few hundred thousand. */
export function insertRows(db: DB, table: string, columns: number, rows: Iterable<unknown[]>): number {
	const tuple = `(${Array(columns).fill('?').join(', ')})`;
	const BATCH = 64;
	const many = db.prepare(`INSERT INTO ${table} VALUES ${Array(BATCH).fill(tuple).join(', ')}`);
	const one = db.prepare(`INSERT INTO ${table} VALUES ${tuple}`);
	const batch: unknown[] = [];
	let n = 0;
	for (const r of rows) {
		for (const v of r) batch.push(v);
		if (++n % BATCH === 0) many.run(batch), (batch.length = 0);
	}
	for (let i = 0; i < batch.length; i += columns) one.run(batch.slice(i, i + columns));
	return n;
}

/** Creates a cube's table (empty); its indexes come once its rows are in. */
export function createCube(db: DB, cube: Cube): void {
	db.exec(`DROP TABLE IF EXISTS ${cube.table}`);
	db.exec(`CREATE TABLE ${cube.table} (${cubeColumns(cube).join(', ')})`);
}

export function indexCube(db: DB, cube: Cube): void {
	// Filters narrow cubes by their leading dimension (an article, a topic, an emoji, a period),
	// and by an article or a period further in.
	const keys = dimColumns(cube);
	db.exec(`CREATE INDEX ${cube.table}_lead ON ${cube.table}(${keys.slice(0, cube.dims[0] === 'day' ? 1 : 2).join(', ')})`);
	for (const d of ['article', 'day'] as const)
		if (cube.dims.indexOf(d) > 0) db.exec(`CREATE INDEX ${cube.table}_${d} ON ${cube.table}(${CUBE_COLUMN[d][0]})`);
}

const sketchColumns = (cube: Cube) => [...cube.dims.map((d) => CUBE_COLUMN[d as keyof typeof CUBE_COLUMN].join(' ')), 'hll BLOB NOT NULL'];

export function createSketch(db: DB, cube: Cube): void {
	db.exec(`DROP TABLE IF EXISTS ${cube.table}_hll`);
	db.exec(`CREATE TABLE ${cube.table}_hll (${sketchColumns(cube).join(', ')})`);
}

/** Distinct commenters per row of a sketched cube, as HyperLogLog registers in `<cube>_hll`, sorted by the cube's dimensions. */
export function sketchRows(s: Sketch, scan: FactsScan): unknown[][] {
	const { cube } = s;
	const proj = scan.projections.get(cube)!;
	const nonMulti = cube.dims.filter((d) => !cube.multi.includes(d));
	const rows = [...s.regs].map(([key, reg]) => {
		const j = Math.floor(key / CODE_SPAN);
		const code = key % CODE_SPAN;
		const dims = cube.dims.map((d) => (d === 'topic' ? scan.topicIds[code] : d === 'emoji' ? scan.emoji[code] : proj.values[j][nonMulti.indexOf(d)]));
		return [...dims, Buffer.from(reg.buffer, reg.byteOffset, reg.byteLength)];
	});
	return rows.sort((a, b) => compareRows(a, b, cube.dims.length));
}

/**
 * Cubes with an article dimension are written batch by batch (batches of stories in article
 * order). One that leads with the article is appended in place: batch after batch its rows stay
 * in the order of its dimensions. Any other (topic, emoji or day first) is staged in a temporary
 * table and copied over in its order at the end, SQLite's sort spilling to a file.
 */
const UNORDERED = ARTICLE_CUBES.filter((c) => c.dims[0] !== 'article').flatMap((c) => [c.table, ...(c.sketch ? [`${c.table}_hll`] : [])]);

export class CubeWriter {
	rows: Record<string, number> = {};
	private staged = new Set<string>();
	private batches = 0;
	constructor(
		private db: DB,
		private scratch: FoldScratch
	) {}

	write(table: string, rows: Iterable<unknown[]>, columns: number): void {
		const into = this.staged.has(table) ? `temp.stage_${table}` : table;
		this.rows[table] = (this.rows[table] ?? 0) + insertRows(this.db, into, columns, rows);
	}

	/** A batch's article cubes, sketches and story ages; `of`: how many batches the pass makes. */
	batch(scan: FactsScan, of: number): void {
		// One batch goes straight into place; with more, the cubes that do not lead with the
		// article are staged.
		if (this.batches === 0 && of > 1)
			for (const t of UNORDERED) {
				this.db.exec(`CREATE TEMP TABLE stage_${t} AS SELECT * FROM main.${t} LIMIT 0`);
				this.staged.add(t);
			}
		for (const cube of ARTICLE_CUBES) this.write(cube.table, foldCube(scan, cube, this.scratch), cubeColumns(cube).length);
		for (const s of scan.sketches) this.write(`${s.cube.table}_hll`, sketchRows(s, scan), s.cube.dims.length + 1);
		this.write('roll_article_age', scan.ages.sort((a, b) => compareRows(a, b, 4)), 5);
		this.batches++;
	}

	/** Moves the staged rows into place in the order of their dimensions. */
	finish(): void {
		for (const cube of CUBES) {
			for (const table of [cube.table, `${cube.table}_hll`]) {
				if (!this.staged.has(table)) continue;
				this.db.exec(`INSERT INTO main.${table} SELECT * FROM temp.stage_${table} ORDER BY ${dimColumns(cube).join(', ')}`);
				this.db.exec(`DROP TABLE temp.stage_${table}`);
			}
		}
	}
}

export function writeAuthors(db: DB, pass: PassResult): void {
	const ids = pass.authors.keyArray().sort();
	const counts = new Float64Array(2);
	insertRows(db, 'roll_author', 3, (function* () {
		for (const id of ids) {
			pass.authorCounts.read(pass.authors.get(id), counts);
			yield [id, counts[0], counts[1]];
		}
	})());
}

