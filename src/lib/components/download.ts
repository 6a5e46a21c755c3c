// Downloads of what a chart shows: its SVG (with the theme's colours baked in, since the CSS
// variables do not travel with the file), a PNG drawn from that SVG, and its data as CSV.

const STYLE_PROPS = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'text-anchor',
	'dominant-baseline',
	'visibility'
];

/** A standalone copy of an SVG element with computed styles inlined. */
export function serializeSvg(svg: SVGSVGElement): { text: string; width: number; height: number } {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const src = [svg, ...svg.querySelectorAll('*')];
	const dst = [clone, ...clone.querySelectorAll('*')];
	src.forEach((el, i) => {
		const cs = getComputedStyle(el);
		const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
		(dst[i] as SVGElement).setAttribute('style', style);
		dst[i].removeAttribute('class');
		dst[i].removeAttribute('tabindex');
	});
	const box = svg.viewBox.baseVal;
	const width = box?.width || svg.clientWidth || 800;
	const height = box?.height || svg.clientHeight || 400;
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	// A background so the file reads the same outside the page.
	const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
	bg.setAttribute('width', '100%');
	bg.setAttribute('height', '100%');
	bg.setAttribute('fill', backgroundBehind(svg));
	clone.insertBefore(bg, clone.firstChild);
	return { text: new XMLSerializer().serializeToString(clone), width, height };
}

/** The colour the chart is drawn on: the first ancestor with a background of its own. */
function backgroundBehind(el: Element): string {
	for (let e: Element | null = el; e; e = e.parentElement) {
		const c = getComputedStyle(e).backgroundColor;
		if (c && c !== 'transparent' && c !== 'rgba(0, 0, 0, 0)') return c;
	}
	return '#ffffff';
}

export function saveBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadSvg(svg: SVGSVGElement, filename: string): void {
	const { text } = serializeSvg(svg);
	saveBlob(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), `${filename}.svg`);
}

export async function svgToPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
	const { text, width, height } = serializeSvg(svg);
	const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = new Image();
		await new Promise<void>((resolve, reject) => {
			img.onload = () => resolve();
			img.onerror = () => reject(new Error('could not draw the chart as an image'));
			img.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('no canvas available');
		ctx.scale(scale, scale);
		ctx.drawImage(img, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

export async function downloadPng(svg: SVGSVGElement, filename: string): Promise<void> {
	saveBlob(await svgToPngBlob(svg), `${filename}.png`);
}

export function downloadText(text: string, filename: string, type: string): void {
	// A BOM so that Excel opens UTF-8 (emoji, accents) correctly.
	saveBlob(new Blob(['\ufeff' + text], { type }), filename);
}
