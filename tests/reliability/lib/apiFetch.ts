// Two ways to ask an /api endpoint, with one signature: over HTTP against the built server, or
// by calling the route's GET handler in this process (what the short variant inside `npm test`
// uses, so it needs no build). Both run the same handler code over a read-only connection.
import { apiRouteIds, endpointFile } from '../../../bench/apiRoutes';

export interface ApiAnswer {
	status: number;
	body: string;
}
export type ApiFetch = (pathAndQuery: string) => Promise<ApiAnswer>;

export function httpFetch(baseUrl: string): ApiFetch {
	return async (p) => {
		const res = await fetch(baseUrl + p, { signal: AbortSignal.timeout(30_000) });
		return { status: res.status, body: await res.text() };
	};
}

type Handler = (event: { url: URL; params: Record<string, string> }) => Response | Promise<Response>;

/** Route id -> a matcher of concrete paths that yields the route's params. */
function matcher(routeId: string): (path: string) => Record<string, string> | null {
	const names: string[] = [];
	const re = new RegExp(
		'^' +
			routeId.replace(/[.*+?^${}()|\\]/g, '\\$&').replace(/\\?\[(\w+)\\?\]/g, (_m, n: string) => {
				names.push(n);
				return '([^/]+)';
			}) +
			'$'
	);
	return (path) => {
		const m = re.exec(path);
		return m ? Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) : null;
	};
}

/**
 * Calls the handlers in-process against `dbPath` (set as MURMUR_DB for the duration). Handlers are
 * loaded through Vite's module graph, so this runs inside vitest only.
 */
export async function handlerFetch(dbPath: string): Promise<ApiFetch> {
	process.env.MURMUR_DB = dbPath;
	const routes: { match: (p: string) => Record<string, string> | null; GET: Handler }[] = [];
	for (const id of apiRouteIds()) {
		const mod = (await import(/* @vite-ignore */ endpointFile(id))) as { GET?: Handler };
		if (mod.GET) routes.push({ match: matcher(id), GET: mod.GET });
	}
	return async (p) => {
		const url = new URL(p, 'http://murmur.test');
		process.env.MURMUR_DB = dbPath;
		for (const r of routes) {
			const params = r.match(url.pathname);
			if (!params) continue;
			try {
				const res = await r.GET({ url, params });
				return { status: res.status, body: await res.text() };
			} catch (e) {
				// SvelteKit's error() throws an HttpError; anything else is what a server turns into a 500.
				const status = (e as { status?: number }).status;
				return { status: status ?? 500, body: JSON.stringify({ error: (e as { body?: { message?: string } }).body?.message ?? String(e) }) };
			}
		}
		return { status: 404, body: '' };
	};
}
