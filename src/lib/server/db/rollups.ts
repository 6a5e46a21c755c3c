import type { DB } from './open';
import { CUBES, dimColumns } from './rollupCatalog';
import { rebuildSectionMedians } from './sectionMedians';
import { corpusSignature } from './rollupState';
import { listMigrations } from './migrate';
import { rebuildFacts } from './rollupFacts';
import { CORPUS_CUBES, scanFacts } from './rollupPass';
import { cubeColumns, foldCube, newFoldScratch } from './rollupFold';
import { CubeWriter, createCube, createSketch, indexCube, sketchRows, writeAuthors } from './rollupWrite';

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

export interface RefreshOptions {
	/** Called after each step with its name (batches of stories: "stories 1,234 of 47,722"). */
	onStep?: (step: string) => void;
	/** Batch sizes of the pass (see rollupPass.ts); tests make them small to cross many batches. */
	batchComments?: number;
	batchArticles?: number;
}

/**
 * Rebuilds the dashboard's rollups after ingest, tag or coordination changed the corpus, in one
 * transaction: the dashboard (reading through WAL) sees the old rollups or the new, never half.
 * comment_facts is rebuilt first; one pass over it, a batch of stories at a time, gathers every
 * cube, sketch and side table in memory bounded by the batch and the corpus-wide groups.
 */
export function refreshRollups(db: DB, opts: RefreshOptions = {}): { rows: Record<string, number>; batches: number } {
	const step = opts.onStep ?? (() => {});
	return withLeanConnection(db, () =>
		db.transaction(() => {
			db.exec(SIDE_SCHEMA);
			for (const t of SIDE_TABLES) db.exec(`DELETE FROM ${t}`);
			const facts = rebuildFacts(db);
			step('comment_facts');
			for (const cube of CUBES) {
				createCube(db, cube);
				if (cube.sketch) createSketch(db, cube);
			}
			const scratch = newFoldScratch();
			const writer = new CubeWriter(db, scratch);
			const stories = (db.prepare(`SELECT count(DISTINCT article_id) AS n FROM comment_facts`).get() as { n: number }).n;
			let done = 0;
			const pass = scanFacts(db, {
				batchComments: opts.batchComments,
				batchArticles: opts.batchArticles,
				onBatch(scan, of) {
					writer.batch(scan, of);
					done += new Set(scan.cells.map((c) => c[0])).size;
					step(`stories ${done.toLocaleString('en-US')} of ${stories.toLocaleString('en-US')}`);
				}
			});
			writer.finish();
			step('story cubes in order');
			for (const cube of CORPUS_CUBES) writer.write(cube.table, foldCube(pass.corpus, cube, scratch), cubeColumns(cube).length);
			for (const s of pass.corpus.sketches) writer.write(`${s.cube.table}_hll`, sketchRows(s, pass.corpus), s.cube.dims.length + 1);
			writeAuthors(db, pass);
			step('corpus cubes, sketches, authors');
			for (const cube of CUBES) {
				indexCube(db, cube);
				if (cube.sketch) db.exec(`CREATE INDEX ${cube.table}_hll_lead ON ${cube.table}_hll(${dimColumns(cube)[0]})`);
			}
			step('indexes');
			rebuildSectionMedians(db);
			step('section medians');
			const rows: Record<string, number> = { comment_facts: facts };
			for (const cube of CUBES) rows[cube.table] = writer.rows[cube.table] ?? 0;
			for (const cube of CUBES) if (cube.sketch) rows[`${cube.table}_hll`] = writer.rows[`${cube.table}_hll`] ?? 0;
			const setMeta = db.prepare(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`);
			setMeta.run('rollups_at', new Date().toISOString().slice(0, 19) + 'Z');
			setMeta.run('rollups_signature', JSON.stringify(corpusSignature(db)));
			setMeta.run('rollup_rows', JSON.stringify(rows));
			return { rows, batches: pass.batches };
		})()
	);
}
