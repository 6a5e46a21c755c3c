// SQL injection: every payload of tests/fixtures/reliability/sqli.txt in every query parameter
// (the twelve filters and each endpoint's own options) of every /api endpoint. The answer must be
// a 400 naming the parameter, or a 200 equal to what an honest value that matches nothing gives:
// never a 500, never a SQL error text, never extra rows. The corpus uses a vocabulary with no SQL
// words, digits or punctuation, so no payload can legitimately match anything in it.
import { join } from 'node:path';
import { expect } from 'vitest';
import { FILTER_PARAMS } from '../../../src/lib/filters';
import { apiRouteIds, concretePath, endpointOptions, sampleCorpus } from '../../../bench/apiRoutes';
import { openForWrite } from '../../../src/lib/server/db/open';
import { CorpusWriter } from '../../../src/lib/server/db/write';
import { insertArticleTopics, insertFlagClusters, insertTags } from '../../../src/lib/server/db/directTags';
import { refreshRollups } from '../../../src/lib/server/db/rollups';
import type { IngestItem, SentimentLabel } from '../../../src/lib/types';
import type { ApiFetch } from '../lib/apiFetch';
import { counts, integrityProblems } from '../lib/dbCheck';
import { mulberry32 } from '../../../src/lib/mulberry32';

const VOCAB = 'calm river meadow lantern orchard harbor violet copper willow granite saffron ember tundra juniper'.split(' ');
/** Filter values that are valid and match nothing: the honest baseline of each text filter. */
const NO_MATCH: Record<string, string> = { series: 'Nothing Here', topic: 'Nothing Here', author: 'nobody_here', target: 'Nothing Here', q: 'zeppelin', emoji: '🦄' };
/** What SQLite's own errors look like (codes and messages), matched after echoes of the payload are removed. */
const SQL_ERROR = /SQLITE_[A-Z]+|SqliteError|syntax error|no such (table|column|function)|unrecognized token|malformed MATCH|fts5: /;
const withoutEcho = (body: string, payload: string) => {
	let b = body;
	for (const s of [payload, JSON.stringify(payload).slice(1, -1)]) for (let n = s.length; n >= 8; n = Math.floor(n / 2)) b = b.split(s.slice(0, n)).join('');
	return b;
};

export function buildSqlCorpus(path: string, comments = 300, seed = 5): void {
	const db = openForWrite(path);
	const rnd = mulberry32(seed);
	const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
	const items: IngestItem[] = [];
	for (let a = 0; a < 6; a++)
		items.push({ kind: 'article', at: `sql:${a}`, article: { externalId: `a${a}`, title: `${pick(VOCAB)} ${pick(VOCAB)}`, section: 'World', publishedAt: `2026-04-0${a + 1}T08:00:00Z` } });
	for (let i = 0; i < comments; i++)
		items.push({
			kind: 'comment',
			at: `sql:c${i}`,
			comment: {
				articleExternalId: `a${i % 6}`,
				externalId: `c${i}`,
				parentExternalId: i > 6 && rnd() < 0.3 ? `c${i - 6}` : null,
				authorHandle: `reader_${pick(VOCAB)}`,
				text: Array.from({ length: 6 }, () => pick(VOCAB)).join(' '),
				createdAt: `2026-04-0${(i % 6) + 1}T${String(9 + (i % 12)).padStart(2, '0')}:00:00Z`
			}
		});
	const w = new CorpusWriter(db, { namespace: 'sql', path: 'sql', format: 'fixture', contentHash: 'sql' });
	w.writeBatch(items);
	w.finish();
	const rows = db.prepare(`SELECT id, article_id FROM comments ORDER BY id`).all() as { id: number; article_id: number }[];
	const labels: SentimentLabel[] = ['positive', 'neutral', 'negative'];
	insertTags(
		db,
		rows.map((r, i) => ({
			commentId: r.id,
			analysis: {
				lang: 'en',
				sentiment: { score: [0.6, 0, -0.6][i % 3], label: labels[i % 3], evidence: [] },
				emoji: i % 4 ? [] : [{ emoji: '👍', name: 'thumbs up', count: 1 }],
				stance: { target: 'Lantern Pact', label: i % 2 ? 'against' : 'favor', confidence: 0.8, evidence: [] },
				topics: ['Lantern Pact']
			}
		}))
	);
	for (const a of new Set(rows.map((r) => r.article_id))) insertArticleTopics(db, a, [{ name: 'Lantern Pact', kind: 'phrase' }]);
	insertFlagClusters(db, [{ method: 'near-duplicate', commentIds: rows.slice(0, 4).map((r) => r.id), sharedPhrase: 'calm river' }]);
	refreshRollups(db);
	db.close();
}

/** The answer with the parts that echo the request removed (they differ by design). */
function comparable(body: string, echo: string | null): unknown {
	const json = JSON.parse(body);
	const echoed = echo?.trim().normalize('NFC');
	const strip = (v: unknown): unknown => {
		// A facet lists the selected value (with n = 0): the echo itself, not a match.
		if (typeof v === 'string' && echoed && v === echoed) return '<the value asked for>';
		if (Array.isArray(v)) return v.map(strip);
		if (v && typeof v === 'object') {
			const o: Record<string, unknown> = {};
			for (const [k, x] of Object.entries(v)) if (!['query', 'description', 'filters', 'cursor', 'next', 'nextCursor', 'sort'].includes(k)) o[k] = strip(x);
			return o;
		}
		return v;
	};
	return strip(json);
}

export interface SqlReport {
	endpoints: number;
	requests: number;
	byStatus: Record<number, number>;
}

export async function injectEveryParameter(dbPath: string, api: ApiFetch, payloads: string[]): Promise<SqlReport> {
	const before = counts(dbPath);
	const sample = sampleCorpus(dbPath);
	const byStatus: Record<number, number> = {};
	let requests = 0;
	let endpoints = 0;
	for (const id of apiRouteIds()) {
		const path = concretePath(id, sample);
		if (!path) continue;
		endpoints++;
		const plain = await api(path);
		expect(plain.status, `${path}: baseline`).toBe(200);
		for (const param of [...FILTER_PARAMS, ...endpointOptions(id)]) {
			const honest = NO_MATCH[param];
			const baseline = honest ? await api(`${path}?${param}=${encodeURIComponent(honest)}`) : plain;
			expect(baseline.status, `${path}?${param}=${honest}: baseline`).toBe(200);
			const want = comparable(baseline.body, honest ?? null);
			for (const payload of payloads) {
				const url = `${path}?${param}=${encodeURIComponent(payload)}`;
				const r = await api(url);
				requests++;
				byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
				expect(withoutEcho(r.body, payload), `${url}: SQL error text`).not.toMatch(SQL_ERROR);
				expect([200, 400], `${url}: status ${r.status} ${r.body.slice(0, 200)}`).toContain(r.status);
				if (r.status === 400) expect(JSON.parse(r.body).parameter, `${url}: the 400 names the parameter`).toBe(param);
				else expect(comparable(r.body, honest ? payload : null), `${url}: answer differs from ${honest ? `${param}=${honest}` : 'no parameter'}`).toEqual(want);
			}
		}
	}
	expect(integrityProblems(dbPath)).toEqual([]);
	expect(counts(dbPath)).toEqual(before);
	return { endpoints, requests, byStatus };
}

export const sqlDbPath = (dir: string) => join(dir, 'sql.db');
