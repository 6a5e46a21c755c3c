import type { DB } from './open';
import { CUBES, CUBE_COLUMN, dimColumns, type Cube } from './rollupCatalog';
import { rebuildSectionMedians } from './sectionMedians';
import { corpusSignature } from './rollupState';
import { listMigrations } from './migrate';
import { rebuildFacts } from './rollupFacts';
import { CODE_SPAN, scanFacts, type FactsScan, type Sketch } from './rollupPass';
import { compareRows, cubeColumns, foldCube, newFoldScratch, type FoldScratch } from './rollupFold';

/** Tables refreshRollups maintains besides the cubes (created by migration 004). */
const SIDE_TABLES = ['roll_author', 'roll_article_age', 'roll_section_age', 'roll_article_stats'];
const SIDE_SCHEMA = listMigrations().find((m) => m.version === 4)!.sql;

/**
 * While refreshing, the connection holds a small page cache (8 MB), no memory map, and sorts and
 * temporary b-trees in files: the dashboard's read settings (64 MB cache, 256 MB map, temp in
 * memory) would all count towards the refresh's memory. Restored afterwards.
 */
const LEAN = { cache_size: -8192, mmap_size: 0, temp_store: 1 } as const;

function withLeanConnection<T>(db: DB, fn: () => T): T {
	const saved = Object.fromEntries(Object.keys(LEAN).map((k) => [k, db.pragma(k, { simple: true })]));
	for (const [k, v] of Object.entries(LEAN)) db.pragma(`${k} = ${v}`);
	try {
		return fn();
	} finally {
		for (const [k, v] of Object.entries(saved)) db.pragma(`${k} = ${v}`);
	}
}

/** Rows in batches of 64 per statement: a cube has up to a few hundred thousand. */
function insertRows(db: DB, table: string, columns: number, rows: Iterable<unknown[]>): number {
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

function writeCube(db: DB, cube: Cube, scan: FactsScan, scratch: FoldScratch): number {
	const columns = cubeColumns(cube);
	db.exec(`DROP TABLE IF EXISTS ${cube.table}`);
	db.exec(`CREATE TABLE ${cube.table} (${columns.join(', ')})`);
	const n = insertRows(db, cube.table, columns.length, foldCube(scan, cube, scratch));
	// Filters narrow cubes by their leading dimension (an article, a topic, an emoji, a period),
	// and by an article or a period further in.
	const keys = dimColumns(cube);
	db.exec(`CREATE INDEX ${cube.table}_lead ON ${cube.table}(${keys.slice(0, cube.dims[0] === 'day' ? 1 : 2).join(', ')})`);
	for (const d of ['article', 'day'] as const)
		if (cube.dims.indexOf(d) > 0) db.exec(`CREATE INDEX ${cube.table}_${d} ON ${cube.table}(${CUBE_COLUMN[d][0]})`);
	return n;
}

/** Distinct commenters per row of a sketched cube, as HyperLogLog registers in `<cube>_hll`. */
function writeSketch(db: DB, s: Sketch, scan: FactsScan): number {
	const { cube } = s;
	const cols = cube.dims.map((d) => CUBE_COLUMN[d as keyof typeof CUBE_COLUMN].join(' '));
	db.exec(`DROP TABLE IF EXISTS ${cube.table}_hll`);
	db.exec(`CREATE TABLE ${cube.table}_hll (${[...cols, 'hll BLOB NOT NULL'].join(', ')})`);
	const proj = scan.projections.get(cube)!;
	const nonMulti = cube.dims.filter((d) => !cube.multi.includes(d));
	const rows = [...s.regs].map(([key, reg]) => {
		const j = Math.floor(key / CODE_SPAN);
		const code = key % CODE_SPAN;
		const dims = cube.dims.map((d) => (d === 'topic' ? scan.topicIds[code] : d === 'emoji' ? scan.emoji[code] : proj.values[j][nonMulti.indexOf(d)]));
		return [...dims, Buffer.from(reg.buffer, reg.byteOffset, reg.byteLength)];
	});
	rows.sort((a, b) => compareRows(a, b, cube.dims.length));
	insertRows(db, `${cube.table}_hll`, cube.dims.length + 1, rows);
	db.exec(`CREATE INDEX ${cube.table}_hll_lead ON ${cube.table}_hll(${dimColumns(cube)[0]})`);
	return rows.length;
}

function writeSideTables(db: DB, scan: FactsScan): void {
	const ids = scan.authors.keyArray().sort();
	const counts = new Float64Array(2);
	insertRows(db, 'roll_author', 3, (function* () {
		for (const id of ids) {
			scan.authorCounts.read(scan.authors.get(id), counts);
			yield [id, counts[0], counts[1]];
		}
	})());
	insertRows(db, 'roll_article_age', 5, scan.ages.sort((a, b) => compareRows(a, b, 4)));
}

/**
 * Rebuilds the dashboard's rollups after ingest, tag or coordination changed the corpus, in one
 * transaction: the dashboard (reading through WAL) sees the old rollups or the new, never half.
 * comment_facts is rebuilt first; one pass over it gathers every cube, sketch and side table.
 */
export function refreshRollups(db: DB, opts: { onStep?: (step: string) => void } = {}): void {
	const step = opts.onStep ?? (() => {});
	withLeanConnection(db, () =>
		db.transaction(() => {
			db.exec(SIDE_SCHEMA);
			for (const t of SIDE_TABLES) db.exec(`DELETE FROM ${t}`);
			const rows: Record<string, number> = { comment_facts: rebuildFacts(db) };
			step('comment_facts');
			const scan = scanFacts(db);
			step('pass over the facts');
			const scratch = newFoldScratch();
			for (const cube of CUBES) {
				rows[cube.table] = writeCube(db, cube, scan, scratch);
				step(cube.table);
			}
			for (const s of scan.sketches) rows[`${s.cube.table}_hll`] = writeSketch(db, s, scan);
			writeSideTables(db, scan);
			step('sketches, authors, story ages');
			rebuildSectionMedians(db);
			step('section medians');
			const setMeta = db.prepare(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`);
			setMeta.run('rollups_at', new Date().toISOString().slice(0, 19) + 'Z');
			setMeta.run('rollups_signature', JSON.stringify(corpusSignature(db)));
			setMeta.run('rollup_rows', JSON.stringify(rows));
		})()
	);
}
