import type { DB } from './open';
import { READER_COMMENTS } from './filterSql';
import { CUBES, CUBE_COLUMN, MEASURES, USES_MEASURE, dimColumns, measureNames, type Cube, type Dim } from './rollupCatalog';
import { addId, newRegisters } from './queries/hll';
import { rebuildSectionMedians } from './sectionMedians';

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
	roll_topic_day: `FROM comment_topics ct JOIN comments c ON c.id = ct.comment_id ${TAGS_AND_FLAGS}`,
	roll_emoji_day: `FROM comment_emoji ce JOIN comments c ON c.id = ce.comment_id ${TAGS_AND_FLAGS}`,
	roll_emoji_topic_day: `FROM comment_emoji ce JOIN comment_topics ct ON ct.comment_id = ce.comment_id JOIN comments c ON c.id = ce.comment_id ${TAGS_AND_FLAGS}`,
	roll_emoji_topic_tags: `FROM comment_emoji ce JOIN comment_topics ct ON ct.comment_id = ce.comment_id JOIN comments c ON c.id = ce.comment_id ${TAGS_AND_FLAGS}`
};

/** Tables refreshRollups maintains besides the cubes (created by migration 004). */
const SIDE_TABLES = ['roll_author', 'roll_article_age', 'roll_section_age', 'roll_article_stats'];

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
	// Filters narrow cubes by their leading dimension (an article, a topic, an emoji, a period).
	db.exec(`CREATE INDEX ${cube.table}_lead ON ${cube.table}(${keys.slice(0, cube.dims[0] === 'day' ? 1 : 2).join(', ')})`);
}

/** Whether this database has rollups (refreshed at least once since schema 4). */
export function rollupsAvailable(db: DB): boolean {
	return Boolean(db.prepare(`SELECT 1 FROM meta WHERE key = 'rollups_at'`).get());
}

/**
 * Rebuilds the dashboard's rollups after ingest, tag or coordination changed the corpus, in one
 * transaction: the dashboard (reading through WAL) sees the old rollups or the new, never half.
 * Derived cubes are summed from their base cube rather than from the comments again.
 */
export function refreshRollups(db: DB): void {
	db.transaction(() => {
		for (const t of SIDE_TABLES) db.exec(`DELETE FROM ${t}`);
		const rows: Record<string, number> = {};
		for (const cube of CUBES) {
			const c0 = process.cpuUsage();
			createCube(db, cube);
			fillCube(db, cube);
			if (process.env.ROLLUP_TIMING) console.log(cube.table, (process.cpuUsage(c0).user / 1e6).toFixed(1));
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
		let c1 = process.cpuUsage();
		rebuildSketches(db);
		if (process.env.ROLLUP_TIMING) console.log('sketches', (process.cpuUsage(c1).user / 1e6).toFixed(1));
		c1 = process.cpuUsage();
		rebuildSectionMedians(db);
		if (process.env.ROLLUP_TIMING) console.log('medians', (process.cpuUsage(c1).user / 1e6).toFixed(1));
		const maxId = (db.prepare(`SELECT coalesce(max(id), 0) AS m FROM comments`).get() as { m: number }).m;
		const setMeta = db.prepare(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`);
		setMeta.run('rollups_at', new Date().toISOString().slice(0, 19) + 'Z');
		setMeta.run('rollups_max_comment_id', String(maxId));
		setMeta.run('rollup_rows', JSON.stringify(rows));
	})();
}

/** What the sketch passes read for each dimension. */
const SKETCH_SELECT = `substr(c.effective_at, 1, 10) AS day, c.article_id AS article, t.sentiment_label AS sentiment,
  t.stance_label AS stance, t.stance_target AS target, t.lang AS lang, (fl.comment_id IS NOT NULL) AS flagged, c.author_id AS author`;

/**
 * Distinct commenters per row of each sketched cube, as HyperLogLog registers in `<cube>_hll`:
 * one pass over the comments for the plain cubes, one over comment topics for the topic cubes.
 */
function rebuildSketches(db: DB): void {
	const cubes = CUBES.filter((c) => c.sketch);
	for (const cube of cubes) {
		const cols = cube.dims.map((d) => CUBE_COLUMN[d as keyof typeof CUBE_COLUMN].join(' '));
		db.exec(`DROP TABLE IF EXISTS ${cube.table}_hll`);
		db.exec(`CREATE TABLE ${cube.table}_hll (${[...cols, 'hll BLOB NOT NULL'].join(', ')})`);
	}
	const passes: [Cube[], string][] = [
		[cubes.filter((c) => !c.dims.includes('topic')), `FROM comments c ${TAGS_AND_FLAGS}`],
		[cubes.filter((c) => c.dims.includes('topic')), `FROM comment_topics ct JOIN comments c ON c.id = ct.comment_id ${TAGS_AND_FLAGS}`]
	];
	for (const [group, from] of passes) {
		if (!group.length) continue;
		const sketches = group.map(() => new Map<string, { values: unknown[]; reg: Uint8Array }>());
		const topic = group.some((c) => c.dims.includes('topic')) ? ', ct.topic_id AS topic' : '';
		const rows = db
			.prepare(`SELECT ${SKETCH_SELECT}${topic} ${from} WHERE ${READER_COMMENTS} AND c.author_id IS NOT NULL`)
			.iterate() as IterableIterator<Record<string, string | number | null>>;
		for (const row of rows) {
			group.forEach((cube, i) => {
				const values = cube.dims.map((d) => row[d]);
				const key = values.join('\u0001') + values.map((v) => (v === null ? 'n' : 'v')).join('');
				let s = sketches[i].get(key);
				if (!s) sketches[i].set(key, (s = { values, reg: newRegisters() }));
				addId(s.reg, row.author as number);
			});
		}
		group.forEach((cube, i) => {
			const insert = db.prepare(`INSERT INTO ${cube.table}_hll VALUES (${[...cube.dims, 'hll'].map(() => '?').join(', ')})`);
			for (const { values, reg } of sketches[i].values()) insert.run(...values, Buffer.from(reg));
			db.exec(`CREATE INDEX ${cube.table}_hll_lead ON ${cube.table}_hll(${dimColumns(cube)[0]})`);
		});
	}
}
