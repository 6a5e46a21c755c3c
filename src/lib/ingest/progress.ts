// Progress for the CLI: a bar on a terminal (records/s, bytes read, ETA when the size is known),
// a plain line every few seconds otherwise, so logs and CI output stay readable.
import cliProgress from 'cli-progress';
import type { IngestProgress } from './ingestPaths';

const mb = (n: number) => (n / 1048576).toFixed(1);
const int = (n: number) => Math.round(n).toLocaleString('en-US');

export interface ProgressReporter {
	onProgress(p: IngestProgress): void;
	/** Ends the current file's bar or lines. */
	done(): void;
}

export function progressReporter(stream: NodeJS.WriteStream, enabled: boolean): ProgressReporter {
	if (!enabled) return { onProgress() {}, done() {} };
	let bar: cliProgress.SingleBar | null = null;
	let current = '';
	let started = 0;
	let lastLine = 0;
	const tty = !!stream.isTTY;
	return {
		onProgress(p) {
			const now = Date.now();
			if (p.name !== current) {
				this.done();
				current = p.name;
				started = now;
				lastLine = now;
			}
			const rate = p.records / Math.max(0.001, (now - started) / 1000);
			if (tty) {
				if (!bar) {
					const withSize = p.size !== null && p.size > 0;
					bar = new cliProgress.SingleBar(
						{
							stream,
							format: withSize
								? '{name} [{bar}] {percentage}% | {records} records | {rate}/s | {mb} MB | ETA {eta_formatted}'
								: '{name} {records} records | {rate}/s | {mb} MB',
							hideCursor: true,
							clearOnComplete: true,
							etaBuffer: 50
						},
						cliProgress.Presets.shades_classic
					);
					bar.start(withSize ? p.size! : 1, 0, { name: p.name, records: '0', rate: '0', mb: '0.0' });
				}
				bar.update(p.size ? Math.min(p.bytes, p.size) : 0, { name: p.name, records: int(p.records), rate: int(rate), mb: mb(p.bytes) });
			} else if (now - lastLine >= 5000) {
				lastLine = now;
				const pct = p.size ? ` (${Math.floor((100 * p.bytes) / p.size)}%)` : '';
				stream.write(`${p.name}: ${int(p.records)} records, ${mb(p.bytes)} MB read${pct}, ${int(rate)} records/s\n`);
			}
		},
		done() {
			bar?.stop();
			bar = null;
			current = '';
		}
	};
}
