// The typical shape of a story's comment stream: the share of its comments that arrive in each
// window of age since publication, averaged over stories. Bursts are measured against it, so the
// ordinary rush after publication is expected, not "unusual".

export interface AgeProfile {
	binSeconds: number;
	/** share[b]: mean share of a story's comments arriving at age [b·bin, (b+1)·bin). */
	share: Float64Array;
	/** Stories that shaped the profile. */
	stories: number;
}

/** Ages are seconds since publication; stories with fewer than `minComments` are left out. */
export function buildAgeProfile(storyAges: Iterable<ArrayLike<number>>, binSeconds: number, horizonSeconds: number, minComments = 20): AgeProfile {
	const bins = Math.ceil(horizonSeconds / binSeconds);
	const sum = new Float64Array(bins + 1); // the last bin holds everything past the horizon
	let stories = 0;
	for (const ages of storyAges) {
		if (ages.length < minComments) continue;
		stories++;
		const w = 1 / ages.length;
		for (let i = 0; i < ages.length; i++) sum[Math.min(bins, Math.max(0, Math.floor(ages[i] / binSeconds)))] += w;
	}
	const share = new Float64Array(bins + 1);
	if (stories) {
		// light smoothing: a window straddles two bins anyway
		for (let b = 0; b <= bins; b++) {
			const lo = Math.max(0, b - 1),
				hi = Math.min(bins - 1, b + 1);
			if (b === bins) share[b] = sum[b] / stories;
			else {
				let s = 0;
				for (let k = lo; k <= hi; k++) s += sum[k];
				share[b] = s / (hi - lo + 1) / stories;
			}
		}
	}
	return { binSeconds, share, stories };
}

/** Expected share of a story's comments in the window [age, age + width), width <= binSeconds. */
export function expectedShare(p: AgeProfile, age: number, width: number): number {
	const bins = p.share.length - 1;
	const b = Math.max(0, Math.floor(age / p.binSeconds));
	if (b >= bins) return 0; // past the horizon the story's own pace is the only reference
	const into = age / p.binSeconds - b;
	const w = width / p.binSeconds;
	const first = Math.min(w, 1 - into);
	return p.share[b] * first + (b + 1 < bins ? p.share[b + 1] * (w - first) : 0);
}
