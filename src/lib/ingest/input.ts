// Opens one input (a file or stdin) as text: bytes are counted and hashed as they are read
// (progress and the source's content hash), decompressed by magic bytes, decoded by charset.
import { createReadStream, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { TextInput } from './items';
import { decompressed, peekBytes, type Compression } from './decompress';
import { decodeText, sniffCharset, type Charset } from './charset';
import { peekChunks } from './peek';

export interface OpenedInput extends TextInput {
	path: string;
	/** Size on disk, when known (not for stdin): progress shows an ETA then. */
	size: number | null;
	/** Modification time in epoch ms (now for stdin): pasted pages count relative times from it. */
	mtime: number;
	compression: Compression;
	charset: Charset;
	/** Raw bytes read so far (compressed size), for progress. */
	bytesRead(): number;
	/** sha1 of the raw bytes; complete once the text has been read to the end. */
	contentHash(): string;
	/** Byte offsets where undecodable bytes were replaced (reported as warnings). */
	invalidAt: number[];
	/** Stops reading (the rest of the input is not needed, e.g. a worker reads it instead). */
	close(): void;
}

const HEAD_CHARS = 65536;

/** Splits off the first `n` characters of a text stream without losing them. */
async function peekText(chunks: AsyncIterable<string>, n: number): Promise<{ head: string; chunks: AsyncIterable<string> }> {
	const p = await peekChunks(chunks, n);
	return { head: p.seen.join('').slice(0, n), chunks: p.chunks };
}

/** `path` "-" is stdin. `name` is what positions show (the file's base name by default). */
export async function openInput(
	path: string,
	stdin: NodeJS.ReadableStream = process.stdin,
	name?: string,
	onChunk?: () => void
): Promise<OpenedInput> {
	const isStdin = path === '-';
	const stat = isStdin ? null : statSync(path);
	const file = isStdin ? null : createReadStream(path, { highWaterMark: 1 << 20 });
	const raw: AsyncIterable<Uint8Array> = file ?? (stdin as AsyncIterable<Uint8Array>);
	const sha = createHash('sha1');
	let bytes = 0;
	let digest: string | null = null;
	async function* counted() {
		for await (const chunk of raw) {
			const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
			bytes += b.length;
			sha.update(b);
			onChunk?.();
			yield b;
		}
		digest = sha.digest('base64url');
	}
	const { compression, chunks: plain } = await decompressed(counted());
	const { head: headBytes, chunks: bytesAgain } = await peekBytes(plain, 65536);
	const charset = sniffCharset(headBytes);
	const invalidAt: number[] = [];
	const text = decodeText(bytesAgain, charset, (offset) => invalidAt.push(offset));
	const { head, chunks } = await peekText(text, HEAD_CHARS);
	return {
		path,
		name: name ?? (isStdin ? 'stdin' : basename(path)),
		head,
		chunks,
		size: stat ? stat.size : null,
		mtime: stat ? stat.mtimeMs : Date.now(),
		compression,
		charset,
		invalidAt,
		bytesRead: () => bytes,
		contentHash: () => digest ?? sha.copy().digest('base64url'),
		close: () => file?.destroy()
	};
}
