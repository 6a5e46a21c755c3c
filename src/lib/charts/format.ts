// Number formats from the design: thousands separators, SI for large counts,
// sentiment to two decimals, percentages without decimals unless under 10%.
import { format } from 'd3-format';

const int = format(',');
const si = format('.2~s');
const signed2 = format('+.2f');
const pct0 = format('.0%');
const pct1 = format('.1%');

/** 1234 -> "1,234". */
export function formatCount(n: number): string {
	return int(Math.round(n));
}

/** Axis/compact counts: 1234 -> "1.2k", 2300000 -> "2.3M"; small numbers stay exact. */
export function formatCompact(n: number): string {
	if (Math.abs(n) < 1000) return int(Math.round(n));
	return si(n);
}

/** Mean sentiment in -1..1: "+0.12", "−0.30" (true minus sign), "–" when unknown. */
export function formatSentiment(s: number | null | undefined): string {
	if (s == null || !Number.isFinite(s)) return '–';
	const v = Math.abs(s) < 0.005 ? 0 : s;
	return signed2(v).replace('-', '−');
}

/** A share 0..1: "42%", "7.5%", "0%". */
export function formatShare(p: number | null | undefined): string {
	if (p == null || !Number.isFinite(p)) return '–';
	if (p === 0) return '0%';
	return Math.abs(p) < 0.1 ? pct1(p) : pct0(p);
}

/** Change against a previous value as "▲ 12%" / "▼ 3.0%" / "no change"; null when not comparable. */
export function formatChange(current: number, previous: number | null | undefined): string | null {
	if (previous == null || !Number.isFinite(previous) || previous === 0) return null;
	const r = (current - previous) / Math.abs(previous);
	if (Math.abs(r) < 0.005) return 'no change';
	return `${r > 0 ? '▲' : '▼'} ${formatShare(Math.abs(r))}`;
}

/** Difference of two sentiments as "▲ +0.05" style text. */
export function formatSentimentChange(current: number | null, previous: number | null | undefined): string | null {
	if (current == null || previous == null) return null;
	const d = current - previous;
	if (Math.abs(d) < 0.005) return 'no change';
	return `${d > 0 ? '▲' : '▼'} ${formatSentiment(d)}`;
}
