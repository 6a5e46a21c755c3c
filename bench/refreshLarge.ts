// Memory and time of the rollup refresh alone (issue 3: the refresh after a 2 GB ingest must stay
// within the CLI's memory budget): runs refreshRollups on an existing database (rewriting its
// rollups in place: use a copy) and prints each step's wall and CPU seconds, JS heap, array
// buffers and RSS at its end, and the peak RSS (sampled every 100 ms, and VmHWM) of the process.
//
//   npx tsx bench/refreshLarge.ts --db /tmp/copy-of-1m.db [--batch-comments N] [--batch-articles N]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openForWrite } from '../src/lib/server/db/open';
import { refreshRollups } from '../src/lib/server/db/rollups';

const mb = (kb: number) => (kb / 1024).toFixed(0);
const status = () => readFileSync('/proc/self/status', 'utf8');
const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status())![1]);

const { values } = parseArgs({ options: { db: { type: 'string' }, 'batch-comments': { type: 'string' }, 'batch-articles': { type: 'string' } } });
if (!values.db) throw new Error('--db PATH (a copy: the refresh rewrites its rollups)');
const db = openForWrite(values.db);
db.pragma('mmap_size = 0');
const before = field('VmRSS');
let peak = before;
const sampler = setInterval(() => (peak = Math.max(peak, field('VmRSS'))), 100);
const t0 = performance.now();
const c0 = process.cpuUsage();
let last = { t: t0, c: c0 };
const rows: string[][] = [];
const r = refreshRollups(db, {
	batchComments: values['batch-comments'] ? Number(values['batch-comments']) : undefined,
	batchArticles: values['batch-articles'] ? Number(values['batch-articles']) : undefined,
	onStep(step) {
		// One row per step; the batches of stories as one row ("stories N of N": all of them).
		peak = Math.max(peak, field('VmRSS'));
		const m = /^stories ([\d,]+) of ([\d,]+)$/.exec(step);
		if (m && m[1] !== m[2]) return;
		const t = performance.now();
		const c = process.cpuUsage();
		const cpu = (c.user + c.system - last.c.user - last.c.system) / 1e6;
		const mem = process.memoryUsage();
		rows.push([m ? `batches of stories (${m[2]})` : step, ((t - last.t) / 1000).toFixed(1), cpu.toFixed(1), (mem.heapUsed / 1024 ** 2).toFixed(0), (mem.arrayBuffers / 1024 ** 2).toFixed(0), mb(field('VmRSS'))]);
		last = { t, c };
	}
});
clearInterval(sampler);
const cpu = process.cpuUsage(c0);
db.close();
console.log(['step', 'wall s', 'CPU s', 'heap MB', 'buffers MB', 'RSS MB (at its end)'].join('\t'));
for (const row of rows) console.log(row.join('\t'));
console.log(`comments ${r.rows.comment_facts.toLocaleString('en-US')}, batches ${r.batches}`);
console.log(`total: wall ${((performance.now() - t0) / 1000).toFixed(1)} s, CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, RSS before ${mb(before)} MB, peak sampled ${mb(peak)} MB, VmHWM ${mb(field('VmHWM'))} MB`);
