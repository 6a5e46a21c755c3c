// One tagging worker: analyses the batches it is sent and, once told the database path, writes
// its comment batches itself (its own connection), so writing runs beside analysis.
import { parentPort } from 'node:worker_threads';
import { Tagger } from './tagger';
import { openTagWriter, commentTagWriter, TopicIds } from '../server/db/tagging';
import type { TaskMessage, ResultMessage } from './pool';

const tagger = new Tagger();
let write: ReturnType<typeof commentTagWriter> | null = null;

parentPort!.on('message', async (msg: TaskMessage) => {
	let reply: ResultMessage;
	try {
		if (msg.kind === 'configure') {
			tagger.configure(msg.payload);
			if (msg.payload.writeTo) {
				const db = openTagWriter(msg.payload.writeTo.path);
				write = commentTagWriter(db, msg.payload.writeTo.version, new TopicIds(db));
			}
			reply = { seq: msg.seq, result: null };
		} else if (msg.kind === 'articles') reply = { seq: msg.seq, result: await tagger.articles(msg.payload) };
		else {
			const rows = tagger.comments(msg.payload.items, msg.payload.contexts);
			if (msg.payload.now && write) {
				write(rows, msg.payload.now);
				reply = { seq: msg.seq, result: rows.length };
			} else reply = { seq: msg.seq, result: rows };
		}
	} catch (e) {
		reply = { seq: msg.seq, error: (e as Error).stack ?? String(e) };
	}
	parentPort!.postMessage(reply);
});
