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
