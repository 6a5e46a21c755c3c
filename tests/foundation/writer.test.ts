import { describe, expect, it } from 'vitest';
import { openForWrite } from '../../src/lib/server/db/open';
import { CorpusWriter } from '../../src/lib/server/db/write';
import { corpusStats } from '../../src/lib/server/db/stats';
import type { IngestItem } from '../../src/lib/types';

const source = { namespace: 'test', path: 'fixture', format: 'json', contentHash: 'h' };
const comment = (id: string, extra: Record<string, unknown> = {}): IngestItem => ({
	kind: 'comment',
	at: `fixture:${id}`,
	comment: { articleExternalId: 'a1', externalId: id, text: `text of ${id}`, authorHandle: `user-${id}`, createdAt: null, ...extra }
});
const article: IngestItem = {
	kind: 'article',
	at: 'fixture:a1',
	article: { externalId: 'a1', title: 'Ceasefire talks', publishedAt: '2026-05-01T10:00:00Z' }
};

function write(db: ReturnType<typeof openForWrite>, items: IngestItem[]) {
	const w = new CorpusWriter(db, source);
	w.writeBatch(items);
	return w.finish();
}

describe('CorpusWriter', () => {
	it('resolves replies that arrive before their parents and before their article', () => {
		const db = openForWrite(':memory:');
		write(db, [
			comment('c3', { parentExternalId: 'c2' }),
			comment('c2', { parentExternalId: 'c1' }),
			comment('c1', { createdAt: '2026-05-01T11:00:00Z' }),
			article
		]);
		const rows = db
			.prepare(`SELECT external_id AS id, depth, (SELECT external_id FROM comments r WHERE r.id = c.thread_root_id) AS root, effective_at FROM comments c ORDER BY external_id`)
			.all();
		expect(rows).toEqual([
			{ id: 'c1', depth: 0, root: 'c1', effective_at: '2026-05-01T11:00:00Z' },
			{ id: 'c2', depth: 1, root: 'c1', effective_at: '2026-05-01T10:00:00Z' },
			{ id: 'c3', depth: 2, root: 'c1', effective_at: '2026-05-01T10:00:00Z' }
		]);
	});

	it('adds nothing on a rerun and updates only what changed', () => {
		const db = openForWrite(':memory:');
		const items = [article, comment('c1'), comment('c2', { parentExternalId: 'c1' })];
		expect(write(db, items)).toEqual({ added: 3, updated: 0, unchanged: 0, rejected: 0 });
		const before = corpusStats(db);
		expect(write(db, items)).toEqual({ added: 0, updated: 0, unchanged: 3, rejected: 0 });
		expect(corpusStats(db)).toEqual(before);
		const edited = [article, comment('c1', { text: 'edited text' }), comment('c2', { parentExternalId: 'c1' }), comment('c4')];
		expect(write(db, edited)).toEqual({ added: 1, updated: 1, unchanged: 2, rejected: 0 });
		expect(corpusStats(db).comments).toBe(3);
	});

	it('keeps the full-text index in step with new and edited comments', () => {
		const db = openForWrite(':memory:');
		write(db, [article, comment('c1', { text: 'the truce holds' })]);
		write(db, [comment('c1', { text: 'the ceasefire collapsed' }), comment('c2', { text: 'ceasefire now' })]);
		const match = (q: string) =>
			db.prepare(`SELECT c.external_id AS id FROM comments_fts f JOIN comments c ON c.id = f.rowid WHERE comments_fts MATCH ? ORDER BY id`).all(q);
		expect(match('ceasefire')).toEqual([{ id: 'c1' }, { id: 'c2' }]);
		expect(match('truce')).toEqual([]);
	});

	it('counts rejects without writing them', () => {
		const db = openForWrite(':memory:');
		expect(write(db, [article, { kind: 'reject', at: 'f:3', reason: 'no text' }]).rejected).toBe(1);
		expect(corpusStats(db)).toEqual({ articles: 1, comments: 0, authors: 0, tagged: 0 });
	});

	it('stores hostile text verbatim through bound parameters', () => {
		const db = openForWrite(':memory:');
		const evil = `'); DROP TABLE comments; -- <script>alert(1)</script> =cmd|' /C calc'!A0`;
		write(db, [article, comment('c1', { text: evil, authorHandle: "Robert'); DROP TABLE authors;--" })]);
		expect(db.prepare(`SELECT text FROM comments`).get()).toEqual({ text: evil });
		expect(corpusStats(db).authors).toBe(1);
	});
});
