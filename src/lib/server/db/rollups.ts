import type { DB } from './open';
import { READER_COMMENTS } from './filterSql';
import { CUBES, CUBE_COLUMN, MEASURES, USES_MEASURE, dimColumns, measureNames, type Cube, type Dim } from './rollupCatalog';
import { addId, newRegisters } from './queries/hll';
import { rebuildSectionMedians } from './sectionMedians';
import { corpusSignature } from './rollupState';
import { listMigrations } from './migrate';

/** How a base cube computes each dimension from the comments and their joins. */
const BASE_EXPR: Partial<Record<Dim, string>> = {
	day: `substr(c.effective_at, 1, 10)`,
	article: `c.article_id`,
	sentiment: `t.sentiment_label`,
	stance: `t.stance_label`,
	target: `t.stance_target`,
	lang: `t.lang`,
	flagged: `(fl.comment_id IS NOT NULL)`,
	topic: `ct.topic_id`,
	emoji: `ce.emoji`
};
const TAGS_AND_FLAGS = `LEFT JOIN comment_tags t ON t.comment_id = c.id LEFT JOIN comment_flags fl ON fl.comment_id = c.id`;
const BASE_FROM: Record<string, string> = {
	roll_article_day: `FROM comments c ${TAGS_AND_FLAGS}`,
	roll_topic_base: `FROM comment_topics ct JOIN comments c ON c.id = ct.comment_id ${TAGS_AND_FLAGS}`,
	roll_emoji_base: `FROM comment_emoji ce JOIN comments c ON c.id = ce.comment_id ${TAGS_AND_FLAGS}`,
	roll_emoji_topic_day: `FROM comment_emoji ce JOIN comment_topics ct ON ct.comment_id = ce.comment_id JOIN comments c ON c.id = ce.comment_id ${TAGS_AND_FLAGS}`,
	roll_emoji_topic_tags: `FROM comment_emoji ce JOIN comment_topics ct ON ct.comment_id = ce.comment_id JOIN comments c ON c.id = ce.comment_id ${TAGS_AND_FLAGS}`
};

/** Tables refreshRollups maintains besides the cubes (created by migration 004). */
const SIDE_TABLES = ['roll_author', 'roll_article_age', 'roll_section_age', 'roll_article_stats'];
const SIDE_SCHEMA = listMigrations().find((m) => m.version === 4)!.sql;

function createCube(db: DB, cube: Cube): void {
	const cols = cube.dims.map((d) => CUBE_COLUMN[d as keyof typeof CUBE_COLUMN].join(' '));
	const measures = measureNames(cube).map((m) => `${m} ${m === 's_sum' || m === 's_sq' ? 'REAL' : 'INTEGER'} NOT NULL`);
	db.exec(`DROP TABLE IF EXISTS ${cube.table}`);
	db.exec(`CREATE TABLE ${cube.table} (${[...cols, ...measures].join(', ')})`);
}

function fillCube(db: DB, cube: Cube): void {
	const keys = dimColumns(cube);
	const positions = keys.map((_, i) => i + 1).join(', ');
	if (cube.from) {
		const sums = measureNames(cube).map((m) => `${m === 's_sum' || m === 's_sq' ? 'total' : 'sum'}(${m})`);
		db.exec(`INSERT INTO ${cube.table} SELECT ${[...keys, ...sums].join(', ')} FROM ${cube.from} GROUP BY ${positions} ORDER BY ${positions}`);
	} else {
		const exprs = cube.dims.map((d) => BASE_EXPR[d]!);
		const measures = [...MEASURES, ...(cube.uses ? [USES_MEASURE] : [])].map(([, e]) => e);
		db.exec(
			`INSERT INTO ${cube.table} SELECT ${[...exprs, ...measures].join(', ')} ${BASE_FROM[cube.table]}
			 WHERE ${READER_COMMENTS} GROUP BY ${positions} ORDER BY ${positions}`
		);
	}
	// Filters narrow cubes by their leading dimension (an article, a topic, an emoji, a period),
	// and by an article or a period further in.
	db.exec(`CREATE INDEX ${cube.table}_lead ON ${cube.table}(${keys.slice(0, cube.dims[0] === 'day' ? 1 : 2).join(', ')})`);
	for (const d of ['article', 'day'] as const)
		if (cube.dims.indexOf(d) > 0) db.exec(`CREATE INDEX ${cube.table}_${d} ON ${cube.table}(${CUBE_COLUMN[d][0]})`);
}

/**
 * Rebuilds the dashboard's rollups after ingest, tag or coordination changed the corpus, in one
 * transaction: the dashboard (reading through WAL) sees the old rollups or the new, never half.
 * Derived cubes are summed from their base cube rather than from the comments again.
 */
export function refreshRollups(db: DB): void {
	db.transaction(() => {
		db.exec(SIDE_SCHEMA);
		for (const t of SIDE_TABLES) db.exec(`DELETE FROM ${t}`);
		const rows: Record<string, number> = {};
		for (const cube of CUBES) {
			createCube(db, cube);
			fillCube(db, cube);
			rows[cube.table] = (db.prepare(`SELECT count(*) AS n FROM ${cube.table}`).get() as { n: number }).n;
		}
		db.exec(`
			INSERT INTO roll_author (author_id, n, flagged)
			SELECT c.author_id, count(*), sum(fl.comment_id IS NOT NULL)
			FROM comments c LEFT JOIN comment_flags fl ON fl.comment_id = c.id
			WHERE ${READER_COMMENTS} AND c.author_id IS NOT NULL GROUP BY 1;

			INSERT INTO roll_article_age
			SELECT c.article_id, CAST((julianday(c.effective_at) - julianday(a.published_at)) * 24 AS INTEGER) AS age,
			  t.sentiment_label, (fl.comment_id IS NOT NULL), count(*)
			FROM comments c JOIN articles a ON a.id = c.article_id ${TAGS_AND_FLAGS}
			WHERE ${READER_COMMENTS} AND a.published_at IS NOT NULL
			  AND c.effective_at >= a.published_at AND julianday(c.effective_at) < julianday(a.published_at) + 7
			GROUP BY 1, 2, 3, 4;
		`);
		for (const [table, n] of rebuildSketches(db)) rows[table] = n;
		rebuildSectionMedians(db);
		const setMeta = db.prepare(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`);
		setMeta.run('rollups_at', new Date().toISOString().slice(0, 19) + 'Z');
		setMeta.run('rollups_signature', JSON.stringify(corpusSignature(db)));
		setMeta.run('rollup_rows', JSON.stringify(rows));
	})();
}

/** What the sketch passes read for each dimension. */
const SKETCH_EXPR: Partial<Record<Dim, string>> = { ...BASE_EXPR };

/**
 * Distinct commenters per row of each sketched cube, as HyperLogLog registers in `<cube>_hll`:
 * one pass over the comments for the plain cubes, one over comment topics (emoji) for topic (emoji) cubes.
 * Rows are read as arrays and dimension values coded as small integers: a pass reads millions.
 */
function rebuildSketches(db: DB): Map<string, number> {
	const counts = new Map<string, number>();
	const cubes = CUBES.filter((c) => c.sketch);
	for (const cube of cubes) {
		const cols = cube.dims.map((d) => CUBE_COLUMN[d as keyof typeof CUBE_COLUMN].join(' '));
		db.exec(`DROP TABLE IF EXISTS ${cube.table}_hll`);
		db.exec(`CREATE TABLE ${cube.table}_hll (${[...cols, 'hll BLOB NOT NULL'].join(', ')})`);
	}
	const passes: [Cube[], string][] = [
		[cubes.filter((c) => !c.multi.length), `FROM comments c ${TAGS_AND_FLAGS}`],
		[cubes.filter((c) => c.multi.includes('topic')), `FROM comment_topics ct JOIN comments c ON c.id = ct.comment_id ${TAGS_AND_FLAGS}`],
		[cubes.filter((c) => c.multi.includes('emoji')), `FROM comment_emoji ce JOIN comments c ON c.id = ce.comment_id ${TAGS_AND_FLAGS}`]
	];
	for (const [group, from] of passes) {
		if (!group.length) continue;
		const dims = [...new Set(group.flatMap((c) => c.dims))];
		const at = group.map((c) => c.dims.map((d) => dims.indexOf(d)));
		// value <-> small integer code, per dimension
		const codes = dims.map(() => new Map<unknown, number>());
		const values = dims.map(() => [] as unknown[]);
		const code = (i: number, v: unknown) => {
			let k = codes[i].get(v);
			if (k === undefined) codes[i].set(v, (k = values[i].push(v) - 1));
			return k;
		};
		const sketches = group.map(() => new Map<string, Uint8Array>());
		const rows = db
			.prepare(`SELECT ${dims.map((d) => SKETCH_EXPR[d]).join(', ')}, c.author_id ${from} WHERE ${READER_COMMENTS} AND c.author_id IS NOT NULL`)
			.raw()
			.iterate() as IterableIterator<unknown[]>;
		const coded = new Array<number>(dims.length);
		for (const row of rows) {
			for (let i = 0; i < dims.length; i++) coded[i] = code(i, row[i]);
			const author = row[dims.length] as number;
			for (let g = 0; g < group.length; g++) {
				const key = String.fromCharCode(...at[g].map((i) => coded[i]));
				let reg = sketches[g].get(key);
				if (!reg) sketches[g].set(key, (reg = newRegisters()));
				addId(reg, author);
			}
		}
		group.forEach((cube, g) => {
			const insert = db.prepare(`INSERT INTO ${cube.table}_hll VALUES (${[...cube.dims, 'hll'].map(() => '?').join(', ')})`);
			for (const [key, reg] of sketches[g]) {
				const keyValues = at[g].map((i, j) => values[i][key.charCodeAt(j)]);
				insert.run(...keyValues, Buffer.from(reg));
			}
			db.exec(`CREATE INDEX ${cube.table}_hll_lead ON ${cube.table}_hll(${dimColumns(cube)[0]})`);
			counts.set(`${cube.table}_hll`, sketches[g].size);
		});
	}
	return counts;
}
