import { existsSync } from 'node:fs';
import type { Command } from '../command';
import { UsageError } from '../command';
import { openForWrite } from '../../lib/server/db/open';
import { listTargets, addTarget, removeTarget } from '../../lib/server/db/targets';

const HELP = `Usage: murmur targets list [--json]
       murmur targets add NAME [--aliases "a,b,c"]
       murmur targets remove NAME

Stance targets of this corpus: what comments are for or against. A comment's target is the
first target it names (by NAME or an alias, case-insensitive; plurals and possessives match),
else the one its article names, else its article's main topic.

  list      the targets and their aliases (--json: [{"name","aliases","createdAt"}])
  add       add a target, or replace the aliases of an existing one
            e.g. murmur targets add "Ceasefire deal" --aliases "ceasefire,truce,deal"
  remove    remove a target

Tags made before a change keep the old targets until \`murmur tag\` runs again: it notices the
change and re-tags every comment.
`;

function parseAliases(value: unknown, name: string): string[] {
	const list = typeof value === 'string' ? value.split(',') : [];
	const aliases = [name, ...list].map((a) => a.trim().toLowerCase()).filter(Boolean);
	return [...new Set(aliases)];
}

export const targets: Command = {
	name: 'targets',
	summary: 'list, add or remove stance targets',
	help: HELP,
	options: { aliases: { type: 'string' }, json: { type: 'boolean' } },
	positionals: true,
	run(values, positionals, ctx) {
		const [sub = 'list', name, ...extra] = positionals;
		if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}" (quote a NAME with spaces)`);
		if (sub !== 'list' && sub !== 'add' && sub !== 'remove') throw new UsageError(`unknown subcommand "${sub}": use list, add or remove`);
		if (sub !== 'list' && !name?.trim()) throw new UsageError(`targets ${sub} needs a NAME`);
		if (sub === 'list' && !existsSync(ctx.dbPath)) {
			ctx.out.write(values.json ? '[]\n' : 'no stance targets (no database yet)\n');
			return 0;
		}
		const db = openForWrite(ctx.dbPath);
		try {
			if (sub === 'add') {
				const aliases = parseAliases(values.aliases, name);
				const added = addTarget(db, name.trim(), aliases);
				ctx.out.write(`${added ? 'added' : 'updated'} target "${name.trim()}" (aliases: ${aliases.join(', ')}); run \`murmur tag\` to apply\n`);
				return 0;
			}
			if (sub === 'remove') {
				if (!removeTarget(db, name.trim())) {
					ctx.err.write(`murmur targets: no target named "${name.trim()}"\n`);
					return 1;
				}
				ctx.out.write(`removed target "${name.trim()}"; run \`murmur tag\` to apply\n`);
				return 0;
			}
			const list = listTargets(db);
			if (values.json) ctx.out.write(JSON.stringify(list) + '\n');
			else if (!list.length) ctx.out.write('no stance targets; add one with `murmur targets add NAME --aliases "a,b"`\n');
			else for (const t of list) ctx.out.write(`${t.name}\t${t.aliases.join(', ')}\n`);
			return 0;
		} finally {
			db.close();
		}
	}
};
