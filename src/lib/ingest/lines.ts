// Line splitting for the line formats (NDJSON, Reddit dumps): a callback per line, not an async
// iterator per line, because an await per record costs more than parsing the record.

/** Calls `fn(line, lineNumber)` for every line (1-based), without its \n or \r\n. */
export async function eachLine(chunks: AsyncIterable<string>, fn: (line: string, no: number) => void): Promise<void> {
	let rest = '';
	let no = 0;
	for await (const chunk of chunks) {
		let text = rest ? rest + chunk : chunk;
		let start = 0;
		for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
			const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
			fn(text.slice(start, end), ++no);
			start = nl + 1;
		}
		rest = start < text.length ? text.slice(start) : '';
		text = '';
	}
	if (rest) fn(rest.endsWith('\r') ? rest.slice(0, -1) : rest, ++no);
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
