// A large tagged corpus for the export benchmark, from a fixed seed: written with CorpusWriter and
// direct tag inserts, so the benchmark does not depend on `murmur demo` or `murmur tag`.
// Texts are shaped like the ones that make exports work: ~250 characters, commas and quotes
// (CSV quoting), some line breaks, emoji, right-to-left text and formula-looking openings.
import { openForWrite } from '../src/lib/server/db/open';
import { CorpusWriter } from '../src/lib/server/db/write';
import { insertFlagClusters, insertTags, type DirectTag } from '../src/lib/server/db/directTags';
import type { Analysis, IngestItem, SentimentLabel, StanceLabel } from '../src/lib/types';
import { mulberry32 } from '../src/lib/mulberry32';

const WORDS = ('the talks government minister deal ceasefire people week vote budget plan news report says would could never ' +
	'always think really agree disagree shame great terrible hope peace war city council tax health school police ' +
	'climate energy prices housing rent jobs economy election party leader court ruling').split(' ');
const EXTRAS = [', and yet', '. "Really?"', ', honestly,', '!\nSecond line', ' — مرحبا بالعالم', ' 👍', ' 😡😡', ' 🕊️', ' 🇺🇦', ' 😂'];
const OPENINGS = ['=', '+', '-', '@'];
const TOPICS = Array.from({ length: 60 }, (_, i) => `Topic ${i + 1}`);

/** Writes `total` tagged comments on total/500 articles into a fresh database at `path`. */
export function generateExportCorpus(path: string, total: number, seed = 7): void {
	const rnd = mulberry32(seed);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
	const db = openForWrite(path);
	if ((db.prepare('SELECT count(*) FROM comments').pluck().get() as number) > 0) throw new Error(`${path} is not empty`);
	const writer = new CorpusWriter(db, { namespace: 'bench', path: 'bench', format: 'generated', contentHash: `seed-${seed}-${total}` });
	const perArticle = 500;
	const articles = Math.max(1, Math.ceil(total / perArticle));
	const start = Date.parse('2026-01-01T00:00:00Z');
	let nextId = 1;
	const flagged: number[] = [];
	for (let a = 0; a < articles; a++) {
		const published = start + a * 3_600_000 * 2;
		const topics = [pick(TOPICS), pick(TOPICS)];
		const items: IngestItem[] = [
			{ kind: 'article', at: `a${a}`, article: { externalId: `a${a}`, url: `https://news.example/${a}`, title: `Story number ${a}: "${pick(WORDS)}", ${pick(WORDS)}`, publishedAt: iso(published), section: pick(['World', 'Politics', 'Sport']) } }
		];
		const tags: DirectTag[] = [];
		const n = Math.min(perArticle, total - a * perArticle);
		for (let k = 0; k < n; k++) {
			let text = (rnd() < 0.01 ? pick(OPENINGS) : '') + Array.from({ length: 20 + Math.floor(rnd() * 40) }, () => pick(WORDS)).join(' ');
			if (rnd() < 0.5) text += pick(EXTRAS);
			const emoji = text.match(/👍|😡|🕊️|🇺🇦|😂/gu) ?? [];
			items.push({
				kind: 'comment',
				at: `a${a}:${k}`,
				comment: {
					articleExternalId: `a${a}`,
					externalId: `c${k}`,
					parentExternalId: k > 0 && rnd() < 0.35 ? `c${Math.floor(rnd() * k)}` : null,
					authorHandle: `user${Math.floor(rnd() * 20_000)}`,
					text,
					createdAt: iso(published + Math.floor(rnd() * 72 * 3_600_000)),
					position: k
				}
			});
			const score = Math.round((rnd() * 2 - 1) * 1000) / 1000;
			const label: SentimentLabel = score > 0.05 ? 'positive' : score < -0.05 ? 'negative' : 'neutral';
			const stance: StanceLabel = pick(['favor', 'against', 'neutral', 'none']);
			const analysis: Analysis = {
				lang: rnd() < 0.9 ? 'en' : 'de',
				sentiment: { score, label, evidence: [] },
				emoji: [...new Set(emoji)].map((e) => ({ emoji: e, name: e, count: emoji.filter((x) => x === e).length })),
				stance: { target: stance === 'none' ? null : 'Ceasefire deal', label: stance, confidence: 0.6, evidence: [] },
				topics: rnd() < 0.7 ? topics : [topics[0]]
			};
			tags.push({ commentId: nextId, analysis, nlpVersion: 'bench-1', taggedAt: '2026-06-01T00:00:00Z' });
			if (rnd() < 0.01) flagged.push(nextId);
			nextId++;
		}
		writer.writeBatch(items);
		insertTags(db, tags);
	}
	writer.finish();
	const clusters = [];
	for (let i = 0; i + 5 <= flagged.length; i += 5) clusters.push({ method: 'near-duplicate' as const, commentIds: flagged.slice(i, i + 5), similarity: 0.9 });
	insertFlagClusters(db, clusters);
	db.close();
}

function iso(ms: number): string {
	return new Date(ms).toISOString().slice(0, 19) + 'Z';
}
