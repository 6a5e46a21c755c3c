import type { Command } from '../command';

export const demo: Command = {
	name: 'demo',
	summary: 'generate and load the demo corpus (deterministic)',
	help: 'Usage: murmur demo [--comments N] [--seed S]\n',
	options: { comments: { type: 'string' }, seed: { type: 'string' } },
	run(_v, _p, ctx) {
		ctx.err.write('murmur demo: being built\n');
		return 3;
	}
};
