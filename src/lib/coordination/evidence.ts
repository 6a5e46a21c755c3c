import { tokenize, wordsOf } from './tokens';
import { lcsRuns } from './lcs';
import { sentenceRange, TEMPLATE_DEFAULTS, type TemplatePart } from './templates';

/**
 * The longest run of words two texts share, for showing what a near-duplicate cluster repeats.
 * Long runs are cut to `maxWords` with an ellipsis; texts are compared on their first 400 words.
 */
export function longestSharedRun(a: string, b: string, maxWords = 24): string {
	const x = wordsOf(tokenize(a, 0, true)).slice(0, 400),
		y = wordsOf(tokenize(b, 0, true)).slice(0, 400);
	const m = y.length;
	let prev = new Int32Array(m + 1),
		cur = new Int32Array(m + 1);
	let best = 0,
		bestEnd = 0;
	for (let i = 1; i <= x.length; i++) {
		for (let j = 1; j <= m; j++) {
			cur[j] = x[i - 1] === y[j - 1] ? prev[j - 1] + 1 : 0;
			if (cur[j] > best) {
				best = cur[j];
				bestEnd = i;
			}
		}
		[prev, cur] = [cur, prev];
	}
	const run = x.slice(bestEnd - best, bestEnd);
	return run.length > maxWords ? run.slice(0, maxWords).join(' ') + ' …' : run.join(' ');
}

/**
 * What two template comments share in their opening (or closing) sentence, in order, gaps shown
 * as "…": "this situation feels so … and it's hard to see". Single stray words matched out of
 * place ("and", "the") are left out as noise unless nothing else is shared.
 */
export function templatePhrase(a: string, b: string, part: TemplatePart, maxWords = TEMPLATE_DEFAULTS.maxWords): string {
	const ta = tokenize(a, 0, true),
		tb = tokenize(b);
	const [sa, ea] = sentenceRange(ta, part, maxWords),
		[sb, eb] = sentenceRange(tb, part, maxWords);
	const words = wordsOf(ta, sa, ea);
	const runs = lcsRuns(ta.hashes.subarray(sa, ea), tb.hashes.subarray(sb, eb));
	const long = runs.filter(([s, e]) => e - s > 1);
	return (long.length ? long : runs).map(([s, e]) => words.slice(s, e).join(' ')).join(' … ');
}
