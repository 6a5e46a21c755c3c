// Bytes to text. The charset comes from a BOM, a declared encoding (XML declaration, HTML meta),
// or the bytes themselves (UTF-16 zero patterns, valid UTF-8); anything else is read as
// windows-1252, the usual culprit, and the guess is reported rather than hidden.
import iconv from 'iconv-lite';

export interface Charset {
	encoding: string;
	/** How it was chosen, for the file's report: "BOM", "declared", "detected". */
	why: string;
	/** True when the choice is a guess the user should hear about. */
	guessed: boolean;
}

/** True if `bytes` is valid UTF-8, allowing a sequence cut off at the very end. */
export function isUtf8(bytes: Uint8Array): boolean {
	let i = 0;
	const n = bytes.length;
	while (i < n) {
		const b = bytes[i];
		if (b < 0x80) {
			i++;
			continue;
		}
		const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
		if (!len) return false;
		for (let k = 1; k < len; k++) {
			if (i + k >= n) return true;
			if ((bytes[i + k] & 0xc0) !== 0x80) return false;
		}
		i += len;
	}
	return true;
}

const DECLARED = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;
const META = /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i;

export function sniffCharset(head: Uint8Array): Charset {
	if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', why: 'BOM', guessed: false };
	if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', why: 'BOM', guessed: false };
	if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', why: 'BOM', guessed: false };
	if (head.length >= 2 && head[0] === 0 && head[1] !== 0) return { encoding: 'utf-16be', why: 'detected', guessed: false };
	if (head.length >= 2 && head[0] !== 0 && head[1] === 0) return { encoding: 'utf-16le', why: 'detected', guessed: false };
	const ascii = Buffer.from(head.subarray(0, 2048)).toString('latin1');
	const declared = DECLARED.exec(ascii)?.[1] ?? META.exec(ascii)?.[1];
	if (declared && iconv.encodingExists(declared)) {
		const enc = declared.toLowerCase();
		return { encoding: enc === 'utf8' ? 'utf-8' : enc, why: 'declared', guessed: false };
	}
	if (isUtf8(head)) return { encoding: 'utf-8', why: 'detected', guessed: false };
	return { encoding: 'windows-1252', why: 'not valid UTF-8, read as windows-1252', guessed: true };
}

/** Where a complete UTF-8 sequence ends in `b`, so a chunk can be decoded without splitting a character. */
function utf8Boundary(b: Uint8Array): number {
	let i = b.length - 1;
	let back = 0;
	while (i >= 0 && back < 4 && (b[i] & 0xc0) === 0x80) {
		i--;
		back++;
	}
	if (i < 0) return b.length;
	const lead = b[i];
	const len = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
	return i + len <= b.length ? b.length : i;
}

/**
 * Decodes a byte stream. `onInvalid(byteOffset)` is called once per chunk that held bytes that were
 * not valid in the charset (replaced with U+FFFD), so the report can point at them.
 */
export async function* decodeText(
	chunks: AsyncIterable<Uint8Array>,
	charset: Charset,
	onInvalid: (byteOffset: number) => void = () => {}
): AsyncIterable<string> {
	if (charset.encoding !== 'utf-8') {
		const decoder = (iconv as unknown as { getDecoder(e: string): { write(b: Buffer): string; end(): string | undefined } }).getDecoder(
			charset.encoding
		);
		for await (const chunk of chunks) yield decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
		const rest = decoder.end();
		if (rest) yield rest;
		return;
	}
	const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
	const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
	let carry: Uint8Array | null = null;
	let offset = 0;
	// Each decode() call is independent, so the BOM is stripped here, once, from the first text.
	let first = true;
	for await (const raw of chunks) {
		const chunk: Uint8Array = carry ? Buffer.concat([carry, raw]) : raw;
		const cut = utf8Boundary(chunk);
		carry = cut < chunk.length ? chunk.slice(cut) : null;
		const bytes = chunk.subarray(0, cut);
		let out: string;
		try {
			out = strict.decode(bytes);
		} catch {
			onInvalid(offset);
			out = lenient.decode(bytes);
		}
		offset += cut;
		if (first && out) {
			first = false;
			if (out.charCodeAt(0) === 0xfeff) out = out.slice(1);
		}
		if (out) yield out;
	}
	if (carry) {
		onInvalid(offset);
		yield lenient.decode(carry);
	}
}
