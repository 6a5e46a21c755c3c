import { Rng } from './prng';
import { expand, type Slots } from './phrase';
import { compiled, type CompiledSection } from './compiled';
import { GENERIC_SLOTS, CURRENCIES, money } from './vocab';
import { JOURNALISTS } from './names';
import { CORPUS_START, CORPUS_DAYS, CORPUS_END, DAY, HOUR, isoSeconds, weekday } from './time';
import type { ArticleRecord } from '../types';

// The demo's articles: spread over six months, weekday-heavy, each with a headline, a body with
// quotes from both sides, a byline and a popularity that decides how many comments it draws.

export interface ArticlePlan {
	index: number;
	externalId: string;
	section: CompiledSection;
	publishedAt: number;
	/** The two people quoted in the body; comments mention them by surname. */
	people: [string, string];
	place: string;
	author: string;
	popularity: number;
	record: ArticleRecord;
}

/** Splits `total` in proportion to `weights`, exactly (largest remainder, ties to the lower index). */
export function allocate(total: number, weights: readonly number[]): number[] {
	const sum = weights.reduce((a, b) => a + b, 0);
	const exact = weights.map((w) => (total * w) / sum);
	const out = exact.map(Math.floor);
	let left = total - out.reduce((a, b) => a + b, 0);
	const order = exact.map((e, i) => [e - Math.floor(e), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
	for (let k = 0; left > 0; k = (k + 1) % order.length, left--) out[order[k][1]]++;
	return out;
}

const HOURS = [6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 14, 14, 15, 16, 16, 17, 18, 19, 20, 21];

function publicationTime(rng: Rng): number {
	let day = rng.int(CORPUS_DAYS);
	// Fewer stories at weekends.
	const dow = new Date((CORPUS_START + day * DAY) * 1000).getUTCDay();
	if ((dow === 0 || dow === 6) && rng.chance(0.5)) day = rng.int(CORPUS_DAYS);
	const t = CORPUS_START + day * DAY + rng.pick(HOURS) * HOUR + rng.int(60) * 60 + rng.int(60);
	return Math.min(t, CORPUS_END - 3 * HOUR);
}

export function slugify(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60)
		.replace(/-$/, '');
}

function writeArticle(rng: Rng, section: CompiledSection, publishedAt: number) {
	const [p1, p2] = rng.shuffle(section.fullNames);
	const place = rng.pick(section.spec.places);
	const surname = (p: string) => p.split(' ').pop()!;
	const currency = rng.pick(CURRENCIES);
	const slots: Slots = {
		...GENERIC_SLOTS,
		MONEY: (r) => money(r, currency),
		P: () => surname(p1),
		PL: () => place,
		G: (r) => r.pick(section.spec.groups),
		X: (r) => r.pick(section.spec.things),
		T: (r) => expand(r.pick(section.refs), r, slots),
		DAY: () => weekday(publishedAt)
	};
	const title = expand(rng.pick(section.headlines), rng, slots).replace(/\.$/, '');
	// Three different facts, so a body never states the same thing twice.
	const facts = rng.shuffle(section.facts);
	let next = 0;
	const fact = () => expand(facts[next++ % facts.length], rng, slots);
	const [forP, againstP] = rng.chance(0.5) ? [p1, p2] : [p2, p1];
	const paragraphs = [
		`${fact()} ${fact()}`,
		`“${expand(rng.pick(section.quotesFor), rng, slots)},” ${forP} said${rng.chance(0.5) ? ` on ${weekday(publishedAt)}` : ' in a statement'}.`,
		fact(),
		`${rng.pick(['But', 'However,', 'Not everyone agrees.'])} ${againstP} ${rng.pick(['disagreed', 'was unconvinced', 'pushed back'])}. “${expand(rng.pick(section.quotesAgainst), rng, slots)},” ${surname(againstP)} told reporters.`
	];
	if (rng.chance(0.6)) paragraphs.push(`${rng.pick(['A decision', 'A vote', 'The final decision'])} is expected ${rng.pick(['next week', 'within a month', 'before the summer', 'after the consultation closes'])}.`);
	return { title, body: paragraphs.join('\n\n'), people: [p1, p2] as [string, string], place };
}

/** Plans the articles, sorted by publication time. Deterministic in (seed, count). */
export function planArticles(seed: string, count: number): ArticlePlan[] {
	const { sections } = compiled();
	const rng = new Rng(`${seed}/articles`);
	const perSection = allocate(count, sections.map((s) => s.spec.weight));
	const drafts: { section: CompiledSection; publishedAt: number; popularity: number; rngKey: number }[] = [];
	sections.forEach((section, si) => {
		for (let k = 0; k < perSection[si]; k++)
			drafts.push({ section, publishedAt: publicationTime(rng), popularity: Math.exp(0.8 * rng.normal()) * section.spec.engagement, rngKey: drafts.length });
	});
	drafts.sort((a, b) => a.publishedAt - b.publishedAt || a.rngKey - b.rngKey);
	const desks = new Rng(`${seed}/bylines`).shuffle(JOURNALISTS);
	return drafts.map((d, index) => {
		const rngA = new Rng(`${seed}/article/${d.rngKey}`);
		const { title, body, people, place } = writeArticle(rngA, d.section, d.publishedAt);
		// Each section has two regular writers and the odd guest byline.
		const author = rngA.chance(0.85) ? desks[(d.section.index * 2 + rngA.int(2)) % desks.length] : rngA.pick(JOURNALISTS);
		const externalId = `demo-a${String(index + 1).padStart(4, '0')}`;
		const date = isoSeconds(d.publishedAt);
		const url = `https://news.example.com/${d.section.spec.slug}/${date.slice(0, 4)}/${date.slice(5, 7)}/${date.slice(8, 10)}/${slugify(title)}-${index + 1}`;
		const record: ArticleRecord = {
			externalId,
			url,
			title,
			body,
			author,
			section: d.section.spec.name,
			tags: [d.section.spec.slug, slugify(d.section.spec.target), slugify(place.replace(/^the /, ''))],
			publishedAt: date
		};
		return { index, externalId, section: d.section, publishedAt: d.publishedAt, people, place, author, popularity: d.popularity, record };
	});
}
