import { existsSync } from 'node:fs';
import type { ParseArgsConfig } from 'node:util';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CommandContext {
	/** Absolute database path from --db, MURMUR_DB or the default. */
	dbPath: string;
	out: NodeJS.WritableStream;
	err: NodeJS.WritableStream;
}

export interface Command {
	name: string;
	summary: string;
	/** Usage lines and option help shown by `murmur <name> --help`. */
	help: string;
	options: OptionSpec;
	/** Accepts positional arguments when true. */
	positionals?: boolean;
	run(
		values: Record<string, string | boolean | string[] | boolean[] | undefined>,
		positionals: string[],
		ctx: CommandContext
	): Promise<number> | number;
}

/** A clear error for bad flags: the CLI prints the message and the command's usage, exit 2. */
export class UsageError extends Error {}

export function intOption(value: unknown, name: string, min = 0): number | undefined {
	if (value === undefined) return undefined;
	const n = Number(value);
	if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be an integer >= ${min}, got "${value}"`);
	return n;
}

/** Whether the database exists; if not, says so on stderr with how to create one. */
export function databaseExists(command: string, ctx: CommandContext): boolean {
	if (existsSync(ctx.dbPath)) return true;
	ctx.err.write(`murmur ${command}: no database at ${ctx.dbPath}. Create one with \`murmur demo\` or \`murmur ingest FILE\`.\n`);
	return false;
}
