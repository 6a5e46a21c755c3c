// Worker thread entry: analyses batches of stories (tokens, sketches, templates) for the main
// thread, which reads the database and merges results in order. See parallel.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { BatchAnalyzer, transferables } from './analyze';
import type { StoryInput } from './detector';

const analyzer = new BatchAnalyzer(workerData.opts);
parentPort!.on('message', (m: { seq: number; stories: StoryInput[]; texts: string[]; base: number }) => {
	let k = 0;
	for (const s of m.stories) for (const c of s.comments) c.text = m.texts[k++];
	const analysis = analyzer.analyze(m.stories, m.base);
	parentPort!.postMessage({ seq: m.seq, analysis }, transferables(analysis));
});
parentPort!.postMessage({ ready: true });
