// kill -9 during a large first `murmur tag`, which writes the tag tables without their secondary
// indexes (tagIndexes.ts): the database must pass its integrity check, the next writer must
// rebuild the indexes, and the next run must end with exactly the tags of an uninterrupted one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openForWrite } from '../../src/lib/server/db/open';
import { CorpusWriter } from '../../src/lib/server/db/write';
import { addTarget } from '../../src/lib/server/db/targets';
import { tagCorpus } from '../../src/lib/tagging/run';
import { mulberry32 } from '../../src/lib/mulberry32';
import type { IngestItem } from '../../src/lib/types';

/** Above tagIndexes.ts's threshold, so the CLI's first tag suspends the indexes. */
const COMMENTS = 24_000;
const MURMUR = fileURLToPath(new URL('../../bin/murmur.js', import.meta.url));
const PARTS = [
	['The ceasefire deal', 'Putin', 'This truce', 'The carbon tax', 'The envoy', 'Honestly the Kremlin'],
	['is a disaster', 'might actually work', 'is not acceptable', 'gives me hope', 'is VERY worrying', 'is not that bad'],
	['.', '!!!', ' 😡', ' 🙏🌍', ' :)', '? Who knew.']
];

let dir: string;
let corpus: string;

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'murmur-tagidx-crash-'));
	corpus = join(dir, 'corpus.db');
	const db = openForWrite(corpus);
	const r = mulberry32(7);
	const pick = (a: string[]) => a[Math.floor(r() * a.length)];
	const items: IngestItem[] = [];
	for (let a = 0; a < 4; a++)
		items.push({ kind: 'article', at: `t:${a}`, article: { externalId: `a${a}`, title: `Envoy meets Putin on a ceasefire (${a})`, body: 'Vladimir Putin met the envoy in Moscow. The Kremlin said the ceasefire talks went well.', publishedAt: '2026-05-01T10:00:00Z' } });
	for (let i = 0; i < COMMENTS; i++)
		items.push({ kind: 'comment', at: `t:c${i}`, comment: { articleExternalId: `a${i % 4}`, externalId: `c${i}`, authorHandle: `u${i % 97}`, text: `${pick(PARTS[0])} ${pick(PARTS[1])}${pick(PARTS[2])} #${i}`, createdAt: '2026-05-01T12:00:00Z' } });
	const w = new CorpusWriter(db, { namespace: 'test', path: 'fixture', format: 'test', contentHash: 'x' });
	w.writeBatch(items);
	w.finish();
	addTarget(db, 'Ceasefire deal', ['ceasefire', 'truce', 'deal']);
	db.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// comment_tags_score, comment_topics_topic, comment_emoji_emoji (migration 011 dropped four unused ones).
const TAG_INDEXES = 3;
function state(path: string) {
	const db = new Database(path, { readonly: true });
	try {
		return {
			tagged: (db.prepare(`SELECT count(*) AS n FROM comment_tags`).get() as { n: number }).n,
			indexes: (db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('comment_tags','comment_topics','comment_emoji') AND sql IS NOT NULL`).get() as { n: number }).n,
			suspended: !!db.prepare(`SELECT 1 FROM meta WHERE key = 'suspended_tag_indexes'`).get(),
			integrity: db.pragma('integrity_check', { simple: true })
		};
	} finally {
		db.close();
	}
}

function rows(path: string) {
	const db = new Database(path, { readonly: true });
	try {
		return {
			tags: db.prepare(`SELECT comment_id, nlp_version, lang, sentiment_score, sentiment_label, sentiment_evidence, stance_target, stance_label, stance_confidence, stance_evidence, content_hash FROM comment_tags ORDER BY comment_id`).all(),
			topics: db.prepare(`SELECT * FROM comment_topics ORDER BY comment_id, topic_id`).all(),
			emoji: db.prepare(`SELECT * FROM comment_emoji ORDER BY comment_id, emoji`).all()
		};
	} finally {
		db.close();
	}
}

/** Runs `murmur tag` and kills it (SIGKILL) once some comments are tagged. */
function tagAndKill(path: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [MURMUR, '--db', path, 'tag', '--quiet', '--no-coordination', '--batch', '500'], { stdio: 'ignore' });
		const poll = setInterval(() => {
			try {
				if (state(path).tagged > 0) child.kill('SIGKILL');
			} catch {
				// The database may be mid-checkpoint; look again.
			}
		}, 25);
		child.on('exit', () => {
			clearInterval(poll);
			resolve();
		});
		child.on('error', reject);
	});
}

describe('kill -9 during a first tag with the indexes suspended', () => {
	it('leaves a sound database whose indexes the next writer rebuilds, and the rerun ends like an uninterrupted run', async () => {
		const ref = join(dir, 'ref.db');
		copyFileSync(corpus, ref);
		const refDb = openForWrite(ref);
		await tagCorpus(refDb, { workers: 2 });
		refDb.close();
		const expected = rows(ref);
		expect(expected.tags.length).toBe(COMMENTS);

		const killed = join(dir, 'killed.db');
		copyFileSync(corpus, killed);
		await tagAndKill(killed);
		const after = state(killed);
		console.log(`killed at ${after.tagged}/${COMMENTS} tagged, indexes ${after.indexes}, suspended ${after.suspended}`);
		expect(after.integrity).toBe('ok');
		// Killed midway (the usual case): the tables are partly written and unindexed.
		if (after.tagged < COMMENTS) expect(after).toMatchObject({ suspended: true, indexes: 0 });

		const db = openForWrite(killed);
		expect(state(killed)).toMatchObject({ suspended: false, indexes: TAG_INDEXES, integrity: 'ok' });
		await tagCorpus(db, { workers: 2 });
		db.close();
		expect(state(killed)).toMatchObject({ suspended: false, indexes: TAG_INDEXES, tagged: COMMENTS });
		expect(rows(killed)).toEqual(expected);
	}, 120_000);
});
