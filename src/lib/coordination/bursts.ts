import { expectedShare, type AgeProfile } from './ageProfile';

// A burst: a window of `windowSeconds` on one story holding at least `minComments` comments and
// at least `factor` times what the story would get in that window if it followed the typical
// age profile (or, past the profile's horizon, its own pace in the surrounding hours).

export interface BurstOptions {
	windowSeconds: number;
	minComments: number;
	factor: number;
	/** Hours either side used for the story's own pace, when the profile has nothing to say. */
	contextSeconds: number;
}

export const BURST_DEFAULTS: BurstOptions = { windowSeconds: 600, minComments: 10, factor: 4, contextSeconds: 3 * 3600 };

export interface StoryTimeline {
	/** Caller ids, times (Unix seconds) and author keys of the story's comments with a time. */
	ids: number[];
	times: number[];
	authors: number[];
	/** Publication time (Unix seconds); NaN when unknown, then the first comment stands in. */
	published: number;
}

export interface Burst {
	start: number;
	end: number;
	comments: number;
	authors: number;
	/** Comments in the burst whose author's first comment anywhere falls inside it. */
	newAuthorComments: number;
	newAuthors: number;
	expected: number;
	ratio: number;
	members: number[];
	newMembers: number[];
}

export function findBursts(
	story: StoryTimeline,
	profile: AgeProfile,
	firstSeen: (author: number) => number,
	opts: BurstOptions = BURST_DEFAULTS
): Burst[] {
	const n = story.times.length;
	if (n < opts.minComments) return [];
	const order = story.times.map((_, i) => i).sort((a, b) => story.times[a] - story.times[b] || a - b);
	const t = order.map((i) => story.times[i]);
	const origin = Number.isFinite(story.published) ? Math.min(story.published, t[0]) : t[0];
	const W = opts.windowSeconds;

	// Windows start at each comment; qualifying windows that overlap merge into one burst.
	const spans: { from: number; to: number; expected: number; ratio: number }[] = [];
	let hi = 0,
		ctxLo = 0,
		ctxHi = 0;
	for (let i = 0; i < n; i++) {
		while (hi < n && t[hi] < t[i] + W) hi++;
		const obs = hi - i;
		if (obs < opts.minComments) continue;
		let expected: number;
		const p = expectedShare(profile, t[i] - origin, W);
		if (p > 0) expected = ((n - obs) * p) / Math.max(1e-9, 1 - p);
		else {
			while (t[ctxLo] < t[i] - opts.contextSeconds) ctxLo++;
			while (ctxHi < n && t[ctxHi] < t[i] + W + opts.contextSeconds) ctxHi++;
			const span = Math.min(t[i] + W + opts.contextSeconds, t[n - 1]) - Math.max(t[i] - opts.contextSeconds, t[0]) - W;
			expected = ((ctxHi - ctxLo - obs) * W) / Math.max(W, span);
		}
		expected = Math.max(1, expected);
		const ratio = obs / expected;
		if (ratio < opts.factor) continue;
		const last = spans[spans.length - 1];
		if (last && i <= last.to) {
			last.to = Math.max(last.to, hi);
			if (ratio > last.ratio) Object.assign(last, { expected, ratio });
		} else spans.push({ from: i, to: hi, expected, ratio });
	}

	return spans.map(({ from, to, expected, ratio }) => {
		const start = t[from],
			end = t[to - 1];
		const members: number[] = [],
			newMembers: number[] = [];
		const authors = new Set<number>(),
			fresh = new Set<number>();
		for (let k = from; k < to; k++) {
			const i = order[k];
			const a = story.authors[i];
			members.push(story.ids[i]);
			if (a < 0) continue;
			authors.add(a);
			const seen = firstSeen(a);
			if (seen >= start && seen <= end) {
				fresh.add(a);
				newMembers.push(story.ids[i]);
			}
		}
		return {
			start,
			end,
			comments: members.length,
			authors: authors.size,
			newAuthorComments: newMembers.length,
			newAuthors: fresh.size,
			expected,
			ratio,
			members,
			newMembers
		};
	});
}
