// .gz and .zst inputs are decompressed on the fly, recognised by their magic bytes rather than the
// name, so "export.json" that is really gzip still reads, and "x.gz" that is plain text is not mangled.
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { Decompress } from 'fzstd';
import { peekChunks } from './peek';

export type Compression = 'gzip' | 'zstd' | 'none';

export function compressionOf(head: Uint8Array): Compression {
	if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
	if (head.length >= 4 && head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return 'zstd';
	return 'none';
}

/** Reads the first `n` bytes (or fewer at the end of input) without losing them for the consumer. */
export async function peekBytes(
	chunks: AsyncIterable<Uint8Array>,
	n: number
): Promise<{ head: Uint8Array; chunks: AsyncIterable<Uint8Array> }> {
	const p = await peekChunks(chunks, n);
	return { head: Buffer.concat(p.seen).subarray(0, n), chunks: p.chunks };
}

async function* gunzip(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
	const z = createGunzip({ chunkSize: 1 << 20 });
	const src = Readable.from(chunks, { objectMode: false });
	src.on('error', (e) => z.destroy(e));
	src.pipe(z);
	yield* z as AsyncIterable<Buffer>;
}

async function* unzstd(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
	let out: Uint8Array[] = [];
	const d = new Decompress((data) => {
		out.push(data);
	});
	for await (const chunk of chunks) {
		d.push(chunk);
		if (out.length) {
			yield* out;
			out = [];
		}
	}
	d.push(new Uint8Array(0), true);
	yield* out;
}

/** The decompressed bytes of a stream whose compression is read from its first bytes. */
export async function decompressed(chunks: AsyncIterable<Uint8Array>): Promise<{ compression: Compression; chunks: AsyncIterable<Uint8Array> }> {
	const peeked = await peekBytes(chunks, 4);
	const compression = compressionOf(peeked.head);
	if (compression === 'gzip') return { compression, chunks: gunzip(peeked.chunks) };
	if (compression === 'zstd') return { compression, chunks: unzstd(peeked.chunks) };
	return { compression, chunks: peeked.chunks };
}
