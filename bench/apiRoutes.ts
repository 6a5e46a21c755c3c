// The dashboard's JSON endpoints, discovered from the source tree (src/routes/api/**/+server.ts)
// so the load test and the reliability suite cover every endpoint without a list to keep in step.
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './serverProcess';

/** Route ids such as "/api/overview" or "/api/articles/[id]", sorted. */
export function apiRouteIds(routesDir = join(ROOT, 'src', 'routes', 'api')): string[] {
	if (!existsSync(routesDir)) return [];
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const p = join(dir, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.name === '+server.ts' || e.name === '+server.js') {
				// Only endpoints that answer GET are dashboard data.
				if (!/export\s+(const|async function|function)\s+GET\b/.test(readFileSync(p, 'utf8'))) continue;
				const rel = relative(join(routesDir, '..'), dir).split(/[\\/]/).filter((s) => !/^\(.*\)$/.test(s));
				out.push('/' + rel.join('/'));
			}
		}
	};
	walk(routesDir);
	return out.sort();
}

/** Real values from the corpus to put in filters, so requests select something. */
export interface CorpusSample {
	articleId: number | null;
	commentId: number | null;
	topic: string | null;
	author: string | null;
	emoji: string | null;
	from: string | null;
	to: string | null;
}

export function sampleCorpus(dbPath: string): CorpusSample {
	const db = new Database(dbPath, { readonly: true, fileMustExist: true });
	const one = <T>(sql: string): T | null => {
		try {
			const row = db.prepare(sql).get() as Record<string, T> | undefined;
			return row ? (Object.values(row)[0] ?? null) : null;
		} catch {
			return null; // a table a feature adds may not exist yet
		}
	};
	try {
		return {
			articleId: one<number>(`SELECT article_id FROM comments GROUP BY article_id ORDER BY count(*) DESC LIMIT 1`),
			commentId: one<number>(`SELECT id FROM comments WHERE parent_id IS NOT NULL ORDER BY id DESC LIMIT 1`),
			topic: one<string>(`SELECT t.name FROM topics t JOIN article_topics a ON a.topic_id = t.id GROUP BY t.id ORDER BY count(*) DESC LIMIT 1`),
			author: one<string>(`SELECT a.handle FROM authors a JOIN comments c ON c.author_id = a.id GROUP BY a.id ORDER BY count(*) DESC LIMIT 1`),
			emoji: one<string>(`SELECT emoji FROM comment_emoji GROUP BY emoji ORDER BY count(*) DESC LIMIT 1`),
			from: one<string>(`SELECT substr(min(effective_at), 1, 10) FROM comments`),
			to: one<string>(`SELECT substr(max(effective_at), 1, 10) FROM comments`)
		};
	} finally {
		db.close();
	}
}

/** Fills route parameters ([id]) from the sample: a comment id under /comments/, else an article id. */
export function concretePath(routeId: string, s: CorpusSample): string | null {
	let missing = false;
	const path = routeId.replace(/(\/[^/]*)?\/\[\.{0,3}(\w+)(=\w+)?\]/g, (_m, before: string | undefined, _name: string) => {
		const v = before === '/comments' ? s.commentId : s.articleId;
		if (v === null) missing = true;
		return `${before ?? ''}/${encodeURIComponent(String(v))}`;
	});
	return missing ? null : path;
}

/** The source file of an endpoint's route id. */
export function endpointFile(routeId: string, routesDir = join(ROOT, 'src', 'routes')): string {
	return join(routesDir, ...routeId.split('/').filter(Boolean), '+server.ts');
}

/**
 * The view options an endpoint reads besides the filters (?limit, ?granularity, ?sort...), found in
 * its source: `searchParams.get('x')`, `getAll('x')`, `intParam(url, 'x', ...)`.
 */
export function endpointOptions(routeId: string): string[] {
	const src = readFileSync(endpointFile(routeId), 'utf8');
	const names = new Set<string>();
	for (const m of src.matchAll(/searchParams\.(?:get|getAll|has)\(\s*['"](\w+)['"]|\w*Param\w*\(\s*url\s*,\s*['"](\w+)['"]/g)) names.add(m[1] ?? m[2]);
	return [...names].sort();
}

/** The filter combinations a dashboard user makes, as query strings (issue 5's parameter names). */
export function typicalQueries(s: CorpusSample): string[] {
	const q: string[] = ['', 'sentiment=negative', 'q=ceasefire'];
	if (s.from && s.to) q.push(`from=${s.from}&to=${s.to}`);
	if (s.topic) q.push(`topic=${encodeURIComponent(s.topic)}&sentiment=positive`);
	if (s.articleId !== null) q.push(`article=${s.articleId}`);
	if (s.emoji) q.push(`emoji=${encodeURIComponent(s.emoji)}`);
	if (s.author) q.push(`author=${encodeURIComponent(s.author)}`);
	q.push('flagged=exclude&lang=en');
	return q;
}
