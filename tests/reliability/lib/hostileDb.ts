// A corpus whose every user-controlled string is a payload: comment text, author handle and name,
// article title, URL and section, topic names, stance targets, sentiment evidence and the shared
// phrase of a coordination cluster. Written through the real CorpusWriter; tags, topics and
// clusters through directTags, so the views have something in every panel without running `tag`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openForWrite } from '../../../src/lib/server/db/open';
import { CorpusWriter } from '../../../src/lib/server/db/write';
import { insertArticleTopics, insertFlagClusters, insertTags } from '../../../src/lib/server/db/directTags';
import { refreshRollups } from '../../../src/lib/server/db/rollups';
import type { Analysis, IngestItem, SentimentLabel } from '../../../src/lib/types';

/** Payload lines of a fixture file (tests/fixtures/reliability/NAME), comments and blanks left out. */
export function payloads(name: string): string[] {
	const file = fileURLToPath(new URL(`../../fixtures/reliability/${name}`, import.meta.url));
	return readFileSync(file, 'utf8')
		.split('\n')
		.filter((l) => l.trim() !== '' && !l.startsWith('#'));
}

export interface HostileCorpus {
	/** Article external id -> the payload it carries. */
	articles: { externalId: string; id: number; payload: string }[];
	comments: { externalId: string; id: number; payload: string; articleExternalId: string }[];
}

const LABELS: SentimentLabel[] = ['positive', 'negative', 'neutral'];

/**
 * One article per payload (title, url, section = payload), with three comments: one whose text is
 * the payload, one whose author is, and a reply to the first quoting it. `ordinary` plain comments
 * give the charts volume around them.
 */
export function buildHostileDb(path: string, list: string[], opts: { namespace?: string; tag?: boolean } = {}): HostileCorpus {
	const db = openForWrite(path);
	const ns = opts.namespace ?? 'hostile';
	const items: IngestItem[] = [];
	const out: HostileCorpus = { articles: [], comments: [] };
	list.forEach((p, i) => {
		const art = `a${i}`;
		items.push({
			kind: 'article',
			at: `hostile:${i}`,
			article: {
				externalId: art,
				title: p,
				url: p,
				section: i % 2 ? p : 'World',
				author: p,
				publishedAt: `2026-05-${String(1 + (i % 28)).padStart(2, '0')}T08:00:00Z`
			}
		});
		const day = `2026-05-${String(1 + (i % 28)).padStart(2, '0')}`;
		const cs = [
			{ externalId: `c${i}-text`, text: p, authorHandle: `reader${i}`, createdAt: `${day}T09:00:00Z` },
			{ externalId: `c${i}-author`, text: `An ordinary remark about the story number ${i}`, authorHandle: p, authorName: p, createdAt: `${day}T09:30:00Z` },
			{ externalId: `c${i}-reply`, text: `Replying to this: ${p}`, authorHandle: `reader${i}b`, parentExternalId: `c${i}-text`, createdAt: `${day}T10:00:00Z` }
		];
		for (const c of cs) {
			items.push({ kind: 'comment', at: `hostile:${c.externalId}`, comment: { articleExternalId: art, ...c } });
			out.comments.push({ externalId: c.externalId, id: 0, payload: p, articleExternalId: art });
		}
		out.articles.push({ externalId: art, id: 0, payload: p });
	});
	const w = new CorpusWriter(db, { namespace: ns, path: 'hostile', format: 'fixture', contentHash: 'hostile' });
	w.writeBatch(items);
	w.finish();

	const ids = new Map(
		(db.prepare(`SELECT a.external_id || '/' || c.external_id AS k, c.id FROM comments c JOIN articles a ON a.id = c.article_id`).all() as { k: string; id: number }[]).map((r) => [r.k, r.id])
	);
	const artIds = new Map((db.prepare(`SELECT external_id, id FROM articles`).all() as { external_id: string; id: number }[]).map((r) => [r.external_id, r.id]));
	for (const a of out.articles) a.id = artIds.get(a.externalId)!;
	for (const c of out.comments) c.id = ids.get(`${c.articleExternalId}/${c.externalId}`)!;

	if (opts.tag !== false) {
		out.articles.forEach((a) => insertArticleTopics(db, a.id, [{ name: a.payload, kind: 'phrase' }]));
		insertTags(
			db,
			out.comments.map((c, i) => {
				const label = LABELS[i % 3];
				const analysis: Analysis = {
					lang: 'en',
					sentiment: {
						score: label === 'positive' ? 0.8 : label === 'negative' ? -0.8 : 0,
						label,
						evidence: [{ token: c.payload, weight: label === 'negative' ? -2 : 2, modifiers: ['intensified'], start: 0, end: c.payload.length }]
					},
					emoji: [{ emoji: '🕊️', name: 'dove', count: 1 }],
					stance: { target: c.payload, label: i % 2 ? 'against' : 'favor', confidence: 0.9, evidence: [{ cue: c.payload, effect: 'favor' }] },
					topics: [c.payload]
				};
				return { commentId: c.id, analysis, nlpVersion: 'hostile-1' };
			})
		);
		// One cluster per article pair, so the coordination panel shows payloads as shared phrases.
		insertFlagClusters(
			db,
			out.articles.map((a, i) => ({
				method: 'template' as const,
				commentIds: out.comments.filter((c) => c.articleExternalId === a.externalId).map((c) => c.id),
				sharedPhrase: list[i],
				similarity: 0.97
			}))
		);
	}
	refreshRollups(db);
	db.close();
	return out;
}
