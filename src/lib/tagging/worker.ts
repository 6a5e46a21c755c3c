// One tagging worker: receives configure/articles/comments messages, answers each with its result.
import { parentPort } from 'node:worker_threads';
import { Tagger } from './tagger';
import type { TaskMessage, ResultMessage } from './pool';

const tagger = new Tagger();

parentPort!.on('message', async (msg: TaskMessage) => {
	let reply: ResultMessage;
	try {
		if (msg.kind === 'configure') {
			tagger.configure(msg.payload);
			reply = { seq: msg.seq, result: null };
		} else if (msg.kind === 'articles') reply = { seq: msg.seq, result: await tagger.articles(msg.payload) };
		else reply = { seq: msg.seq, result: tagger.comments(msg.payload.items, msg.payload.contexts) };
	} catch (e) {
		reply = { seq: msg.seq, error: (e as Error).stack ?? String(e) };
	}
	parentPort!.postMessage(reply);
});
