// A fixed pool of tagging workers. Each batch goes to the worker with the fewest batches pending;
// a worker answers its batches in the order it got them. `size` 0 runs the tagger in this thread,
// which is what tests and tiny corpora want. Workers can write their comment batches themselves.
import { Worker } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { pathToFileURL } from 'node:url';
import { workerBundle } from '../server/workerBundle';
import { Tagger, type TaggerConfig, type CommentContext } from './tagger';
import type { ArticleTopicRow, CommentTagRow, StaleArticle, StaleBatch } from '../server/db/tagging';

/**
 * Configuration; `writeTo` makes workers write their comment batches to that database themselves,
 * taking turns through the shared `lock` (WriteLock.memory()).
 */
export type WorkerConfig = Partial<TaggerConfig> & { writeTo?: { path: string; version: string; lock: SharedArrayBuffer } };

export type TaskMessage =
	| { seq: number; kind: 'configure'; payload: WorkerConfig }
	| { seq: number; kind: 'articles'; payload: StaleArticle[] }
	| { seq: number; kind: 'comments'; payload: { batch: StaleBatch; contexts: Record<number, CommentContext>; now?: string } };

export type ResultMessage = { seq: number; result: unknown; error?: undefined } | { seq: number; error: string; result?: undefined };

interface Pending {
	resolve: (v: unknown) => void;
	reject: (e: Error) => void;
}

interface Slot {
	worker: Worker;
	pending: Map<number, Pending>;
}

/**
 * V8 considers a function for optimisation each time it has run this much bytecode (Node 20's V8:
 * 66 KB by default; a few such ticks and it is compiled optimised). compromise has thousands of
 * functions that each run briefly per article: at the default, V8 compiles a great many of them
 * optimised on its helper threads, ~1 s of CPU in a 200-article pass for less than that back. At
 * 512 KB only the functions that stay hot are: measured on a 200,000-comment first tag, 0.6-1.0 s
 * less CPU and ~0.5 s less time, with the comment analysis (run hundreds of thousands of times)
 * as fast as before. V8 flags are per process: this holds for the rest of a `murmur tag` run, and
 * for a server that tags its demo corpus at start-up.
 */
const INTERRUPT_BUDGET = 512 * 1024;

export class TaggerPool {
	private slots: Slot[] = [];
	private inline: Tagger | null = null;
	private seq = 0;

	constructor(readonly size: number) {
		if (size === 0) {
			this.inline = new Tagger();
			return;
		}
		setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
		const bundle = workerBundle(new URL('./worker.ts', import.meta.url), 'tag-worker');
		const entry = bundle ? pathToFileURL(bundle) : new URL('./worker.js', import.meta.url);
		for (let i = 0; i < size; i++) {
			// execArgv [] for the bundle: plain JavaScript needs none of the loader flags a tsx parent passes on.
			const worker = bundle ? new Worker(entry, { execArgv: [] }) : new Worker(entry);
			const slot: Slot = { worker, pending: new Map() };
			worker.on('message', (msg: ResultMessage) => {
				const p = slot.pending.get(msg.seq);
				if (!p) return;
				slot.pending.delete(msg.seq);
				if (msg.error !== undefined) p.reject(new Error(`tagging worker: ${msg.error}`));
				else p.resolve(msg.result);
			});
			worker.on('error', (e) => this.failAll(slot, e));
			worker.on('exit', (code) => {
				if (slot.pending.size) this.failAll(slot, new Error(`tagging worker exited with code ${code}`));
			});
			this.slots.push(slot);
		}
	}

	private failAll(slot: Slot, e: Error) {
		for (const p of slot.pending.values()) p.reject(e);
		slot.pending.clear();
	}

	private send<T>(slot: Slot, msg: TaskMessage): Promise<T> {
		return new Promise<T>((resolve, reject) => {
			slot.pending.set(msg.seq, { resolve: resolve as (v: unknown) => void, reject });
			slot.worker.postMessage(msg);
		});
	}

	/** Sends the same configuration to every worker and waits until all have it. */
	async configure(config: WorkerConfig): Promise<void> {
		if (this.inline) return this.inline.configure(config);
		await Promise.all(this.slots.map((s) => this.send(s, { seq: ++this.seq, kind: 'configure', payload: config })));
	}

	private leastBusy(): Slot {
		let best = this.slots[0];
		for (const s of this.slots) if (s.pending.size < best.pending.size) best = s;
		return best;
	}

	/** `spread` false keeps every article batch on the first worker, so only it loads compromise. */
	articles(items: StaleArticle[], spread = true): Promise<ArticleTopicRow[]> {
		if (this.inline) return this.inline.articles(items);
		return this.send(spread ? this.leastBusy() : this.slots[0], { seq: ++this.seq, kind: 'articles', payload: items });
	}

	/** Tagged rows, for the caller to write (in-thread pool). */
	comments(batch: StaleBatch, contexts: Record<number, CommentContext>): Promise<CommentTagRow[]> {
		if (this.inline) return Promise.resolve(this.inline.comments(batch, contexts));
		return this.send(this.leastBusy(), { seq: ++this.seq, kind: 'comments', payload: { batch, contexts } });
	}

	/** Tags and writes a batch in a worker configured with `writeTo`; resolves to the rows written. */
	tagAndWrite(batch: StaleBatch, contexts: Record<number, CommentContext>, now: string): Promise<number> {
		if (this.inline) throw new Error('tagAndWrite needs worker threads');
		return this.send(this.leastBusy(), { seq: ++this.seq, kind: 'comments', payload: { batch, contexts, now } });
	}

	async close(): Promise<void> {
		await Promise.all(this.slots.map((s) => s.worker.terminate()));
		this.slots = [];
	}
}
