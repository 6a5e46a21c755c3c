// Text pasted from a news page: a title line, the body, maybe an author block ("Author of the
// article", name, role) and a date, then the comment section ("Add a comment", "16 comments")
// with one block per comment: a name (maybe numbered, maybe with a time), the text over one or
// more paragraphs, and page furniture such as "Reply". Replies show as deeper indentation,
// dotted numbers ("3.1") or a leading "@name". See pageLines.ts for what each line is taken for.
import type { CommentRecord } from '../../types';
import type { Emit, TextInput } from '../items';
import { reject } from '../items';
import { readAll } from '../lines';
import { parseTime } from '../dates';
import {
	type PageLine, splitPageLines, isSectionStart, isAuthorHeading, inlineAuthor, isControl, isReplyLine, likesIn, timeIn,
	numberedHeader, looksLikeName, nameAndTime
} from '../pageLines';

export interface PageOptions {
	/** The article's publication time (ISO), when the page does not show one. */
	published?: string | null;
	/** When the page was copied (epoch ms): relative times ("2 hours ago") count back from here. */
	captured: number;
	/** The article id when the page has neither URL nor title. */
	defaultArticle: string;
}

export function slug(title: string): string {
	return title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 100);
}

function paragraphs(lines: PageLine[]): string {
	const out: string[] = [];
	let cur: string[] = [];
	for (const l of lines) {
		if (l.text) cur.push(l.text);
		else if (cur.length) {
			out.push(cur.join('\n'));
			cur = [];
		}
	}
	if (cur.length) out.push(cur.join('\n'));
	return out.join('\n\n');
}

const isRelative = (s: string) => {
	try {
		parseTime(s.replace(/^(posted|published|updated)\s*:?\s*/i, ''));
		return false;
	} catch {
		return true;
	}
};

/** Where the comment section begins: after its heading, else at comment number 1, else at the first "Reply" block. */
function sectionStart(lines: PageLine[]): { head: number; from: number } {
	const marker = lines.findIndex((l, i) => i > 0 && isSectionStart(l.text));
	if (marker >= 0) return { head: marker, from: marker + 1 };
	const first = lines.findIndex((l) => numberedHeader(l.text)?.number === '1');
	if (first >= 0) return { head: first, from: first };
	const reply = lines.findIndex((l) => isReplyLine(l.text));
	if (reply < 0) return { head: lines.length, from: lines.length };
	for (let i = reply - 1; i >= 0; i--)
		if (looksLikeName(lines[i].text) && (i === 0 || !lines[i - 1].text)) return { head: i, from: i };
	return { head: lines.length, from: lines.length };
}

/** Indices of the lines that start a comment, by the strongest signal the page offers. */
function commentStarts(lines: PageLine[], reference: number): number[] {
	const blankBefore = (i: number) => i === 0 || !lines[i - 1].text || isControl(lines[i - 1].text);
	if (lines.some((l) => numberedHeader(l.text)))
		return lines.flatMap((l, i) => (numberedHeader(l.text) && blankBefore(i) ? [i] : []));
	if (lines.some((l) => isReplyLine(l.text))) {
		const starts: number[] = [];
		let open = true;
		lines.forEach((l, i) => {
			if (isReplyLine(l.text)) open = true;
			else if (open && l.text && !isControl(l.text)) {
				starts.push(i);
				open = false;
			}
		});
		return starts;
	}
	const dated = lines.flatMap((l, i) => {
		if (nameAndTime(l.text, reference).time && looksLikeName(nameAndTime(l.text, reference).name)) return [i];
		const prev = i - 1;
		return prev >= 0 && timeIn(l.text, reference) && looksLikeName(lines[prev].text) ? [prev] : [];
	});
	if (dated.length) return dated;
	return lines.flatMap((l, i) => {
		const next = lines.slice(i + 1, i + 3).find((n) => n.text);
		return looksLikeName(l.text) && blankBefore(i) && next && !looksLikeName(next.text) ? [i] : [];
	});
}

export function parsePageText(text: string, name: string, options: PageOptions, emit: Emit): void {
	const lines = splitPageLines(text);
	// A number alone on its line, then the name: fold into "3. name" so one rule reads both layouts.
	for (let i = 0; i + 1 < lines.length; i++)
		if (/^\d{1,5}[.)]?$/.test(lines[i].text) && looksLikeName(lines[i + 1].text)) {
			lines[i + 1] = { ...lines[i + 1], text: `${lines[i].text.replace(/[.)]$/, '')}. ${lines[i + 1].text}`, indent: lines[i].indent };
			lines[i] = { ...lines[i], text: '' };
		}
	const { head, from } = sectionStart(lines);
	const titleIdx = lines.findIndex((l, i) => i < head && l.text);

	let author: string | null = null;
	let url: string | null = null;
	let shown: string | null = null;
	const body: PageLine[] = [];
	for (let i = titleIdx + 1; titleIdx >= 0 && i < head; i++) {
		const t = lines[i].text;
		if (isAuthorHeading(t)) {
			const nameIdx = lines.findIndex((l, k) => k > i && l.text);
			// A heading with nothing after it ends the head; scanning on from -1 would loop forever.
			if (nameIdx < 0) break;
			if (nameIdx > 0 && nameIdx < head) author = lines[nameIdx].text;
			// The name, then role lines up to a blank line, belong to the author block.
			for (i = nameIdx; i + 1 < head && lines[i + 1].text; i++);
		} else if (inlineAuthor(t)) author = inlineAuthor(t);
		else if (/^https?:\/\/\S+$/.test(t) && !url) url = t;
		else if (!shown && timeIn(t, options.captured)) shown = t;
		else if (!isControl(t)) body.push(lines[i]);
	}
	const title = titleIdx >= 0 ? lines[titleIdx].text : null;
	const shownAt = shown ? timeIn(shown, options.captured) : null;
	const publishedAt = options.published ?? shownAt;
	// With the real publication time and the page's "3 hours ago" for the article, the moment of copying follows.
	let reference = options.captured;
	if (options.published && shown && shownAt && isRelative(shown))
		reference = Date.parse(options.published) + (options.captured - Date.parse(shownAt));

	const articleId = url ?? (title ? slug(title) || null : null) ?? options.defaultArticle;
	emit({
		kind: 'article',
		at: `${name}:${titleIdx >= 0 ? lines[titleIdx].no : 1}`,
		article: { externalId: articleId, url, title, body: paragraphs(body) || null, author, publishedAt }
	});

	const section = lines.slice(from);
	const starts = commentStarts(section, reference);
	const stack: { indent: number; id: string }[] = [];
	const byNumber = new Map<string, string>();
	const lastBy = new Map<string, string>();
	starts.forEach((s, k) => {
		const headLine = section[s];
		const at = `${name}:${headLine.no}`;
		const numbered = numberedHeader(headLine.text);
		const { name: who, time } = nameAndTime(numbered ? numbered.rest : headLine.text, reference);
		const position = k + 1;
		const id = numbered?.number ?? String(position);
		let createdAt = time;
		let score: number | null = null;
		const textLines: PageLine[] = [];
		for (const l of section.slice(s + 1, starts[k + 1] ?? section.length)) {
			if (isReplyLine(l.text)) break;
			const likes = likesIn(l.text);
			if (likes !== null) score = likes;
			else if (!createdAt && !textLines.some((t) => t.text) && timeIn(l.text, reference)) createdAt = timeIn(l.text, reference);
			else if (!isControl(l.text)) textLines.push(l);
		}
		const text = paragraphs(textLines);
		if (!text) return emit(reject(at, `comment ${id} by "${who}" has no text`));
		while (stack.length && stack.at(-1)!.indent >= headLine.indent) stack.pop();
		let parent: string | null = null;
		if (numbered?.number.includes('.')) parent = byNumber.get(numbered.number.replace(/\.\d+$/, '')) ?? null;
		else if (stack.length) parent = stack.at(-1)!.id;
		const mention = /^@([\p{L}\p{N}_.-]+)/u.exec(text);
		if (!parent && mention) parent = lastBy.get(mention[1].toLowerCase()) ?? null;
		const comment: CommentRecord = {
			articleExternalId: articleId,
			externalId: id,
			parentExternalId: parent,
			authorHandle: who,
			text,
			createdAt,
			score,
			position,
			status: 'visible',
			type: 'comment'
		};
		emit({ kind: 'comment', comment, at });
		stack.push({ indent: headLine.indent, id });
		if (numbered) byNumber.set(numbered.number, id);
		lastBy.set(who.toLowerCase(), id);
	});
}

export async function parsePage(input: TextInput, options: PageOptions, emit: Emit): Promise<void> {
	parsePageText(await readAll(input.chunks, input.name), input.name, options, emit);
}
