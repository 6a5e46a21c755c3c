// HTML (or HTML-ish) comment bodies to plain text with paragraphs kept.
// Exports carry HTML in CDATA (Disqus), WordPress-style text with raw newlines (WXR) or entities
// in plain text (CSV scraped from pages): all become text where paragraphs are separated by a
// blank line and nothing else is markup.

export const HTML_ENTITIES: Record<string, string> = {
	amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '',
	hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
	laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', bull: '•', middot: '·', deg: '°', plusmn: '±', times: '×', divide: '÷',
	copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶',
	iexcl: '¡', iquest: '¿', frac12: '½', frac14: '¼', frac34: '¾', prime: '′', Prime: '″', dagger: '†', Dagger: '‡',
	larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', hearts: '♥', zwj: '\u200d', zwnj: '\u200c', ensp: '\u2002',
	emsp: '\u2003', thinsp: '\u2009', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß',
	eacute: 'é', egrave: 'è', ecirc: 'ê', aacute: 'á', agrave: 'à', acirc: 'â', iacute: 'í', oacute: 'ó', uacute: 'ú',
	ntilde: 'ñ', ccedil: 'ç', Eacute: 'É', aring: 'å', oslash: 'ø', aelig: 'æ'
};

/** Decodes HTML character references; unknown names are left as written. */
export function decodeEntities(s: string): string {
	if (!s.includes('&')) return s;
	return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, ref: string) => {
		if (ref[0] === '#') {
			const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
			// Lone surrogates and out-of-range code points cannot be stored as valid text.
			if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
			return String.fromCodePoint(code);
		}
		return HTML_ENTITIES[ref] ?? whole;
	});
}

const BLOCK = new Set([
	'p', 'div', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'section', 'article',
	'header', 'footer', 'figure', 'hr', 'dl'
]);
const LINE = new Set(['br', 'li', 'tr', 'dt', 'dd', 'figcaption']);
const DROP = new Set(['script', 'style', 'head', 'template', 'noscript']);

export interface HtmlToTextOptions {
	/**
	 * 'keep': newlines in the source are line breaks (WordPress stores comments this way and adds
	 * <p> only on display). 'collapse': newlines are plain whitespace, as in real HTML (Disqus).
	 */
	newlines?: 'keep' | 'collapse';
}

const TAG = /<!--[\s\S]*?(?:-->|$)|<\/?([a-zA-Z][a-zA-Z0-9:-]*)(?:\s[^>]*)?\/?>/g;

/** Plain text with paragraphs kept: blocks become blank-line separated, <br> a newline. */
export function htmlToText(input: string, options: HtmlToTextOptions = {}): string {
	const keep = (options.newlines ?? 'collapse') === 'keep';
	// CDATA markers that survive into the text (double-wrapped exports) only wrap more HTML.
	const html = input.includes('<![CDATA[') ? input.replace(/<!\[CDATA\[|\]\]>/g, '') : input;
	if (!html.includes('<')) return tidy(decodeEntities(html), keep);
	let out = '';
	let last = 0;
	let dropping: string | null = null;
	TAG.lastIndex = 0;
	for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
		if (!dropping) out += flow(html.slice(last, m.index), keep);
		last = TAG.lastIndex;
		const name = m[1]?.toLowerCase();
		if (!name) continue;
		const closing = m[0][1] === '/';
		if (dropping) {
			if (closing && name === dropping) dropping = null;
			continue;
		}
		if (DROP.has(name) && !closing && !m[0].endsWith('/>')) dropping = name;
		else if (BLOCK.has(name)) out += '\u0000\u0000';
		else if (LINE.has(name)) out += name === 'br' || !closing ? '\u0000' : '';
	}
	if (!dropping) out += flow(html.slice(last), keep);
	return tidy(out, keep, true);
}

/** Text between tags: entities decoded, newlines kept as breaks (marked \0) or collapsed. */
function flow(text: string, keep: boolean): string {
	const t = decodeEntities(text);
	return keep ? t.replace(/\r\n?/g, '\n').replace(/\n/g, '\u0000') : t.replace(/\s+/g, ' ');
}

/**
 * Final shape: lines trimmed, runs of breaks become one newline (line break) or one blank line
 * (paragraph), no leading or trailing space. \0 marks breaks produced from markup.
 */
function tidy(s: string, keep: boolean, marked = false): string {
	let t = marked ? s : keep ? s.replace(/\r\n?/g, '\n').replace(/\n/g, '\u0000') : s.replace(/\s+/g, ' ');
	t = t.replace(/\u00a0/g, ' ');
	const lines = t.split('\u0000').map((l) => l.replace(/[ \t\f\v]+/g, ' ').trim());
	let out = '';
	let blank = 0;
	for (const line of lines) {
		if (!line) {
			blank++;
			continue;
		}
		if (out) out += blank > 0 ? '\n\n' : '\n';
		out += line;
		blank = 0;
	}
	return out;
}

const LOOKS_HTML = /<(p|br|div|a|b|i|em|strong|span|blockquote|ul|ol|li|img|code|pre)\b[^>]*\/?>/i;

/**
 * Text that may or may not be HTML (CSV cells, Coral bodies): converted only when it contains real
 * tags, so "a<b" in a plain comment survives. Plain text keeps its own newlines.
 */
export function textFromMaybeHtml(s: string): string {
	if (LOOKS_HTML.test(s)) return htmlToText(s, { newlines: 'keep' });
	return s.replace(/\r\n?/g, '\n').trim();
}
