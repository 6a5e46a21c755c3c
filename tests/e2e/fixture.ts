// The browser tests' database: the shared tagged fixture corpus plus one hostile article and
// comment whose title, author and text are XSS probes. They must show up literally.
import { CorpusWriter } from '../../src/lib/server/db/write';
import { insertTags } from '../../src/lib/server/db/directTags';
import { refreshRollups } from '../../src/lib/server/db/rollups';
import { buildFixtureDb, type Fixture } from '../helpers/fixtureDb';

export const XSS_IMG = `<img src=x onerror="window.__xss=1">`;
export const XSS_SCRIPT = `<script>window.__xss=1</script>`;
export const XSS_TITLE = `Hostile ${XSS_IMG} headline ${XSS_SCRIPT}`;
export const XSS_TEXT = `great news ${XSS_IMG} and ${XSS_SCRIPT} — terrible formatting`;
export const XSS_AUTHOR = `evil${XSS_IMG}`;

export function buildE2eDb(path?: string, comments = 600): Fixture & { hostileArticleId: number; hostileCommentId: number } {
	const fx = buildFixtureDb({ path, comments, rollups: false });
	const w = new CorpusWriter(fx.db, { namespace: 'hostile', path: 'hostile', format: 'fixture', contentHash: 'hostile-1' });
	w.writeBatch([
		{
			kind: 'article',
			at: 'hostile:1',
			article: { externalId: 'x1', title: XSS_TITLE, section: 'World', publishedAt: '2026-04-05T10:00:00Z', url: 'https://news.example/x1' }
		},
		{
			kind: 'comment',
			at: 'hostile:2',
			comment: { articleExternalId: 'x1', externalId: 'xc1', authorHandle: XSS_AUTHOR, text: XSS_TEXT, createdAt: '2026-04-05T11:00:00Z', status: 'visible', type: 'comment', position: 0 }
		},
		{
			kind: 'comment',
			at: 'hostile:3',
			comment: { articleExternalId: 'x1', externalId: 'xc2', parentExternalId: 'xc1', authorHandle: 'calm', text: `a reply quoting ${XSS_SCRIPT}`, createdAt: '2026-04-05T12:00:00Z', status: 'visible', type: 'comment', position: 1 }
		}
	]);
	w.finish();
	const articleId = (fx.db.prepare(`SELECT id FROM articles WHERE external_id = 'x1'`).get() as { id: number }).id;
	const commentId = (fx.db.prepare(`SELECT id FROM comments WHERE external_id = 'xc1' AND article_id = ?`).get(articleId) as { id: number }).id;
	const start = XSS_TEXT.indexOf('terrible');
	insertTags(fx.db, [
		{
			commentId,
			analysis: {
				lang: 'en',
				sentiment: {
					score: -0.4,
					label: 'negative',
					evidence: [
						{ token: 'great', weight: 2, start: 0, end: 5 },
						{ token: 'terrible', weight: -3, start, end: start + 8 }
					]
				},
				emoji: [],
				stance: { target: null, label: 'none', confidence: 0, evidence: [] },
				topics: ['Ceasefire']
			}
		}
	]);
	refreshRollups(fx.db);
	return { ...fx, hostileArticleId: articleId, hostileCommentId: commentId };
}
