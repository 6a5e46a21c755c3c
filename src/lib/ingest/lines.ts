// Line splitting for the line formats (NDJSON, Reddit dumps): a callback per line, not an async
// iterator per line, because an await per record costs more than parsing the record.

/**
 * Calls `fn(line, lineNumber)` for every line (1-based), without its \n or \r\n. A line longer
 * than a chunk is gathered as parts and joined once, so a 50 MB line costs one copy, not fifty.
 */
export async function eachLine(chunks: AsyncIterable<string>, fn: (line: string, no: number) => void): Promise<void> {
	let parts: string[] = [];
	let no = 0;
	const emit = (line: string) => fn(line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line, ++no);
	for await (const chunk of chunks) {
		let nl = chunk.indexOf('\n');
		if (nl === -1) {
			if (chunk) parts.push(chunk);
			continue;
		}
		emit(parts.length ? parts.join('') + chunk.slice(0, nl) : chunk.slice(0, nl));
		parts = [];
		let start = nl + 1;
		for (nl = chunk.indexOf('\n', start); nl !== -1; nl = chunk.indexOf('\n', start)) {
			emit(chunk.slice(start, nl));
			start = nl + 1;
		}
		if (start < chunk.length) parts.push(chunk.slice(start));
	}
	if (parts.length) emit(parts.join(''));
}

/** The whole text of a small document (pages); refuses inputs that are not small. */
export async function readAll(chunks: AsyncIterable<string>, name: string, limit = 64 * 1024 * 1024): Promise<string> {
	let out = '';
	for await (const chunk of chunks) {
		out += chunk;
		if (out.length > limit) throw new Error(`${name}: larger than ${limit / 1024 / 1024} MB; not a pasted page`);
	}
	return out;
}
