// Worker thread: reads one input (decompress, decode), runs its format's parser and posts the
// items in packed batches (itemPack.ts) to the thread that writes them. At most MAX_IN_FLIGHT
// batches wait unread, so a fast parser never piles a large file up in memory.
import { parentPort, workerData } from 'node:worker_threads';
import { openInput, type OpenedInput } from './input';
import { FORMAT_SPECS } from './formats/index';
import { ItemPacker } from './itemPack';
import { UnreadableInput } from './items';
import type { ParseJob, WorkerMessage } from './workerParse';

const job = workerData as ParseJob;
const port = parentPort!;
const inFlight = new Int32Array(job.inFlight);
let input: OpenedInput | null = null;
const packer = new ItemPacker(job.batchItems);

const state = () => ({ bytes: input?.bytesRead() ?? 0, contentHash: input?.contentHash() ?? '', invalidAt: input?.invalidAt ?? [] });

function post(message: WorkerMessage) {
	if (message.type === 'items') {
		const b = message.items;
		port.postMessage(message, [b.kinds.buffer as ArrayBuffer, b.lengths.buffer as ArrayBuffer, b.numbers.buffer as ArrayBuffer]);
		Atomics.add(inFlight, 0, 1);
		// Wait while the writer is behind: it decrements and notifies as it finishes each batch.
		for (let n = Atomics.load(inFlight, 0); n >= job.maxInFlight; n = Atomics.load(inFlight, 0)) Atomics.wait(inFlight, 0, n);
	} else port.postMessage(message);
}

function flush() {
	if (packer.size) post({ type: 'items', items: packer.take(), bytes: input?.bytesRead() ?? 0 });
}

try {
	input = await openInput(job.path, undefined, job.name);
	await FORMAT_SPECS[job.format].parse(input, job.context, (item) => {
		if (packer.add(item)) flush();
	});
	flush();
	post({ type: 'end', ...state() });
} catch (e) {
	// Items read before the fault go first: record formats keep them.
	flush();
	const err = e as NodeJS.ErrnoException;
	post({
		type: 'error',
		...state(),
		error: {
			message: err?.message ?? String(e),
			code: err?.code,
			unreadable: e instanceof UnreadableInput ? { at: e.at, reason: e.reason } : undefined
		}
	});
}
