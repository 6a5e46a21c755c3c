// The namespace records are keyed in when --source is not given: the source's own name when the
// format has one (Disqus forum, WordPress site, "reddit"), "pages" for pasted pages (their articles
// are keyed by URL or title), else the file's base name without extensions or a trailing date
// stamp, so "comments-2026-05-01.csv" and "comments-2026-06-01.csv" update one source.
import type { FormatName } from './items';

export function baseNamespace(name: string): string {
	let base = name.replace(/^.*[\\/]/, '');
	for (let prev = ''; prev !== base; ) {
		prev = base;
		base = base.replace(/\.(gz|zst|json|jsonl|ndjson|csv|tsv|txt|xml|wxr)$/i, '');
	}
	const undated = base.replace(/[-_. ]?((?:19|20)\d{2}[-_]?\d{2}([-_]?\d{2})?([T_ -]?\d{2}[-:]?\d{2}([-:]?\d{2})?Z?)?)$/i, '');
	return undated || base || 'stdin';
}

export function defaultNamespace(format: FormatName, name: string): string {
	if (format === 'page') return 'pages';
	if (format === 'reddit') return 'reddit';
	return baseNamespace(name);
}
