// What a line of a pasted web page is: page furniture ("Reply", "Load more comments"), the start of
// the comment section, an author block, a time, or a commenter's name. Pure, table-tested.
import { parseTime } from './dates';

export interface PageLine {
	/** 1-based line number in the file. */
	no: number;
	/** Leading spaces (tabs count 4): replies are often indented. */
	indent: number;
	text: string;
}

export function splitPageLines(text: string): PageLine[] {
	return text
		.replace(/\r\n?/g, '\n')
		.replace(/[\u200b\u2060\ufeff]/g, '')
		.split('\n')
		.map((raw, i) => {
			const expanded = raw.replace(/\t/g, '    ').replace(/\u00a0/g, ' ');
			const body = expanded.trimStart();
			return { no: i + 1, indent: expanded.length - body.length, text: body.trimEnd() };
		});
}

const SECTION = /^(add a comment|leave a comment|post a comment|write a comment|leave a reply|join the discussion|join the conversation|discussion|reader comments|comments?(\s*[(:]\s*\d[\d,]*\)?)?|\d[\d,]*\s+(comments?|responses?|replies))\s*:?$/i;
/** "Add a comment", "Comments (16)", "16 comments": the comment section starts after this line. */
export const isSectionStart = (t: string) => SECTION.test(t.trim());

const AUTHOR_HEADING = /^(author of the article|about the author|article author|the author|author|written by|authors?)\s*:?$/i;
export const isAuthorHeading = (t: string) => AUTHOR_HEADING.test(t.trim());

/** "By Jane Doe" / "Author: Jane Doe" -> "Jane Doe". */
export function inlineAuthor(t: string): string | null {
	const m = /^(?:by|written by|author:|posted by)\s+(\S.{1,60})$/i.exec(t.trim());
	return m && !/[.!?]$/.test(m[1]) ? m[1].trim() : null;
}

const CONTROL_WORDS = new Set(
	('reply replies report share like likes liked dislike flag quote edit edited delete upvote upvotes downvote vote votes ' +
		'permalink link hide show more less load view all collapse expand follow block mute comment comments previous ' +
		'newer older sort by newest oldest best top see translate translation original helpful unhelpful points point')
		.split(' ')
);

/** "Reply", "Reply · Report", "12 likes", "Load more comments", "▲ 3 ▼": page furniture, not text. */
export function isControl(t: string): boolean {
	const s = t.trim();
	if (!s || s.length > 40) return false;
	const tokens = s.toLowerCase().split(/[\s·•|/,:()[\]]+/).filter(Boolean);
	let words = 0;
	for (const tok of tokens) {
		if (CONTROL_WORDS.has(tok)) words++;
		else if (/^[\d.,kKmM+]+$/.test(tok) || !/\p{L}/u.test(tok)) continue;
		else return false;
	}
	return words > 0 || /^[▲▼↑↓⬆⬇+\-\d\s]+$/u.test(s);
}

/** A "Reply" line ends a comment in most page layouts. */
export const isReplyLine = (t: string) => /^reply\b/i.test(t.trim()) && isControl(t);

/** "12 likes" / "Likes: 12" / "12 points" -> 12. */
export function likesIn(t: string): number | null {
	const m = /^(?:(\d[\d,]*)\s+(?:likes?|points?|upvotes?)|(?:likes?|points?)\s*:?\s*\(?(\d[\d,]*)\)?)$/i.exec(t.trim());
	return m ? Number((m[1] ?? m[2]).replace(/,/g, '')) : null;
}

/** The time a line states, if the whole line is a time ("2 hours ago", "May 1, 2026 10:15"). */
export function timeIn(t: string, reference: number): string | null {
	const s = t.trim().replace(/^(posted|published|updated|edited)\s*:?\s*/i, '').replace(/\s*\(edited\)$/i, '');
	if (!s || s.length > 60 || !/\d|now|yesterday|ago/i.test(s)) return null;
	try {
		return parseTime(s, { reference });
	} catch {
		return null;
	}
}

const NUMBERED = /^(\d{1,5}(?:\.\d{1,4})*)[.)]?\s+(\S.{0,79})$/;
/** "3. GlobalWatcher" / "3.1) Ann" -> number and the rest, when the rest could be a name. */
export function numberedHeader(t: string): { number: string; rest: string } | null {
	const m = NUMBERED.exec(t.trim());
	// "2 hours ago" and "12 likes" start with a number too.
	if (!m || !looksLikeName(m[2].split(/\s+[·•|—–-]\s+/)[0]) || timeIn(t, 0) !== null) return null;
	return { number: m[1], rest: m[2] };
}

/** Short, no sentence punctuation at the end, no URL: what usernames look like. */
export function looksLikeName(t: string): boolean {
	const s = t.trim();
	if (!s || s.length > 40 || /https?:|www\./i.test(s) || /[.!?,;:…]$/.test(s)) return false;
	if (s.split(/\s+/).length > 4 || isControl(s) || isSectionStart(s)) return false;
	return /\p{L}/u.test(s);
}

/** Splits "Ann · 2 hours ago" into name and time (null when the tail is not a time). */
export function nameAndTime(t: string, reference: number): { name: string; time: string | null } {
	const parts = t.split(/\s+[·•|—–-]\s+|\s+(?=\d+\s*\w+\s+ago$)/);
	if (parts.length > 1) {
		const time = timeIn(parts.slice(1).join(' '), reference);
		if (time) return { name: parts[0].trim(), time };
	}
	return { name: t.trim(), time: null };
}
