// A small corpus of the texts that break exports: quotes, newlines (LF, CRLF, lone CR), emoji
// sequences (ZWJ, flags, skin tones, keycaps), right-to-left text, every formula-injection lead
// character, a cell longer than Excel allows. Each comment's expected tags are stated here, so the
// tests compare exports with this table (the oracle) and with the rows the filters select in SQL.
import { afterAll, beforeAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openForWrite, type DB } from '../../src/lib/server/db/open';
import { CorpusWriter } from '../../src/lib/server/db/write';
import { insertFlagClusters, insertTags } from '../../src/lib/server/db/directTags';
import type { Analysis, CommentStatus, SentimentLabel, StanceLabel } from '../../src/lib/types';

export interface HostileArticle {
	key: string;
	url: string | null;
	title: string | null;
	publishedAt: string | null;
	section: string | null;
}

export interface HostileComment {
	key: string;
	article: string;
	parent?: string;
	author: string | null;
	createdAt: string | null;
	status?: CommentStatus;
	text: string;
	/** null: left untagged. */
	tags: null | {
		lang: string;
		score: number | null;
		label: SentimentLabel;
		target: string | null;
		stance: StanceLabel;
		/** [emoji, count] in the order the export lists them: most used first, then by code point. */
		emoji: [string, number][];
		topics: string[];
	};
	cluster?: number;
}

export const LONG_TEXT = 'long ' + 'x'.repeat(40_000) + ' end';

export const ARTICLES: HostileArticle[] = [
	{ key: 'a1', url: 'https://news.example/a?x=1,2&y="3"', title: 'Ceasefire "talks", resume', publishedAt: '2026-03-01T08:00:00Z', section: 'World' },
	{ key: 'a2', url: null, title: 'عنوان عربي — RTL', publishedAt: null, section: null },
	{ key: 'a3', url: 'https://news.example/long', title: '=cmd|\' /C calc\'!A0', publishedAt: '2026-03-05T08:00:00Z', section: 'Letters' }
];

const tag = (
	label: SentimentLabel,
	score: number | null,
	extra: Partial<NonNullable<HostileComment['tags']>> = {}
): NonNullable<HostileComment['tags']> => ({
	lang: 'en',
	score,
	label,
	target: 'Ceasefire deal',
	stance: 'neutral',
	emoji: [],
	topics: ['Ceasefire'],
	...extra
});

export const COMMENTS: HostileComment[] = [
	{ key: 'c1', article: 'a1', author: 'alice', createdAt: '2026-03-01T09:00:00Z', text: 'Plain comment 👍', tags: tag('positive', 0.6, { stance: 'favor', emoji: [['👍', 1]] }) },
	{ key: 'c2', article: 'a1', parent: 'c1', author: "o'brien", createdAt: '2026-03-01T09:05:00Z', text: `He said "no", then 'yes', ok`, tags: tag('neutral', 0.05) },
	{ key: 'c3', article: 'a1', parent: 'c2', author: 'bob', createdAt: '2026-03-01T09:10:00Z', text: 'line1\nline2\r\nline3\rend', tags: tag('negative', -0.45, { stance: 'against' }) },
	{ key: 'c4', article: 'a1', author: 'مريم', createdAt: '2026-03-01T09:15:00Z', text: 'مرحبا بالعالم — תגובה בעברית 🕊️', tags: tag('unscored', null, { lang: 'ar', stance: 'none', target: null, emoji: [['🕊️', 1]], topics: [] }) },
	{ key: 'c5', article: 'a1', author: 'eve', createdAt: '2026-03-01T09:20:00Z', text: '=1+1', tags: tag('neutral', 0) },
	{ key: 'c6', article: 'a1', author: 'eve', createdAt: '2026-03-01T09:21:00Z', text: '+SUM(A1:A9)', tags: tag('neutral', 0) },
	{ key: 'c7', article: 'a1', author: 'eve', createdAt: '2026-03-01T09:22:00Z', text: '-2+3', tags: tag('neutral', 0) },
	{ key: 'c8', article: 'a1', author: '@eve', createdAt: '2026-03-01T09:23:00Z', text: "@cmd|' /C calc'!A0", tags: tag('neutral', 0) },
	{ key: 'c9', article: 'a1', author: 'eve', createdAt: '2026-03-01T09:24:00Z', text: '\tTAB first', tags: tag('neutral', 0) },
	{ key: 'c10', article: 'a1', author: 'eve', createdAt: '2026-03-01T09:25:00Z', text: '\rCR first', tags: tag('neutral', 0) },
	{ key: 'c11', article: 'a1', author: 'eve', createdAt: '2026-03-01T09:26:00Z', text: '=HYPERLINK("http://evil.example","click")', tags: tag('negative', -0.2) },
	{
		key: 'c12', article: 'a1', author: 'zoe', createdAt: '2026-03-01T10:00:00Z',
		text: 'family 👩‍👩‍👧 flag 🇺🇦🇺🇦 skin 👍🏽 keycap 1️⃣',
		tags: tag('positive', 0.31, { emoji: [['🇺🇦', 2], ['1️⃣', 1], ['👍🏽', 1], ['👩‍👩‍👧', 1]], topics: ['Ceasefire', 'Ukraine'] })
	},
	{ key: 'c13', article: 'a1', author: 'zoe', createdAt: '2026-03-01T10:01:00Z', text: 'comma, semicolon; pipe | backslash \\ tab\tinside', tags: tag('neutral', 0.01) },
	{ key: 'c14', article: 'a1', author: 'zoe', createdAt: '2026-03-01T10:02:00Z', text: '  leading and trailing spaces  ', tags: tag('neutral', 0.02) },
	{ key: 'c15', article: 'a1', author: 'spammer', createdAt: '2026-03-01T10:03:00Z', status: 'spam', text: 'buy now', tags: tag('positive', 0.9) },
	{ key: 'c16', article: 'a2', author: null, createdAt: null, text: 'untimed, on an undated article', tags: tag('neutral', 0, { topics: [] }) },
	{ key: 'c17', article: 'a1', author: 'kenji', createdAt: '2026-03-02T11:00:00Z', text: 'not tagged yet', tags: null },
	{ key: 'c18', article: 'a1', author: 'bot1', createdAt: '2026-03-02T12:00:00Z', text: 'Copy paste campaign text', tags: tag('negative', -0.5), cluster: 0 },
	{ key: 'c19', article: 'a1', author: 'bot2', createdAt: '2026-03-02T12:00:30Z', text: 'Copy paste campaign text!', tags: tag('negative', -0.5), cluster: 0 },
	{ key: 'c20', article: 'a3', author: 'alice', createdAt: '2026-03-05T09:00:00Z', text: LONG_TEXT, tags: tag('negative', -0.1, { topics: ['Letters'] }) }
];

export interface HostileDb {
	db: DB;
	path: string;
	/** Database ids by key. */
	articleId: Map<string, number>;
	commentId: Map<string, number>;
	clusterIds: number[];
	close(): void;
}

export function buildHostileDb(): HostileDb {
	const dir = mkdtempSync(join(tmpdir(), 'murmur-export-'));
	const path = join(dir, 'hostile.db');
	const db = openForWrite(path);
	const w = new CorpusWriter(db, { namespace: 'hostile', path: 'hostile', format: 'test', contentHash: 'h1' });
	w.writeBatch([
		...ARTICLES.map((a, i) => ({
			kind: 'article' as const,
			at: `a:${i}`,
			article: { externalId: a.key, url: a.url, title: a.title, publishedAt: a.publishedAt, section: a.section }
		})),
		...COMMENTS.map((c, i) => ({
			kind: 'comment' as const,
			at: `c:${i}`,
			comment: {
				articleExternalId: c.article,
				externalId: c.key,
				parentExternalId: c.parent ?? null,
				authorHandle: c.author,
				text: c.text,
				createdAt: c.createdAt,
				status: c.status ?? 'visible'
			}
		}))
	]);
	w.finish();
	const articleId = new Map((db.prepare('SELECT external_id, id FROM articles').all() as { external_id: string; id: number }[]).map((r) => [r.external_id, r.id]));
	const commentId = new Map((db.prepare('SELECT external_id, id FROM comments').all() as { external_id: string; id: number }[]).map((r) => [r.external_id, r.id]));
	insertTags(
		db,
		COMMENTS.filter((c) => c.tags).map((c) => {
			const t = c.tags!;
			const analysis: Analysis = {
				lang: t.lang,
				sentiment: { score: t.score ?? 0, label: t.label, evidence: [] },
				emoji: t.emoji.map(([emoji, count]) => ({ emoji, name: emoji, count })),
				stance: { target: t.target, label: t.stance, confidence: 0.5, evidence: [] },
				topics: t.topics
			};
			return { commentId: commentId.get(c.key)!, analysis, nlpVersion: c.key === 'c20' ? 'test-2' : 'test-1' };
		})
	);
	const clusterIds = insertFlagClusters(db, [
		{ method: 'near-duplicate', commentIds: COMMENTS.filter((c) => c.cluster === 0).map((c) => commentId.get(c.key)!), similarity: 0.95 }
	]);
	return {
		db,
		path,
		articleId,
		commentId,
		clusterIds,
		close() {
			if (db.open) db.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/**
 * For route tests: builds the hostile database before the file's tests and points MURMUR_DB (what
 * the routes open) at it, restoring both after. Returns a getter, as the database exists only then.
 */
export function serveHostileDb(): () => HostileDb {
	let h: HostileDb;
	let saved: string | undefined;
	beforeAll(() => {
		h = buildHostileDb();
		saved = process.env.MURMUR_DB;
		process.env.MURMUR_DB = h.path;
	});
	afterAll(() => {
		if (saved === undefined) delete process.env.MURMUR_DB;
		else process.env.MURMUR_DB = saved;
		h.close();
	});
	return () => h;
}
