import type { Command } from '../command';

/** A command whose issue has not landed: it says so plainly instead of pretending. */
export function notYet(name: string, summary: string, issue: string): Command {
	return {
		name,
		summary,
		help: `Usage: murmur ${name} ...\n\n${summary}\n\nNot available yet: it arrives with ${issue}.\n`,
		options: {},
		positionals: true,
		run(_v, _p, ctx) {
			ctx.err.write(`murmur ${name}: not available yet (${issue}).\n`);
			return 3;
		}
	};
}
