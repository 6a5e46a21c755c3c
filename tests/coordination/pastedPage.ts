import { readFileSync } from 'node:fs';

/** The comments of the pasted news page fixture: number, username, text (the page's own order). */
export function pastedPageComments(): { n: number; author: string; text: string }[] {
	const page = readFileSync(new URL('../fixtures/coordination/pasted-page.txt', import.meta.url), 'utf8');
	const out: { n: number; author: string; text: string }[] = [];
	const re = /^ {2}(\d+)\. (.+)\n\n([\s\S]*?)\n\n {4}Reply$/gm;
	for (let m; (m = re.exec(page)); ) out.push({ n: Number(m[1]), author: m[2].trim(), text: m[3].trim() });
	return out;
}
