// Loads evaluation corpora into a throwaway database through the same writer `murmur ingest`
// uses, so the evaluation measures what the dashboard's "flagged" filter will see.
import { openForWrite, type DB } from '../src/lib/server/db/open';
import { CorpusWriter } from '../src/lib/server/db/write';
import type { IngestItem } from '../src/lib/types';
import type { StoryInput } from '../src/lib/coordination/detector';
import { syntheticHandle } from './coordinationCorpus';

const iso = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 19) + 'Z';

export function loadItems(items: Iterable<IngestItem>, namespace: string, db: DB = openForWrite(':memory:')): DB {
	const writer = new CorpusWriter(db, { namespace, path: `${namespace}:eval`, format: 'eval', contentHash: namespace });
	let batch: IngestItem[] = [];
	for (const item of items) {
		batch.push(item);
		if (batch.length === 5000) {
			writer.writeBatch(batch);
			batch = [];
		}
	}
	writer.writeBatch(batch);
	writer.finish();
	return db;
}

/** Synthetic stories as ingest items: article "s<id>", comment "<id>", author handles made up. */
export function* storyItems(stories: StoryInput[]): Generator<IngestItem> {
	for (const s of stories) {
		const article = `s${s.articleId}`;
		yield { kind: 'article', article: { externalId: article, title: `Story ${s.articleId}`, publishedAt: iso(s.published) }, at: article };
		for (const c of s.comments)
			yield {
				kind: 'comment',
				comment: { articleExternalId: article, externalId: String(c.id), authorHandle: c.author === null ? null : syntheticHandle(c.author), text: c.text, createdAt: Number.isFinite(c.time) ? iso(c.time) : null },
				at: `${article}/${c.id}`
			};
	}
}

/** The truth table of a synthetic corpus keyed like flaggedCommentKeys(): "s<article>/<comment>". */
export function storyTruth(stories: StoryInput[], truth: Map<number, number>): Map<string, string> {
	const out = new Map<string, string>();
	for (const s of stories) for (const c of s.comments) if (truth.has(c.id)) out.set(`s${s.articleId}/${c.id}`, `campaign-${truth.get(c.id)}`);
	return out;
}
