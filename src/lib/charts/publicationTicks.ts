// Where articles were published, as tick positions on a time axis. Articles published within
// a couple of pixels of each other share a tick so a busy day stays readable.
export interface Publication {
	id: number;
	title: string | null;
	publishedAt: string;
}

export interface PublicationTick {
	x: number;
	articles: Publication[];
}

export function publicationTicks(
	pubs: Publication[],
	x: (d: Date) => number,
	[lo, hi]: [number, number],
	minGap = 3
): PublicationTick[] {
	const placed = pubs
		.map((p) => ({ p, px: x(new Date(p.publishedAt)) }))
		.filter(({ px }) => Number.isFinite(px) && px >= lo && px <= hi)
		.sort((a, b) => a.px - b.px);
	const out: PublicationTick[] = [];
	for (const { p, px } of placed) {
		const last = out[out.length - 1];
		if (last && px - last.x < minGap) last.articles.push(p);
		else out.push({ x: px, articles: [p] });
	}
	return out;
}
