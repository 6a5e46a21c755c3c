// Which table answers an aggregate: the cheapest rollup cube whose dimensions cover every filter
// and every grouping, or null for the comments themselves. Column names come from the fixed
// catalog, never from a request.
import type { Filters } from '../../../filters';
import { CUBES, CUBE_COLUMN, type Cube, type Dim } from '../rollupCatalog';

export type { Cube, Dim };

/** A cube's column for a dimension, or undefined when the cube does not have it. */
export function cubeColumn(cube: Cube, d: Dim): string | undefined {
	return cube.dims.includes(d) ? CUBE_COLUMN[d as keyof typeof CUBE_COLUMN][0] : undefined;
}

const isDayStart = (s: string) => s.length === 10 || s.endsWith('T00:00:00Z');
const isDayEnd = (s: string) => s.length === 10 || s.endsWith('T23:59:59Z');

/** The dimensions a set of filters constrains. */
export function filterDims(f: Filters): Dim[] {
	const dims: Dim[] = [];
	if (f.from || f.to) dims.push('day');
	if (f.article.length) dims.push('article');
	if (f.topic.length) dims.push('topic');
	if (f.author.length) dims.push('author');
	if (f.sentiment.length) dims.push('sentiment');
	if (f.stance.length) dims.push('stance');
	if (f.target.length) dims.push('target');
	if (f.lang.length) dims.push('lang');
	if (f.emoji.length) dims.push('emoji');
	if (f.flagged !== 'include') dims.push('flagged');
	return dims;
}

/** True when the filters narrow nothing but the given dimensions (a search narrows too). */
export function narrowsOnly(f: Filters, dims: Dim[]): boolean {
	return !f.q && filterDims(f).every((d) => dims.includes(d));
}

export interface PlanInput {
	filters: Filters;
	groupBy: Dim[];
	needUses?: boolean;
	/** How many topic ids the topic filter resolves to (names match case-insensitively). */
	topicIds?: number;
	/** Rows per cube as of the last refresh; cubes missing here are not used. */
	rows: Record<string, number>;
}

export function planRollup({ filters: f, groupBy, needUses, topicIds, rows, sketch }: PlanInput & { sketch?: boolean }): Cube | null {
	if (f.q) return null;
	if ((f.from && !isDayStart(f.from)) || (f.to && !isDayEnd(f.to))) return null;
	const needed = [...new Set<Dim>([...filterDims(f), ...groupBy])];
	const pinned = (d: Dim) => (d === 'topic' ? f.topic.length === 1 && topicIds === 1 : d === 'emoji' ? f.emoji.length === 1 : false);
	let best: Cube | null = null;
	for (const cube of CUBES) {
		if (rows[cube.table] === undefined) continue;
		if (needed.some((d) => !cube.dims.includes(d))) continue;
		if (needUses && !cube.uses) continue;
		if (sketch && (!cube.sketch || rows[`${cube.table}_hll`] === undefined)) continue;
		// A multi-valued dimension must be grouped (each group counts a comment once) or pinned to one
		// value. Distinct-commenter sketches are exempt: merging them is a union, never a double count.
		if (!sketch && cube.multi.some((d) => !groupBy.includes(d) && !pinned(d))) continue;
		if (!best || cost(cube, f, rows) < cost(best, f, rows)) best = cube;
	}
	return best;
}

/**
 * Rows a cube is expected to read: all of them, or a slice when a filter hits its leading index
 * (one article, topic or emoji of hundreds; a period of a few months) .
 */
function cost(cube: Cube, f: Filters, rows: Record<string, number>): number {
	const lead = cube.dims[0];
	// Day-leading cubes are stored in day order, so a period is one contiguous range; an article or
	// a period further in has its own index (scattered reads).
	const narrowed =
		(lead === 'article' && f.article.length) || (lead === 'topic' && f.topic.length) || (lead === 'emoji' && f.emoji.length)
			? 100
			: f.article.length && cube.dims.includes('article')
				? 50
				: (f.from || f.to) && lead === 'day'
					? 4
					: (f.from || f.to) && cube.dims.includes('day')
						? 2
						: 1;
	return rows[cube.table] / narrowed;
}
