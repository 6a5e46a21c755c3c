// Runs the CLI in this process, as `murmur <args>` would, and captures what it prints.
import { Writable } from 'node:stream';
import { main } from '../../src/cli/main';

export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
	let out = '';
	let err = '';
	const sink = (add: (s: string) => void) => new Writable({ write: (chunk, _enc, cb) => (add(String(chunk)), cb()) });
	const code = await main(args, { out: sink((s) => (out += s)), err: sink((s) => (err += s)) });
	return { code, out, err };
}
