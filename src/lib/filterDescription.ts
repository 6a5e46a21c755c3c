// The human face of a Filters object: the sentence shown above the charts and stored in export
// sidecars. Deterministic (no locale, no clock) so it can be cited and tested.
import type { Filters } from './filters';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const LANGUAGES: Record<string, string> = {
	en: 'English', de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', pt: 'Portuguese', nl: 'Dutch',
	ru: 'Russian', uk: 'Ukrainian', pl: 'Polish', cs: 'Czech', sv: 'Swedish', da: 'Danish', no: 'Norwegian',
	nb: 'Norwegian', fi: 'Finnish', tr: 'Turkish', ar: 'Arabic', he: 'Hebrew', fa: 'Persian', hi: 'Hindi',
	zh: 'Chinese', ja: 'Japanese', ko: 'Korean', el: 'Greek', ro: 'Romanian', hu: 'Hungarian', und: 'an unknown language'
};

/** 2314 -> "2,314", independent of the runtime's locale. */
export function formatCount(n: number): string {
	return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "2026-05-01" -> "1 May 2026"; a full time adds "12:30 UTC". */
export function formatFilterDate(d: string): string {
	const [y, m, day] = d.slice(0, 10).split('-').map(Number);
	const date = `${day} ${MONTHS[m - 1]} ${y}`;
	return d.length === 10 ? date : `${date} ${d.slice(11, 16)} UTC`;
}

/** "a", "a or b", "a, b or c" */
function either(xs: string[]): string {
	return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`;
}

const quoted = (s: string) => `'${s}'`;

function articlesPhrase(ids: number[], titles: Record<number, string> | undefined): string {
	if (ids.length > 3) return `on ${ids.length} articles`;
	return 'on ' + either(ids.map((id) => (titles?.[id] ? quoted(titles[id]) : `article ${id}`)));
}

function datePhrase(from?: string, to?: string): string | null {
	if (from && to) return `from ${formatFilterDate(from)} to ${formatFilterDate(to)}`;
	if (from) return `since ${formatFilterDate(from)}`;
	if (to) return `until ${formatFilterDate(to)}`;
	return null;
}

/**
 * "2,314 comments on 'Ceasefire talks' since 1 May 2026, negative sentiment".
 * `count` is the number of comments the filters select, when known; `articles` maps ids to titles.
 */
export function describeFilters(f: Filters, ctx: { count?: number; articles?: Record<number, string> } = {}): string {
	const head =
		ctx.count === undefined ? 'All comments' : ctx.count === 1 ? '1 comment' : `${formatCount(ctx.count)} comments`;
	const scope: string[] = [];
	if (f.article.length) scope.push(articlesPhrase(f.article, ctx.articles));
	if (f.topic.length) scope.push(`about ${either(f.topic)}`);
	if (f.author.length) scope.push(`by ${either(f.author)}`);
	if (f.lang.length) scope.push(`in ${either(f.lang.map((l) => LANGUAGES[l] ?? l))}`);
	const dates = datePhrase(f.from, f.to);
	if (dates) scope.push(dates);

	const qualities: string[] = [];
	if (f.sentiment.length) qualities.push(`${either(f.sentiment)} sentiment`);
	if (f.stance.length || f.target.length) {
		const toward = f.target.length ? ` toward ${either(f.target.map(quoted))}` : '';
		qualities.push(f.stance.length ? `${either(f.stance)}${toward}` : `any stance${toward}`);
	}
	if (f.emoji.length) qualities.push(`with ${either(f.emoji)}`);
	if (f.q) qualities.push(`matching "${f.q}"`);
	if (f.flagged === 'exclude') qualities.push('excluding flagged duplicates');
	if (f.flagged === 'only') qualities.push('only flagged duplicates');

	const sentence = [head, ...scope].join(' ');
	return qualities.length ? `${sentence}, ${qualities.join(', ')}` : sentence;
}
