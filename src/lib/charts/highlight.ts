// Comment text split into plain and highlighted segments from the analyser's evidence offsets.
// Rendered with normal text interpolation: the segments are data, never markup.

export interface Hit {
	start?: number | null;
	end?: number | null;
	/** The token as the analyser saw it; used when offsets are missing or stale. */
	token?: string | null;
	/** Its contribution: the sign decides the highlight colour. */
	weight?: number | null;
	/** A short explanation for the tooltip ("negated", "intensified"...). */
	note?: string | null;
}

export interface Segment {
	text: string;
	hit: boolean;
	/** -1, 0 or 1 for hits; 0 for plain text. */
	sign: number;
	note: string;
}

interface Span {
	start: number;
	end: number;
	weight: number;
	note: string;
}

/** Locates a hit: trusts offsets that match the token, else searches for the token from `from`. */
function locate(text: string, h: Hit, from: number): Span | null {
	const weight = h.weight ?? 0;
	const note = h.note ?? '';
	const s = h.start;
	const e = h.end;
	if (s != null && e != null && s >= 0 && e > s && e <= text.length) {
		if (!h.token || text.slice(s, e).toLowerCase() === h.token.toLowerCase()) return { start: s, end: e, weight, note };
	}
	if (!h.token) return null;
	const i = text.toLowerCase().indexOf(h.token.toLowerCase(), from);
	const j = i >= 0 ? i : text.toLowerCase().indexOf(h.token.toLowerCase());
	return j >= 0 ? { start: j, end: j + h.token.length, weight, note } : null;
}

export function highlightSegments(text: string, hits: Hit[]): Segment[] {
	const spans: Span[] = [];
	let cursor = 0;
	for (const h of hits) {
		const sp = locate(text, h, cursor);
		if (sp) {
			spans.push(sp);
			cursor = sp.end;
		}
	}
	spans.sort((a, b) => a.start - b.start || b.end - a.end);
	const segs: Segment[] = [];
	let pos = 0;
	for (const sp of spans) {
		if (sp.end <= pos) continue; // overlaps an earlier hit
		const start = Math.max(sp.start, pos);
		if (start > pos) segs.push({ text: text.slice(pos, start), hit: false, sign: 0, note: '' });
		segs.push({ text: text.slice(start, sp.end), hit: true, sign: Math.sign(sp.weight), note: sp.note });
		pos = sp.end;
	}
	if (pos < text.length) segs.push({ text: text.slice(pos), hit: false, sign: 0, note: '' });
	return segs;
}
