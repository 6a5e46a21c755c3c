// Coral (the newsroom commenting platform) importer CSVs, one folder:
//   stories.csv   id,url,title,author,published_at,closed_at,mode
//   comments.csv  id,author_id,story_id,created_at,body,parent_id,status,rating
//   users.csv     id,email,username,role,banned,created_at
// Users are read first (id -> username; e-mail addresses are not kept), then stories as articles,
// then comments. Only comments.csv is required.
import type { Emit, TextInput } from '../items';
import { UnreadableInput, reject } from '../items';
import { readCsvRows } from '../csvRows';
import { BadTime, parseTime } from '../dates';
import { textFromMaybeHtml } from '../html';
import { statusOf } from '../statuses';

export interface CoralInputs {
	stories?: TextInput;
	comments: TextInput;
	users?: TextInput;
}

const DIALECT = { delimiter: ',', quoted: true };

/** Reads a Coral CSV, giving each row as an object keyed by the (lower-cased) header. */
async function eachRow(
	input: TextInput,
	required: string[],
	emit: Emit,
	fn: (row: Record<string, string>, at: string) => void
): Promise<void> {
	let header: string[] = [];
	await readCsvRows(
		input,
		DIALECT,
		{
			header(columns, at) {
				header = columns.map((c) => c.toLowerCase());
				const missing = required.filter((r) => !header.includes(r));
				if (missing.length) throw new UnreadableInput(at, `not a Coral ${input.name}: no column ${missing.join(', ')}`);
			},
			row(cells, at) {
				const row: Record<string, string> = {};
				header.forEach((h, i) => (row[h] = cells[i]));
				try {
					fn(row, at);
				} catch (e) {
					if (e instanceof BadTime) emit(reject(at, e.message, cells.join(',')));
					else throw e;
				}
			}
		},
		emit
	);
}

export async function parseCoral(inputs: CoralInputs, emit: Emit): Promise<void> {
	const usernames = new Map<string, string>();
	if (inputs.users)
		await eachRow(inputs.users, ['id', 'username'], emit, (row) => {
			if (row.id && row.username) usernames.set(row.id, row.username);
		});
	if (inputs.stories)
		await eachRow(inputs.stories, ['id'], emit, (row, at) => {
			if (!row.id?.trim()) return emit(reject(at, 'story without "id"'));
			emit({
				kind: 'article',
				at,
				article: {
					externalId: row.id.trim(),
					url: row.url || null,
					title: row.title || null,
					author: row.author || null,
					publishedAt: parseTime(row.published_at)
				}
			});
		});
	await eachRow(inputs.comments, ['id', 'story_id', 'body'], emit, (row, at) => {
		if (!row.id?.trim()) return emit(reject(at, 'comment without "id"'));
		if (!row.story_id?.trim()) return emit(reject(at, 'comment without "story_id"'));
		const status = statusOf(row.status ?? '');
		if (status === null) return emit(reject(at, `status: unknown value "${row.status.slice(0, 40)}"`));
		const rating = row.rating?.trim() ? Number(row.rating) : null;
		if (rating !== null && !Number.isFinite(rating)) return emit(reject(at, `rating: not a number: "${row.rating.slice(0, 40)}"`));
		const authorId = row.author_id?.trim() || null;
		emit({
			kind: 'comment',
			at,
			comment: {
				articleExternalId: row.story_id.trim(),
				externalId: row.id.trim(),
				parentExternalId: row.parent_id?.trim() || null,
				authorHandle: authorId ? (usernames.get(authorId) ?? authorId) : null,
				text: textFromMaybeHtml(row.body ?? ''),
				createdAt: parseTime(row.created_at),
				score: rating === null ? null : Math.round(rating),
				status: status ?? 'visible',
				type: 'comment'
			}
		});
	});
}
