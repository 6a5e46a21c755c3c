import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openForWrite, type DB } from '../../src/lib/server/db/open';
import { CorpusWriter } from '../../src/lib/server/db/write';
import { commentTagWriter, TopicIds, type CommentTagRow } from '../../src/lib/server/db/tagging';
import { WriteLock } from '../../src/lib/tagging/writeLock';
import type { IngestItem } from '../../src/lib/types';

let dir: string;
let db: DB;
let ids: number[];

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'murmur-writer-test-'));
	db = openForWrite(join(dir, 't.db'));
	const items: IngestItem[] = [{ kind: 'article', at: 't:1', article: { externalId: 'a1', title: 'T', body: 'B', publishedAt: '2026-05-01T10:00:00Z' } }];
	for (let i = 0; i < 3000; i++)
		items.push({ kind: 'comment', at: `t:c${i}`, comment: { articleExternalId: 'a1', externalId: `c${i}`, authorHandle: `u${i % 7}`, text: `comment ${i}`, createdAt: '2026-05-01T12:00:00Z' } });
	const w = new CorpusWriter(db, { namespace: 'test', path: 'fixture', format: 'test', contentHash: 'x' });
	w.writeBatch(items);
	w.finish();
	ids = (db.prepare(`SELECT id FROM comments ORDER BY id`).all() as { id: number }[]).map((r) => r.id);
});

afterEach(() => {
	db.close();
	rmSync(dir, { recursive: true, force: true });
});

function row(id: number, tagged: boolean, variant = 0): CommentTagRow {
	return {
		id,
		contentHash: `h${id}`,
		tagged,
		lang: 'en',
		score: variant ? -0.5 : 0.5,
		label: variant ? 'negative' : 'positive',
		sentimentEvidence: JSON.stringify([{ token: variant ? 'bad' : 'good', weight: variant ? -1.9 : 1.9, start: 0, end: 4 }]),
		stanceTarget: 'Ceasefire deal',
		stanceLabel: 'favor',
		stanceConfidence: 0.7,
		stanceEvidence: '[]',
		emoji: id % 2 ? [['🙏', 'folded hands', variant ? 2 : 1]] : [],
		topics: variant ? ['ceasefire'] : ['ceasefire', 'Vladimir Putin']
	};
}

const stored = (id: number) => ({
	tag: db.prepare(`SELECT nlp_version, sentiment_label, sentiment_evidence, tagged_at, content_hash FROM comment_tags WHERE comment_id = ?`).get(id),
	topics: (db.prepare(`SELECT t.name FROM comment_topics ct JOIN topics t ON t.id = ct.topic_id WHERE ct.comment_id = ? ORDER BY t.name`).all(id) as { name: string }[]).map((r) => r.name),
	emoji: db.prepare(`SELECT emoji, name, count FROM comment_emoji WHERE comment_id = ?`).all(id)
});

describe('comment tag writer', () => {
	it('rewrites only the comments whose tags changed; the others get the new version and time', () => {
		const v1 = commentTagWriter(db, 'v1', new TopicIds(db));
		v1.write(ids.slice(0, 100).map((id) => row(id, false)), '2026-05-02T08:00:00Z');
		db.exec(`CREATE TEMP TABLE rewrites (what TEXT);
			CREATE TEMP TRIGGER t1 AFTER DELETE ON comment_topics BEGIN INSERT INTO rewrites VALUES ('topics'); END;
			CREATE TEMP TRIGGER t2 AFTER DELETE ON comment_emoji BEGIN INSERT INTO rewrites VALUES ('emoji'); END;`);

		const v2 = commentTagWriter(db, 'v2', new TopicIds(db));
		const changed = new Set([ids[3], ids[4]]);
		v2.write(ids.slice(0, 100).map((id) => row(id, true, changed.has(id) ? 1 : 0)), '2026-05-02T09:00:00Z');

		expect(stored(ids[0])).toEqual({
			tag: { nlp_version: 'v2', sentiment_label: 'positive', sentiment_evidence: row(ids[0], true).sentimentEvidence, tagged_at: '2026-05-02T09:00:00Z', content_hash: `h${ids[0]}` },
			topics: ['Vladimir Putin', 'ceasefire'],
			emoji: ids[0] % 2 ? [{ emoji: '🙏', name: 'folded hands', count: 1 }] : []
		});
		expect(stored(ids[3])).toEqual({
			tag: { nlp_version: 'v2', sentiment_label: 'negative', sentiment_evidence: row(ids[3], true, 1).sentimentEvidence, tagged_at: '2026-05-02T09:00:00Z', content_hash: `h${ids[3]}` },
			topics: ['ceasefire'],
			emoji: ids[3] % 2 ? [{ emoji: '🙏', name: 'folded hands', count: 2 }] : []
		});
		// Two comments changed: their topics were deleted (and their emoji, where they had any).
		const rewrites = db.prepare(`SELECT what, count(*) AS n FROM rewrites GROUP BY what ORDER BY what`).all();
		expect(rewrites).toEqual([...(ids[3] % 2 || ids[4] % 2 ? [{ what: 'emoji', n: 1 }] : []), { what: 'topics', n: 4 }]);
	});

	it('rewrites re-tagged comments spread over a wide range without reading the range', () => {
		const w = commentTagWriter(db, 'v1', new TopicIds(db));
		const spread = [ids[0], ids[1500], ids[2999]];
		w.write(spread.map((id) => row(id, false)), '2026-05-02T08:00:00Z');
		w.write(spread.map((id) => row(id, true, 1)), '2026-05-02T09:00:00Z');
		for (const id of spread) expect(stored(id).topics).toEqual(['ceasefire']);
		expect(db.prepare(`SELECT count(*) AS n FROM comment_topics`).get()).toEqual({ n: 3 });
	});

	it('writes several batches in one transaction, each with its own time', () => {
		const w = commentTagWriter(db, 'v1', new TopicIds(db));
		w.writeAll([
			{ rows: [row(ids[0], false)], now: '2026-05-02T08:00:00Z' },
			{ rows: [row(ids[1], false)], now: '2026-05-02T08:00:05Z' }
		]);
		expect([stored(ids[0]).tag, stored(ids[1]).tag].map((t) => (t as { tagged_at: string }).tagged_at)).toEqual(['2026-05-02T08:00:00Z', '2026-05-02T08:00:05Z']);
	});
});

describe('write lock', () => {
	it('is held by one at a time and free again once released', () => {
		const memory = WriteLock.memory();
		const a = new WriteLock(memory);
		const b = new WriteLock(memory);
		expect(a.tryAcquire()).toBe(true);
		expect(b.tryAcquire()).toBe(false);
		a.release();
		expect(b.tryAcquire()).toBe(true);
		b.release();
		a.acquire();
		expect(b.tryAcquire()).toBe(false);
		a.release();
	});
});
