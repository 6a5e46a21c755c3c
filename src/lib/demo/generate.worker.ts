// Worker thread for `murmur demo` at scale: generates the corpus and posts it in batches while the
// main thread writes, so generation and SQLite inserts use both cores. At most a few batches are in
// flight (the main thread acknowledges each one), so memory stays flat whatever the corpus size.
import { parentPort, workerData } from 'node:worker_threads';
import { DemoCorpus, type DemoOptions } from './corpus';
import type { IngestItem } from '../types';

const IN_FLIGHT = 3;
const { options, batchSize } = workerData as { options: DemoOptions; batchSize: number };
const port = parentPort!;
let credits = IN_FLIGHT;
let wake: (() => void) | null = null;
const onAck = () => {
	credits++;
	wake?.();
	wake = null;
};
port.on('message', onAck);

const corpus = new DemoCorpus(options);
let batch: IngestItem[] = [];
for (const item of corpus.items()) {
	batch.push(item);
	if (batch.length < batchSize) continue;
	while (credits === 0) await new Promise<void>((r) => (wake = r));
	credits--;
	port.postMessage({ kind: 'batch', items: batch });
	batch = [];
}
port.postMessage({ kind: 'done', items: batch, summary: corpus.summary(), truth: corpus.campaignTruth() });
// Nothing keeps the thread alive after this, so it exits once the last message is flushed.
port.off('message', onAck);
