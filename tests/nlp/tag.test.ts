import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openForWrite, type DB } from '../../src/lib/server/db/open';
import { CorpusWriter } from '../../src/lib/server/db/write';
import { addTarget } from '../../src/lib/server/db/targets';
import { tagCorpus } from '../../src/lib/tagging/run';
import { NLP_VERSION } from '../../src/lib/nlp/analyze';
import type { IngestItem } from '../../src/lib/types';

const BODY =
	'The meeting between Steve Whitkoff and Vladimir Putin has come to an end. Putin’s aide Yuriy Ushakov attended. ' +
	'According to the Kremlin press service, the talks were about a possible ceasefire. Reuters said the ceasefire plan would cede regions.';

const COMMENTS = [
	'Any deal that recognizes occupied regions as Russian is unacceptable.',
	'Let’s hope these talks actually lead to a real ceasefire and not just more headlines.',
	'Putin is playing hardball as always. 🤔',
	'Hoping for a peaceful solution soon, because so many lives depend on it 🙏🌍',
	'Das ist eine schlechte Idee.',
	'Four and a half hours is a long meeting!'
];

function items(): IngestItem[] {
	const out: IngestItem[] = [
		{ kind: 'article', at: 't:1', article: { externalId: 'a1', title: 'Whitkoff meets Putin on a ceasefire', body: BODY, publishedAt: '2026-05-01T10:00:00Z' } },
		{ kind: 'article', at: 't:2', article: { externalId: 'a2', title: 'Carbon tax vote delayed', body: 'The carbon tax vote in parliament was delayed again on Tuesday.', publishedAt: '2026-05-01T11:00:00Z' } }
	];
	COMMENTS.forEach((text, i) =>
		out.push({ kind: 'comment', at: `t:c${i}`, comment: { articleExternalId: 'a1', externalId: `c${i}`, authorHandle: `u${i}`, text, createdAt: `2026-05-01T12:0${i}:00Z` } })
	);
	out.push({ kind: 'comment', at: 't:c9', comment: { articleExternalId: 'a2', externalId: 'c9', authorHandle: 'u9', text: 'Axe the tax!', createdAt: '2026-05-01T12:09:00Z' } });
	return out;
}

let dir: string;
let db: DB;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'murmur-tag-test-'));
	db = openForWrite(join(dir, 't.db'));
	const w = new CorpusWriter(db, { namespace: 'test', path: 'fixture', format: 'test', contentHash: 'x' });
	w.writeBatch(items());
	w.finish();
	addTarget(db, 'Ceasefire deal', ['ceasefire', 'truce', 'deal']);
});

afterEach(() => {
	db.close();
	rmSync(dir, { recursive: true, force: true });
});

const at = (t: string) => () => `2026-05-02T${t}Z`;
type TagRow = { comment_id: number; nlp_version: string; lang: string; sentiment_label: string; stance_target: string | null; stance_label: string; tagged_at: string };
const tags = () => db.prepare(`SELECT comment_id, nlp_version, lang, sentiment_label, stance_target, stance_label, tagged_at FROM comment_tags ORDER BY comment_id`).all() as TagRow[];
const ids = () => (db.prepare(`SELECT id FROM comments ORDER BY id`).all() as { id: number }[]).map((r) => r.id);

describe('murmur tag', () => {
	it('tags every comment and finds article topics in one pass', async () => {
		const s = await tagCorpus(db, { workers: 0, now: at('08:00:00') });
		expect(s).toMatchObject({ version: NLP_VERSION, articles: 2, comments: 7, forced: null });
		expect(tags().map((t) => [t.lang, t.sentiment_label, t.stance_target, t.stance_label])).toEqual([
			['en', 'negative', 'Ceasefire deal', 'against'],
			['en', 'positive', 'Ceasefire deal', 'favor'],
			['en', 'neutral', 'Ceasefire deal', 'none'],
			['en', 'positive', 'Ceasefire deal', 'none'],
			['de', 'unscored', 'Ceasefire deal', 'none'],
			['en', 'neutral', 'Ceasefire deal', 'none'],
			['en', 'negative', 'carbon tax vote', 'against']
		]);
		const [first] = ids();
		const emoji = db.prepare(`SELECT emoji, name, count FROM comment_emoji WHERE comment_id = ? ORDER BY emoji`).all(first + 3);
		expect(emoji).toEqual([
			{ emoji: '🌍', name: 'globe showing Europe-Africa', count: 1 },
			{ emoji: '🙏', name: 'folded hands', count: 1 }
		]);
		const topics = (id: number) =>
			(db.prepare(`SELECT t.name FROM comment_topics ct JOIN topics t ON t.id = ct.topic_id WHERE ct.comment_id = ? ORDER BY t.name`).all(id) as { name: string }[]).map((r) => r.name);
		// "Putin" in the comment, plus the article's three heaviest topics.
		expect(topics(first + 2)).toEqual(['Steve Whitkoff', 'Vladimir Putin', 'ceasefire']);
		const article = db.prepare(`SELECT main_topic, target, nlp_version FROM article_nlp ORDER BY article_id`).all();
		expect(article).toEqual([
			{ main_topic: 'Vladimir Putin', target: 'Ceasefire deal', nlp_version: NLP_VERSION },
			{ main_topic: 'carbon tax vote', target: null, nlp_version: NLP_VERSION }
		]);
	});

	it('re-tags only stale rows: older analyser version or edited comment', async () => {
		await tagCorpus(db, { workers: 0, now: at('08:00:00') });
		const [a, b, c] = ids();
		db.prepare(`UPDATE comment_tags SET nlp_version = '0.0.1' WHERE comment_id IN (?, ?)`).run(a, b);
		const s = await tagCorpus(db, { workers: 0, now: at('09:00:00') });
		expect(s.comments).toBe(2);
		expect(s.articles).toBe(0);
		expect(tags().filter((t) => t.tagged_at.startsWith('2026-05-02T09')).map((t) => t.comment_id)).toEqual([a, b]);
		expect(new Set(tags().map((t) => t.nlp_version))).toEqual(new Set([NLP_VERSION]));

		expect((await tagCorpus(db, { workers: 0 })).comments).toBe(0);

		db.prepare(`UPDATE comments SET text = 'The truce is a betrayal.', content_hash = 'edited' WHERE id = ?`).run(c);
		expect((await tagCorpus(db, { workers: 0 })).comments).toBe(1);
		expect(tags().find((t) => t.comment_id === c)?.stance_label).toBe('against');
	});

	it('re-tags everything when the targets change, and resumes an interrupted forced pass', async () => {
		await tagCorpus(db, { workers: 0 });
		addTarget(db, 'Carbon tax', ['carbon tax', 'tax']);
		const s = await tagCorpus(db, { workers: 0, now: at('10:00:00') });
		expect(s).toMatchObject({ comments: 7, articles: 2, forced: 'stance targets changed' });
		expect(tags().at(-1)?.stance_target).toBe('Carbon tax');

		// A forced pass killed after its first batch left its cursor behind.
		const all = ids();
		db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('tagging.force_after', ?)`).run(String(all[4]));
		const resumed = await tagCorpus(db, { workers: 0, now: at('11:00:00') });
		expect(resumed).toMatchObject({ comments: 2, forced: 'resuming an interrupted forced pass' });
		expect((await tagCorpus(db, { workers: 0 })).comments).toBe(0);
	});

	it('writes the same rows from worker threads into an untagged corpus as this thread does', async () => {
		const all = () => ({
			tags: db.prepare(`SELECT * FROM comment_tags ORDER BY comment_id`).all(),
			topics: db.prepare(`SELECT * FROM comment_topics ORDER BY comment_id, topic_id`).all(),
			emoji: db.prepare(`SELECT * FROM comment_emoji ORDER BY comment_id, emoji`).all()
		});
		await tagCorpus(db, { workers: 0, now: at('08:00:00') });
		const inline = all();
		db.exec(`DELETE FROM comment_tags; DELETE FROM comment_topics; DELETE FROM comment_emoji`);
		const s = await tagCorpus(db, { workers: 2, batchSize: 2, now: at('08:00:00') });
		expect(s.comments).toBe(7);
		expect(all()).toEqual(inline);
	}, 60_000);

	it('gives the same tags from worker threads as in this thread', async () => {
		await tagCorpus(db, { workers: 0, now: at('08:00:00') });
		const inline = tags();
		const s = await tagCorpus(db, { workers: 2, batchSize: 3, force: true, now: at('08:00:00') });
		expect(s.comments).toBe(7);
		expect(tags()).toEqual(inline);
	}, 60_000);
});
