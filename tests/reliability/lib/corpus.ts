// A small seeded corpus for the reliability suite, written in the formats whose layout the
// issues fix (CSV with a header, Reddit/Pushshift NDJSON). Independent of the demo generator on
// purpose: a crash test must not change when the demo corpus is retuned.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mulberry32 } from '../../../src/lib/mulberry32';

export interface GenArticle {
	id: string;
	title: string;
	url: string;
	publishedAt: string;
}
export interface GenComment {
	id: string;
	articleId: string;
	parentId: string | null;
	author: string;
	createdAt: string;
	text: string;
}

const WORDS = (
	'ceasefire talks deal sovereignty peace Kremlin Kyiv Washington summit envoy territory ' +
	'great terrible hope doubt never not very really honestly agree disagree sanctions grain ' +
	'corridor negotiations trust history people leaders future war border election'
).split(' ');
// Text that breaks naive code: quotes, separators, newlines, emoji sequences, right-to-left script.
const SPICE = ['"quoted"', 'a,b', 'semi;colon', 'tab\there', 'line\nbreak', '🌍🤝🕊️', '👍🏽', '🇺🇦', 'שלום', 'مرحبا', "it's", '=SUM(A1)', '\\backslash', '1️⃣'];

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** `comments` comments over roughly comments/200 articles; 40% are replies to an earlier comment. */
export function generateCorpus(comments: number, seed = 1): { articles: GenArticle[]; comments: GenComment[] } {
	const rnd = mulberry32(seed);
	const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
	const nArticles = Math.max(1, Math.ceil(comments / 200));
	const t0 = Date.UTC(2026, 2, 1);
	const articles: GenArticle[] = Array.from({ length: nArticles }, (_, i) => ({
		id: `art-${i}`,
		title: `Story ${i}: ${pick(WORDS)} and ${pick(WORDS)}`,
		url: `https://news.example/story/${i}`,
		publishedAt: iso(t0 + i * 3_600_000)
	}));
	const out: GenComment[] = [];
	const perArticle = new Map<string, string[]>();
	for (let i = 0; i < comments; i++) {
		const a = articles[Math.floor(rnd() * nArticles)];
		const earlier = perArticle.get(a.id) ?? [];
		const words = Array.from({ length: 4 + Math.floor(rnd() * 20) }, () => (rnd() < 0.08 ? pick(SPICE) : pick(WORDS)));
		const c: GenComment = {
			id: `c${i}`,
			articleId: a.id,
			parentId: earlier.length && rnd() < 0.4 ? earlier[Math.floor(rnd() * earlier.length)] : null,
			author: `user_${Math.floor(rnd() * Math.max(10, comments / 20))}`,
			createdAt: iso(Date.parse(a.publishedAt) + Math.floor(rnd() * 172_800) * 1000),
			text: words.join(' ')
		};
		earlier.push(c.id);
		perArticle.set(a.id, earlier);
		out.push(c);
	}
	return { articles, comments: out };
}

const csvCell = (v: string | null) => (v === null ? '' : /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
	const ws = createWriteStream(path);
	for (const line of lines) if (!ws.write(line)) await once(ws, 'drain');
	ws.end();
	await once(ws, 'finish');
}

/** CSV with the column names issue 3 auto-maps (id, article_id, title, parent_id, author, date, text). */
export function writeCsv(path: string, corpus: ReturnType<typeof generateCorpus>): Promise<void> {
	const titles = new Map(corpus.articles.map((a) => [a.id, a.title]));
	function* lines() {
		yield 'id,article_id,title,parent_id,author,date,text\n';
		for (const c of corpus.comments)
			yield [c.id, c.articleId, titles.get(c.articleId)!, c.parentId, c.author, c.createdAt, c.text].map(csvCell).join(',') + '\n';
	}
	return writeLines(path, lines());
}

/** Reddit/Pushshift comment NDJSON (RC_ files): link_id is the article, parent_id the thread. */
export function writeRedditComments(path: string, corpus: ReturnType<typeof generateCorpus>): Promise<void> {
	function* lines() {
		for (const c of corpus.comments)
			yield JSON.stringify({
				id: c.id,
				link_id: `t3_${c.articleId}`,
				parent_id: c.parentId ? `t1_${c.parentId}` : `t3_${c.articleId}`,
				author: c.author,
				body: c.text,
				created_utc: Date.parse(c.createdAt) / 1000,
				subreddit: 'worldnews',
				score: 1
			}) + '\n';
	}
	return writeLines(path, lines());
}
