// A horizontal 100% stacked bar: sentiment or stance split of one set of comments.

export interface SplitPart {
	key: string;
	label: string;
	cls: string;
	count: number;
}

export interface SplitSegment extends SplitPart {
	x: number;
	width: number;
	share: number;
	/** Whether the segment is wide enough to carry its percentage inside it. */
	labelled: boolean;
}

export function splitBar(parts: SplitPart[], width: number, minLabelWidth = 34): { n: number; segments: SplitSegment[] } {
	const n = parts.reduce((s, p) => s + Math.max(0, p.count), 0);
	let x = 0;
	const segments = parts.map((p) => {
		const share = n ? Math.max(0, p.count) / n : 0;
		const w = share * width;
		const seg = { ...p, x, width: w, share, labelled: w >= minLabelWidth };
		x += w;
		return seg;
	});
	return { n, segments };
}
