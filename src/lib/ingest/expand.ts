// Command-line paths to inputs: files as given, directories walked (files with known extensions),
// globs expanded here too (for shells that pass them quoted), "-" for stdin. A folder holding
// Coral's comments.csv with stories.csv or users.csv is one Coral input.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type InputUnit =
	| { kind: 'file'; path: string }
	| { kind: 'stdin' }
	| { kind: 'coral'; dir: string; comments: string; stories?: string; users?: string };

const KNOWN = /\.(json|jsonl|ndjson|csv|tsv|xml|wxr|txt)(\.(gz|zst))?$|^r[cs]_[^.]*(\.(gz|zst))?$|\.zst$/i;
const SKIP = /(^\.|\.db$|\.db-(wal|shm)$|\.rejects\.ndjson$)/;

/** The Coral input for a folder, if it holds comments.csv plus stories.csv or users.csv. */
export function coralIn(dir: string): InputUnit | null {
	const at = (f: string) => (existsSync(join(dir, f)) ? join(dir, f) : undefined);
	const comments = at('comments.csv');
	const stories = at('stories.csv');
	const users = at('users.csv');
	return comments && (stories || users) ? { kind: 'coral', dir, comments, stories, users } : null;
}

function walk(dir: string, out: InputUnit[]) {
	const coral = coralIn(dir);
	if (coral) out.push(coral);
	for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
		if (SKIP.test(entry.name)) continue;
		const p = join(dir, entry.name);
		if (entry.isDirectory()) walk(p, out);
		else if (entry.isFile() && KNOWN.test(entry.name) && !(coral && ['comments.csv', 'stories.csv', 'users.csv'].includes(entry.name)))
			out.push({ kind: 'file', path: p });
	}
}

function globToRegExp(segment: string): RegExp {
	let re = '';
	for (const ch of segment) re += ch === '*' ? '[^/]*' : ch === '?' ? '[^/]' : /[.+^${}()|[\]\\]/.test(ch) ? '\\' + ch : ch;
	return new RegExp(`^${re}$`);
}

/** Expands * ? and ** in a path pattern against the file system, sorted. */
export function expandGlob(pattern: string): string[] {
	const abs = resolve(pattern);
	const parts = abs.split('/').filter(Boolean);
	let current = ['/'];
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i];
		const next: string[] = [];
		for (const base of current) {
			if (part === '**') {
				const stack = [base];
				while (stack.length) {
					const d = stack.pop()!;
					next.push(d);
					for (const e of safeList(d)) if (e.isDirectory() && !e.name.startsWith('.')) stack.push(join(d, e.name));
				}
			} else if (/[*?]/.test(part)) {
				const re = globToRegExp(part);
				for (const e of safeList(base)) if (re.test(e.name) && !e.name.startsWith('.')) next.push(join(base, e.name));
			} else if (existsSync(join(base, part))) next.push(join(base, part));
		}
		current = [...new Set(next)];
	}
	return current.filter((p) => existsSync(p) && statSync(p).isFile()).sort();
}

function safeList(dir: string) {
	try {
		return readdirSync(dir, { withFileTypes: true });
	} catch {
		return [];
	}
}

/** Turns the command line's paths into inputs; a path that matches nothing is an error naming it. */
export function expandPaths(paths: string[]): InputUnit[] {
	const out: InputUnit[] = [];
	for (const p of paths) {
		if (p === '-') out.push({ kind: 'stdin' });
		else if (existsSync(p) && statSync(p).isDirectory()) walk(p, out);
		else if (existsSync(p)) out.push({ kind: 'file', path: p });
		else if (/[*?]/.test(p)) {
			const found = expandGlob(p);
			if (!found.length) throw new Error(`no files match ${p}`);
			for (const f of found) out.push({ kind: 'file', path: f });
		} else throw new Error(`no such file or directory: ${p}`);
	}
	// The same file named twice (a folder and a glob) is read once.
	const seen = new Set<string>();
	return out.filter((u) => {
		const key = u.kind === 'file' ? resolve(u.path) : u.kind === 'coral' ? 'coral:' + resolve(u.dir) : 'stdin';
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
