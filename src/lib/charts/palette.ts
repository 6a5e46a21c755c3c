// Category order and CSS classes. Charts never hard-code colours: they name a class whose
// fill comes from a CSS variable in app.css, so both themes and exports stay consistent.
import type { SentimentLabel, StanceLabel } from '../types';

/** Bottom-to-top reading order: negative below the axis, positive above. */
export const SENTIMENTS: SentimentLabel[] = ['negative', 'neutral', 'positive', 'unscored'];
export const STANCES: StanceLabel[] = ['favor', 'neutral', 'against', 'none'];

export const SENTIMENT_LABEL: Record<SentimentLabel, string> = {
	negative: 'Negative',
	neutral: 'Neutral',
	positive: 'Positive',
	unscored: 'Unscored (other languages)'
};

export const STANCE_LABEL: Record<StanceLabel, string> = {
	favor: 'In favour',
	neutral: 'Neutral',
	against: 'Against',
	none: 'No stance'
};

export function sentimentClass(label: SentimentLabel): string {
	return `fill-${label}`;
}

/** Stance "neutral" gets its own class so it never shares sentiment's grey. */
export function stanceClass(label: StanceLabel): string {
	return label === 'neutral' ? 'fill-stance-neutral' : `fill-${label}`;
}

export function stanceBg(label: StanceLabel): string {
	return label === 'neutral' ? 'bg-stance-neutral' : `bg-${label}`;
}

const DIVERGING = ['div-n3', 'div-n2', 'div-n1', 'div-0', 'div-p1', 'div-p2', 'div-p3'] as const;

/**
 * A score in -1..1 as one of seven diverging classes. The middle class is wide (±0.05)
 * so that near-zero means read as neutral rather than faintly coloured.
 */
export function divergingStep(score: number | null | undefined): (typeof DIVERGING)[number] | null {
	if (score == null || !Number.isFinite(score)) return null;
	const s = Math.max(-1, Math.min(1, score));
	if (Math.abs(s) < 0.05) return 'div-0';
	const k = Math.abs(s) < 0.2 ? 1 : Math.abs(s) < 0.45 ? 2 : 3;
	return DIVERGING[3 + Math.sign(s) * k];
}

export function divergingClass(score: number | null | undefined): string {
	const step = divergingStep(score);
	return step ? `fill-${step}` : 'fill-unscored';
}
