// Keyboard navigation inside a chart: the chart is one tab stop, arrows move between marks.

/** The next active index after a key press, or undefined when the key is not ours. */
export function nextIndex(key: string, current: number | null, length: number, page = 10): number | undefined {
	if (length === 0) return undefined;
	const c = current ?? -1;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return Math.min(length - 1, c + 1);
		case 'ArrowLeft':
		case 'ArrowUp':
			return current == null ? length - 1 : Math.max(0, c - 1);
		case 'PageDown':
			return Math.min(length - 1, c + page);
		case 'PageUp':
			return Math.max(0, (current ?? length) - page);
		case 'Home':
			return 0;
		case 'End':
			return length - 1;
		default:
			return undefined;
	}
}

/**
 * A chart's arrow-key handler: the new active index (the key is then consumed), or the current
 * one when the key is not a navigation key.
 */
export function arrowNav(e: KeyboardEvent, active: number | null, length: number, page?: number): number | null {
	const n = nextIndex(e.key, active, length, page);
	if (n === undefined) return active;
	e.preventDefault();
	return n;
}

/** The pointer's x in the SVG's own coordinates (the SVG scales with its container). */
export function localX(e: PointerEvent, svg: Element, width: number): number {
	const box = svg.getBoundingClientRect();
	return ((e.clientX - box.left) / box.width) * width;
}

/** The index of the mark whose x is nearest to px, or null when there are none. */
export function nearestIndex(xs: readonly number[], px: number): number | null {
	let best: number | null = null;
	let dist = Infinity;
	xs.forEach((x, i) => {
		if (Math.abs(x - px) < dist) {
			dist = Math.abs(x - px);
			best = i;
		}
	});
	return best;
}
