// Which format a file is, from its content first and its name second, with the reason in words
// so `--format auto` can say what it chose.
import type { FormatName } from './items';
import { UnreadableInput } from './items';
import { looksLikeReddit } from './formats/reddit';
import { CSV_ALIASES, normaliseHeader } from './csvMapping';

export interface Detection {
	format: FormatName;
	why: string;
}

const CORAL_COMMENTS = ['id', 'author_id', 'story_id', 'body'];
const CORAL_STORIES = ['id', 'url', 'title', 'published_at'];
const TEXT_HEADERS = new Set(CSV_ALIASES.text);

function firstJsonLine(head: string): Record<string, unknown> | null {
	const line = head.trimStart().split('\n', 1)[0];
	try {
		const v = JSON.parse(line);
		return v && typeof v === 'object' && !Array.isArray(v) ? v : null;
	} catch {
		return null;
	}
}

function splitHeader(line: string): { cells: string[]; delimiter: string } {
	const best = ['\t', ',', ';', '|']
		.map((d) => ({ delimiter: d, cells: line.split(d).map((c) => c.trim().replace(/^"|"$/g, '')) }))
		.sort((a, b) => b.cells.length - a.cells.length)[0];
	return best;
}

/**
 * Detects the format of one file from its name and the start of its decoded text.
 * Throws UnreadableInput when the content matches nothing (binary, empty).
 */
export function detectFormat(name: string, head: string): Detection {
	const lower = name.toLowerCase().replace(/\.(gz|zst)$/, '');
	const text = head.replace(/^\ufeff/, '');
	const start = text.trimStart();
	if (!start) throw new UnreadableInput(`${name}:1`, 'empty input: nothing to ingest');
	if (/\u0000/.test(text.slice(0, 4096)) || (text.slice(0, 4096).match(/\ufffd/g)?.length ?? 0) > 8)
		throw new UnreadableInput(`${name}:1`, 'binary data, not text: cannot tell the format (use --format)');

	const xmlHead = text.slice(0, 8192);
	if (/<disqus[\s>]/.test(xmlHead)) return { format: 'disqus', why: 'content: <disqus> root element' };
	if (/<rss[\s>]/.test(xmlHead) && /wordpress\.org\/export\/1\.\d/.test(xmlHead))
		return { format: 'wxr', why: 'content: <rss> with the WordPress export namespace' };
	if (/^(.{0,3})<(\?xml|rss|!--)/s.test(start) || lower.endsWith('.xml'))
		throw new UnreadableInput(`${name}:1`, 'XML, but neither a Disqus export (<disqus>) nor a WordPress WXR export (<rss> with wp namespace)');

	if (start[0] === '[') return { format: 'json', why: 'content: a JSON array' };
	if (start[0] === '{') {
		const base = lower.split('/').pop()!;
		const first = firstJsonLine(text);
		if (first) {
			if (looksLikeReddit(first) || /^r[cs]_/.test(base))
				return { format: 'reddit', why: 'content: JSON lines with Reddit fields (link_id, subreddit, created_utc)' };
			if (!Array.isArray(first.articles) && !Array.isArray(first.comments)) return { format: 'ndjson', why: 'content: one JSON object per line' };
			return { format: 'json', why: 'content: a JSON document' };
		}
		// The first line is longer than the sniffed head (one huge record, or a minified document).
		if (!text.includes('\n') && text.length >= 65536) {
			if (/^\{\s*"(articles|comments|source|\$schema)"\s*:/.test(start)) return { format: 'json', why: 'content: a JSON document on one line' };
			if (/^r[cs]_/.test(base) || /"link_id"\s*:|"subreddit"\s*:/.test(text))
				return { format: 'reddit', why: 'content: a long JSON line with Reddit fields' };
			if (!lower.endsWith('.json')) return { format: 'ndjson', why: 'content: a JSON object on a line longer than 64 KB' };
		}
		if (/\.(ndjson|jsonl)$/.test(lower)) return { format: 'ndjson', why: `name ${lower.match(/\.\w+$/)![0]} (its first line is not a JSON object)` };
		return { format: 'json', why: 'content: a JSON document' };
	}

	// Content that is not JSON in a file named as JSON: read it as named, so its faults are reported per line.
	if (/\.(ndjson|jsonl)$/.test(lower)) return { format: 'ndjson', why: `name ${lower.match(/\.\w+$/)![0]} (the content does not start like JSON)` };
	if (lower.endsWith('.json')) return { format: 'json', why: 'name .json (the content does not start like JSON)' };

	const headerLine = start.split('\n', 1)[0].replace(/\r$/, '');
	const { cells, delimiter } = splitHeader(headerLine);
	const norm = cells.map((c) => c.toLowerCase());
	if (CORAL_COMMENTS.every((c) => norm.includes(c))) return { format: 'coral', why: 'content: Coral comments.csv header' };
	if (CORAL_STORIES.every((c) => norm.includes(c)) && /stories/.test(lower)) return { format: 'coral', why: 'content: Coral stories.csv header' };
	const tabbed = delimiter === '\t' || lower.endsWith('.tsv');
	if (lower.endsWith('.csv') || lower.endsWith('.tsv'))
		return { format: tabbed ? 'tsv' : 'csv', why: `name ${lower.endsWith('.tsv') ? '.tsv' : '.csv'}` };
	if (cells.length >= 2 && cells.some((c) => TEXT_HEADERS.has(normaliseHeader(c))))
		return { format: tabbed ? 'tsv' : 'csv', why: `content: a header row with a text column ("${cells.find((c) => TEXT_HEADERS.has(normaliseHeader(c)))}")` };
	return { format: 'page', why: 'content: plain text (a pasted page)' };
}
