import { Worker } from 'node:worker_threads';
import type { BatchAnalysis } from './analyze';
import type { DetectorOptions, StoryInput } from './detector';

/**
 * Worker threads that run the per-story analysis (analyze.ts) while the main thread reads the
 * database. Workers load TypeScript through tsx (analyzeWorker.js); when they cannot start, start()
 * returns null and the caller analyses inline.
 */
export class AnalyzerPool {
	private seq = 0;
	private inFlight: number[];
	private waiting = new Map<number, { resolve: (a: BatchAnalysis) => void; reject: (e: Error) => void; worker: number }>();

	private constructor(private workers: Worker[]) {
		this.inFlight = workers.map(() => 0);
		workers.forEach((w, k) => {
			w.on('message', (m: { seq: number; analysis: BatchAnalysis }) => {
				const job = this.waiting.get(m.seq);
				if (!job) return;
				this.waiting.delete(m.seq);
				this.inFlight[k]--;
				job.resolve(m.analysis);
			});
			w.on('error', (e) => this.failAll(e));
		});
	}

	static async start(count: number, opts: DetectorOptions): Promise<AnalyzerPool | null> {
		const url = new URL('./analyzeWorker.js', import.meta.url);
		const started = Array.from({ length: count }, () => {
			const w = new Worker(url, { workerData: { opts } });
			return new Promise<Worker>((resolve, reject) => {
				const fail = (e: unknown) => {
					w.off('message', ready);
					reject(e instanceof Error ? e : new Error(`coordination worker exited with ${e}`));
				};
				const ready = () => {
					w.off('error', fail).off('exit', fail);
					resolve(w);
				};
				w.once('message', ready).once('error', fail).once('exit', fail);
			});
		});
		const results = await Promise.allSettled(started);
		const workers = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
		if (workers.length < count) {
			await Promise.all(workers.map((w) => w.terminate()));
			return null;
		}
		return new AnalyzerPool(workers);
	}

	get size(): number {
		return this.workers.length;
	}

	/** Analyses a batch on the least busy worker; `texts` are the comments' texts in order. */
	submit(stories: StoryInput[], texts: string[], base: number): Promise<BatchAnalysis> {
		const seq = this.seq++;
		let k = 0;
		for (let i = 1; i < this.workers.length; i++) if (this.inFlight[i] < this.inFlight[k]) k = i;
		this.inFlight[k]++;
		return new Promise((resolve, reject) => {
			this.waiting.set(seq, { resolve, reject, worker: k });
			this.workers[k].postMessage({ seq, stories, texts, base });
		});
	}

	async close(): Promise<void> {
		await Promise.all(this.workers.map((w) => w.terminate()));
	}

	private failAll(e: Error) {
		for (const job of this.waiting.values()) job.reject(e);
		this.waiting.clear();
	}
}
