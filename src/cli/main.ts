import { parseArgs } from 'node:util';
import { databasePath } from '../lib/server/instance';
import { UsageError, type Command, type CommandContext } from './command';
import { commands, type CommandEntry } from './commands/index';

const GLOBAL_HELP = `murmur: discourse analytics for news comment sections

Usage: murmur [--db PATH] <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(13)}${c.summary}`).join('\n')}

Global options:
  --db PATH      SQLite database (default: $MURMUR_DB or data/murmur.db)
  -h, --help     show help; \`murmur <command> --help\` for a command's options
  -v, --version  print murmur's version
`;

function findCommand(name: string | undefined): CommandEntry | undefined {
	return commands.find((c) => c.name === name);
}

export async function main(argv: string[], io: Partial<CommandContext> = {}): Promise<number> {
	const out = io.out ?? process.stdout;
	const err = io.err ?? process.stderr;
	// The global --db may come before or after the command name.
	let db: string | undefined;
	const rest: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--db') db = argv[++i];
		else if (a.startsWith('--db=')) db = a.slice(5);
		else rest.push(a);
	}
	const [name, ...args] = rest;
	if (!name || name === '-h' || name === '--help' || name === 'help') {
		const topic = name === 'help' ? findCommand(args[0]) : undefined;
		out.write(topic ? (await topic.load()).help : GLOBAL_HELP);
		return 0;
	}
	if (name === '-v' || name === '--version') {
		const { MURMUR_VERSION } = await import('../lib/version');
		out.write(MURMUR_VERSION + '\n');
		return 0;
	}
	const entry = findCommand(name);
	if (!entry) {
		err.write(`murmur: unknown command "${name}"\n\n${GLOBAL_HELP}`);
		return 2;
	}
	// Only the command that runs is loaded (with its parsers, models or server).
	const command = await entry.load();
	if (args.includes('--help') || args.includes('-h')) {
		out.write(command.help);
		return 0;
	}
	const ctx: CommandContext = { dbPath: io.dbPath ?? databasePath(db), out, err };
	try {
		const { values, positionals } = parseArgs({
			args,
			options: command.options,
			allowPositionals: !!command.positionals,
			strict: true
		});
		return await command.run(values as Parameters<Command["run"]>[0], positionals, ctx);
	} catch (e) {
		const usage = e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
		err.write(`murmur ${name}: ${(e as Error).message}\n`);
		if (usage) {
			err.write(`\n${command.help}`);
			return 2;
		}
		if (process.env.MURMUR_DEBUG) err.write(`${(e as Error).stack}\n`);
		return 1;
	}
}
