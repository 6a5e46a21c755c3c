// A zstd frame made of raw (stored) blocks: valid Zstandard that any decoder reads, written without
// a compressor, so tests can make .zst inputs in code.
export function zstdFrame(data: Uint8Array): Uint8Array {
	const parts: number[] = [0x28, 0xb5, 0x2f, 0xfd];
	// Frame header descriptor: 4-byte content size (flag 2), single segment, no checksum, no dictionary.
	parts.push(0b10100000);
	parts.push(data.length & 0xff, (data.length >>> 8) & 0xff, (data.length >>> 16) & 0xff, (data.length >>> 24) & 0xff);
	const out: Uint8Array[] = [Uint8Array.from(parts)];
	const max = 128 * 1024;
	for (let i = 0; i < data.length || i === 0; i += max) {
		const block = data.subarray(i, i + max);
		const last = i + max >= data.length ? 1 : 0;
		const header = last | (0 << 1) | (block.length << 3);
		out.push(Uint8Array.from([header & 0xff, (header >>> 8) & 0xff, (header >>> 16) & 0xff]), block);
		if (!data.length) break;
	}
	return Buffer.concat(out);
}
