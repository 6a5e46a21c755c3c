// Shared by the ingest tests: fixture paths, parsing a string with a format, a fresh database.
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openForWrite, type DB } from '../../src/lib/server/db/open';
import { textInput, type Emit, type ParsedItem, type TextInput } from '../../src/lib/ingest/items';

export const FIXTURES = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));
export const fixture = (p: string) => join(FIXTURES, p);

/** Runs a parser over `text` and returns everything it emitted, in order. */
export async function parseWith(parse: (input: TextInput, emit: Emit) => Promise<void>, text: string, name = 'in.txt'): Promise<ParsedItem[]> {
	const items: ParsedItem[] = [];
	await parse(textInput(name, text), (i) => items.push(i));
	return items;
}

/** Items of one kind, unwrapped. */
export const comments = (items: ParsedItem[]) => items.flatMap((i) => (i.kind === 'comment' ? [i.comment] : []));
export const articles = (items: ParsedItem[]) => items.flatMap((i) => (i.kind === 'article' ? [i.article] : []));
export const rejects = (items: ParsedItem[]) => items.flatMap((i) => (i.kind === 'reject' ? [`${i.at}: ${i.reason}`] : []));

/** A database file in a fresh temp folder (so the rejects file lands there too). */
export function tempDb(): { db: DB; path: string; dir: string; close(): void } {
	const dir = mkdtempSync(join(tmpdir(), 'murmur-ingest-test-'));
	const path = join(dir, 'murmur.db');
	const db = openForWrite(path);
	return {
		db,
		path,
		dir,
		close() {
			if (db.open) db.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

export const all = <T>(db: DB, sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];
export const one = <T>(db: DB, sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;

/** A maker of fresh databases that are closed and removed after each test of the calling file. */
export function freshDbs(): () => ReturnType<typeof tempDb> {
	const dbs: ReturnType<typeof tempDb>[] = [];
	afterEach(() => dbs.splice(0).forEach((t) => t.close()));
	return () => {
		const t = tempDb();
		dbs.push(t);
		return t;
	};
}
