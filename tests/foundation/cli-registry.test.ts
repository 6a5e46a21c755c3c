// The command registry keeps each command's name and summary for `murmur --help` and loads the
// command's module only when it runs or shows its own help.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { commands } from '../../src/cli/commands/index';

const run = runCli;

describe('command registry', () => {
	it('holds the name and summary each command module declares', async () => {
		expect(commands.map((c) => c.name)).toEqual(['ingest', 'tag', 'analyze', 'targets', 'coordination', 'export', 'refresh', 'stats', 'demo', 'serve']);
		for (const entry of commands) {
			const command = await entry.load();
			expect({ name: command.name, summary: command.summary }).toEqual({ name: entry.name, summary: entry.summary });
			expect(command.help, entry.name).toMatch(new RegExp(`^Usage: murmur ${entry.name}\\b`));
		}
	});

	it('lists every command with its summary in --help, in registry order', async () => {
		const r = await run(['--help']);
		expect(r.code).toBe(0);
		const lines = r.out.split('\n').filter((l) => /^  [a-z]+ +\S/.test(l) && !l.startsWith('  --'));
		expect(lines).toEqual(commands.map((c) => `  ${c.name.padEnd(13)}${c.summary}`));
	});

	it("prints a command's own help, loaded from its module, for <command> --help and help <command>", async () => {
		for (const entry of commands) {
			const help = (await entry.load()).help;
			expect(await run([entry.name, '--help'])).toEqual({ code: 0, out: help, err: '' });
			expect(await run(['help', entry.name])).toEqual({ code: 0, out: help, err: '' });
		}
	});
});
