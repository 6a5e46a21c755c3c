// Looking at the start of a stream (magic bytes, a charset, a format) without losing it for the
// reader that comes after.

/** Reads chunks until at least `n` units (bytes or characters) are seen; `chunks` replays them all. */
export async function peekChunks<T extends { length: number }>(
	chunks: AsyncIterable<T>,
	n: number
): Promise<{ seen: T[]; chunks: AsyncIterable<T> }> {
	const it = chunks[Symbol.asyncIterator]();
	const seen: T[] = [];
	let size = 0;
	let done = false;
	while (size < n) {
		const r = await it.next();
		if (r.done) {
			done = true;
			break;
		}
		seen.push(r.value);
		size += r.value.length;
	}
	async function* replay() {
		yield* seen;
		if (!done) for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
	}
	return { seen, chunks: replay() };
}
