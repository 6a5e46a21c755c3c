// "How does this story compare with the typical story in its section?" A median is not additive,
// so it cannot be summed from rollups at request time; it is computed here, once per refresh,
// for each filter variant the story view can ask for.
import type { DB } from './open';

export const CURVE_HOURS = 48;
export const MEDIAN_SENTIMENTS = ['*', 'positive', 'neutral', 'negative', 'unscored'] as const;
export const MEDIAN_FLAGGED = ['include', 'exclude', 'only'] as const;

export function median(xs: number[]): number | null {
	if (!xs.length) return null;
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Fills roll_article_stats and roll_section_age from the roll_article cube and roll_article_age.
 * Peers are the dated articles with at least one reader comment; '' stands for "no section".
 */
export function rebuildSectionMedians(db: DB): void {
	db.exec(`
		INSERT INTO roll_article_stats (article_id, section, comments, first24h, mean, against_share, flagged_share)
		SELECT r.article_id, coalesce(a.section, ''), sum(r.n),
		  CASE WHEN a.published_at IS NULL THEN NULL
		       ELSE coalesce((SELECT sum(g.n) FROM roll_article_age g WHERE g.article_id = r.article_id AND g.age_hour < 24), 0) END,
		  CASE WHEN sum(r.scored) > 0 THEN total(r.s_sum) / sum(r.scored) END,
		  CAST(sum(r.st_against) AS REAL) / nullif(sum(r.st_favor + r.st_against + r.st_neutral), 0),
		  CAST(sum(CASE WHEN r.flagged THEN r.n ELSE 0 END) AS REAL) / sum(r.n)
		FROM roll_article r JOIN articles a ON a.id = r.article_id
		GROUP BY r.article_id;
	`);

	const peers = db
		.prepare(
			`SELECT s.article_id AS id, s.section FROM roll_article_stats s JOIN articles a ON a.id = s.article_id
			 WHERE a.published_at IS NOT NULL ORDER BY s.section`
		)
		.all() as { id: number; section: string }[];
	const bySection = new Map<string, number[]>();
	for (const p of peers) {
		if (!bySection.has(p.section)) bySection.set(p.section, []);
		bySection.get(p.section)!.push(p.id);
	}

	const ageRows = db.prepare(
		`SELECT age_hour AS h, sentiment, flagged, n FROM roll_article_age WHERE article_id = ? AND age_hour < ${CURVE_HOURS}`
	);
	const insert = db.prepare(
		`INSERT INTO roll_section_age (section, sentiment, flagged, age_hour, median_n, median_cumulative, articles)
		 VALUES (?, ?, ?, ?, ?, ?, ?)`
	);
	const variants = MEDIAN_SENTIMENTS.flatMap((s) => MEDIAN_FLAGGED.map((f) => `${s}|${f}`));
	const variantIndex = new Map(variants.map((v, i) => [v, i]));
	// One story's hourly curve per variant, reused story after story.
	const curves = variants.map(() => new Float64Array(CURVE_HOURS));
	for (const [section, ids] of bySection) {
		// Per variant and hour, how many stories had each count (and each running total): the
		// medians follow from these, so memory does not grow with the section's stories.
		const perHour = variants.map(() => Array.from({ length: CURVE_HOURS }, () => new Histogram()));
		const cumulative = variants.map(() => Array.from({ length: CURVE_HOURS }, () => new Histogram()));
		for (const id of ids) {
			for (const c of curves) c.fill(0);
			for (const r of ageRows.all(id) as { h: number; sentiment: string | null; flagged: number; n: number }[]) {
				for (const s of ['*', r.sentiment]) {
					if (s === null) continue;
					for (const f of MEDIAN_FLAGGED) {
						if ((f === 'exclude' && r.flagged) || (f === 'only' && !r.flagged)) continue;
						const v = variantIndex.get(`${s}|${f}`);
						if (v !== undefined) curves[v][r.h] += r.n;
					}
				}
			}
			curves.forEach((c, v) => {
				let run = 0;
				for (let h = 0; h < CURVE_HOURS; h++) {
					perHour[v][h].add(c[h]);
					cumulative[v][h].add((run += c[h]));
				}
			});
		}
		variants.forEach((variant, v) => {
			const [s, f] = variant.split('|');
			for (let h = 0; h < CURVE_HOURS; h++)
				insert.run(section, s, f, h, perHour[v][h].median() ?? 0, cumulative[v][h].median() ?? 0, ids.length);
		});
	}
}

/** Counts of values, and their median as median() of the values would give it. */
export class Histogram {
	private counts = new Map<number, number>();
	private size = 0;
	add(x: number): void {
		this.counts.set(x, (this.counts.get(x) ?? 0) + 1);
		this.size++;
	}
	median(): number | null {
		if (!this.size) return null;
		const values = [...this.counts.keys()].sort((a, b) => a - b);
		// The values at sorted positions lo and hi (equal when the count is odd).
		const hi = this.size >> 1;
		const lo = this.size % 2 ? hi : hi - 1;
		let seen = 0;
		let atLo: number | null = null;
		for (const x of values) {
			seen += this.counts.get(x)!;
			if (atLo === null && seen > lo) atLo = x;
			if (seen > hi) return atLo === x ? x : (atLo! + x) / 2;
		}
		return null;
	}
}
