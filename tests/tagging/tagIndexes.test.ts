// A large first tag writes the tag tables without their secondary indexes and rebuilds them at
// the end (tagIndexes.ts): the rows must come out the same as with the indexes kept, the indexes
// must all be back, and indexes a killed pass left suspended are rebuilt by the next writer.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openForWrite, type DB } from '../../src/lib/server/db/open';
import { CorpusWriter } from '../../src/lib/server/db/write';
import { addTarget } from '../../src/lib/server/db/targets';
import { tagCorpus } from '../../src/lib/tagging/run';
import { restoreAbandonedTagIndexes, restoreTagIndexes, suspendTagIndexes, worthSuspendingTagIndexes } from '../../src/lib/server/db/tagIndexes';
import type { IngestItem } from '../../src/lib/types';

const TEXTS = [
	'The ceasefire deal is a disaster 😡',
	'Putin will never accept this truce.',
	'Great reporting, thank you! 👍🏽',
	'Not bad at all, the carbon tax might actually work.',
	'Das ist eine schlechte Idee.'
];

let dir: string;
let path: string;
let db: DB;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'murmur-tagidx-test-'));
	path = join(dir, 't.db');
	db = openForWrite(path);
	const items: IngestItem[] = [
		{ kind: 'article', at: 't:1', article: { externalId: 'a1', title: 'Envoy meets Putin on a ceasefire', body: 'Vladimir Putin met the envoy. The Kremlin said the ceasefire talks went well.', publishedAt: '2026-05-01T10:00:00Z' } }
	];
	for (let i = 0; i < 60; i++)
		items.push({ kind: 'comment', at: `t:c${i}`, comment: { articleExternalId: 'a1', externalId: `c${i}`, authorHandle: `u${i % 7}`, text: `${TEXTS[i % TEXTS.length]} #${i}`, createdAt: '2026-05-01T12:00:00Z' } });
	const w = new CorpusWriter(db, { namespace: 'test', path: 'fixture', format: 'test', contentHash: 'x' });
	w.writeBatch(items);
	w.finish();
	addTarget(db, 'Ceasefire deal', ['ceasefire', 'truce', 'deal']);
});

afterEach(() => {
	db.close();
	rmSync(dir, { recursive: true, force: true });
});

const at = () => '2026-05-02T08:00:00Z';
const indexes = () =>
	(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('comment_tags','comment_topics','comment_emoji') AND sql IS NOT NULL ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
const rows = () => ({
	tags: db.prepare(`SELECT * FROM comment_tags ORDER BY comment_id`).all(),
	topics: db.prepare(`SELECT * FROM comment_topics ORDER BY comment_id, topic_id`).all(),
	emoji: db.prepare(`SELECT * FROM comment_emoji ORDER BY comment_id, emoji`).all()
});
// Migration 011 dropped the sentiment, stance, lang and target indexes (no query read them).
const EXPECTED_INDEXES = ['comment_emoji_emoji', 'comment_tags_score', 'comment_topics_topic'];

describe('tag indexes during a first tag', () => {
	it('only a first tag of enough comments suspends them', async () => {
		expect(worthSuspendingTagIndexes(db, 60)).toBe(true);
		expect(worthSuspendingTagIndexes(db, 61)).toBe(false);
		await tagCorpus(db, { workers: 0, now: at });
		expect(worthSuspendingTagIndexes(db, 1)).toBe(false);
	});

	it('writes the same rows with the indexes suspended, and rebuilds every one of them', async () => {
		await tagCorpus(db, { workers: 0, now: at, bulkIndexMin: 1_000_000 });
		const kept = rows();
		db.exec(`DELETE FROM comment_tags; DELETE FROM comment_topics; DELETE FROM comment_emoji`);
		const during = new Set<string>();
		const s = await tagCorpus(db, { workers: 2, batchSize: 7, now: at, bulkIndexMin: 10, onProgress: (p) => p.phase === 'comments' && during.add(indexes().join()) });
		expect(s.comments).toBe(60);
		expect([...during]).toEqual(['']);
		expect(rows()).toEqual(kept);
		expect(indexes()).toEqual(EXPECTED_INDEXES);
		expect(db.prepare(`SELECT value FROM meta WHERE key = 'suspended_tag_indexes'`).get()).toBeUndefined();
		expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
	}, 60_000);

	it('rebuilds the indexes a killed pass left suspended when the database is next opened for writing', () => {
		expect(suspendTagIndexes(db)).toBe(true);
		expect(indexes()).toEqual([]);
		// As a killed process would have left it: suspended by a pid that no longer runs.
		const held = JSON.parse((db.prepare(`SELECT value FROM meta WHERE key = 'suspended_tag_indexes'`).get() as { value: string }).value);
		db.prepare(`UPDATE meta SET value = ? WHERE key = 'suspended_tag_indexes'`).run(JSON.stringify({ ...held, pid: 2 ** 22 + 12345 }));
		db.close();
		db = openForWrite(path);
		expect(indexes()).toEqual(EXPECTED_INDEXES);
		expect(restoreAbandonedTagIndexes(db)).toBe(0);
	});

	it('rebuilds with its small sort cache and gives the connection its own settings back', () => {
		db.pragma('cache_size = -12345');
		db.pragma('threads = 1');
		const temp = db.pragma('temp_store', { simple: true });
		expect(suspendTagIndexes(db)).toBe(true);
		expect(restoreTagIndexes(db)).toBe(EXPECTED_INDEXES.length);
		expect(indexes()).toEqual(EXPECTED_INDEXES);
		expect([db.pragma('cache_size', { simple: true }), db.pragma('threads', { simple: true }), db.pragma('temp_store', { simple: true })]).toEqual([-12345, 1, temp]);
	});

	it('leaves the indexes of a live process alone', () => {
		expect(suspendTagIndexes(db)).toBe(true);
		expect(restoreAbandonedTagIndexes(db)).toBe(0);
		expect(indexes()).toEqual([]);
	});
});
