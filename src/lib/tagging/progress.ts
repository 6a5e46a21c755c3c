// Progress of `murmur tag`: a bar per phase on a terminal, a plain line every few seconds (and at
// the end of each phase) otherwise, so logs and CI output stay readable.
import cliProgress from 'cli-progress';

const int = (n: number) => Math.round(n).toLocaleString('en-US');

export interface TagProgress {
	update(p: { phase: string; done: number; total: number }): void;
	stop(): void;
}

export function tagProgress(stream: NodeJS.WritableStream, enabled: boolean, everyMs = 3000): TagProgress {
	if (!enabled) return { update() {}, stop() {} };
	const tty = !!(stream as NodeJS.WriteStream).isTTY;
	let bar: cliProgress.SingleBar | null = null;
	let phase = '';
	let started = 0;
	let lastLine = 0;
	let last = { done: 0, total: 0 };
	const line = () => {
		const rate = last.done / Math.max(0.001, (Date.now() - started) / 1000);
		const pct = last.total ? ` (${Math.floor((100 * last.done) / last.total)}%)` : '';
		stream.write(`tag ${phase}: ${int(last.done)} of ${int(last.total)}${pct}, ${int(rate)}/s\n`);
	};
	const end = () => {
		if (bar) bar.stop();
		else if (phase && last.total) line();
		bar = null;
		phase = '';
	};
	return {
		update(p) {
			const now = Date.now();
			if (p.phase !== phase) {
				end();
				phase = p.phase;
				started = now;
				lastLine = now;
			}
			last = p;
			if (tty) {
				if (!bar) {
					bar = new cliProgress.SingleBar(
						{ stream: stream as NodeJS.WriteStream, format: `{phase} [{bar}] {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted}`, hideCursor: true, etaBuffer: 20 },
						cliProgress.Presets.shades_classic
					);
					bar.start(Math.max(p.total, 1), 0, { phase: p.phase, rate: '0' });
				}
				bar.setTotal(Math.max(p.total, 1));
				bar.update(p.done, { phase: p.phase, rate: int(p.done / Math.max(0.001, (now - started) / 1000)) });
			} else if (now - lastLine >= everyMs) {
				lastLine = now;
				line();
			}
		},
		stop: end
	};
}
