// Word-order-aware similarity for templates: the longest common subsequence of two word runs.
// Templates keep their word order while paraphrasing around it, which a bag of words ignores.

let row = new Int32Array(64);

/** Length of the longest common subsequence of a and b. */
export function lcsLength(a: ArrayLike<number>, b: ArrayLike<number>): number {
	const m = b.length;
	if (row.length < 2 * (m + 1)) row = new Int32Array(2 * (m + 1));
	let prev = 0,
		cur = m + 1;
	row.fill(0, 0, 2 * (m + 1));
	for (let i = 0; i < a.length; i++) {
		const x = a[i];
		for (let j = 1; j <= m; j++) {
			row[cur + j] = x === b[j - 1] ? row[prev + j - 1] + 1 : Math.max(row[prev + j], row[cur + j - 1]);
		}
		[prev, cur] = [cur, prev];
	}
	return row[prev + m];
}

/**
 * The common subsequence itself, as runs of positions in `a`: [[0,4],[5,6],...] (end exclusive),
 * (a run breaks where either side skipped words),
 * so the shared phrase can be shown as "this situation feels so … tense … and it's hard to see".
 */
export function lcsRuns(a: ArrayLike<number>, b: ArrayLike<number>): [number, number][] {
	const n = a.length,
		m = b.length;
	const t = new Int32Array((n + 1) * (m + 1));
	for (let i = n - 1; i >= 0; i--)
		for (let j = m - 1; j >= 0; j--)
			t[i * (m + 1) + j] = a[i] === b[j] ? t[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(t[(i + 1) * (m + 1) + j], t[i * (m + 1) + j + 1]);
	const runs: [number, number][] = [];
	let i = 0,
		j = 0,
		nextJ = -1;
	while (i < n && j < m) {
		if (a[i] === b[j]) {
			// a run continues only when neither side skipped a word since the last match
			const last = runs[runs.length - 1];
			if (last && last[1] === i && nextJ === j) last[1] = i + 1;
			else runs.push([i, i + 1]);
			i++;
			j++;
			nextJ = j;
		} else if (t[(i + 1) * (m + 1) + j] >= t[i * (m + 1) + j + 1]) i++;
		else j++;
	}
	return runs;
}

/** Dice coefficient on the LCS: 2·|LCS| / (|a| + |b|), in [0, 1]. */
export function lcsDice(a: ArrayLike<number>, b: ArrayLike<number>): number {
	const total = a.length + b.length;
	return total === 0 ? 1 : (2 * lcsLength(a, b)) / total;
}
