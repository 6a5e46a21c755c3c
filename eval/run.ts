// Runs every evaluation in one process and prints its tables. Each eval module exports run().
const evaluations = ['sentiment', 'stance', 'coordination'];

export async function main(args: string[]): Promise<number> {
	const only = args.filter((a) => !a.startsWith('-'));
	let failed = 0;
	for (const name of evaluations) {
		if (only.length && !only.includes(name)) continue;
		let mod: { run?: () => Promise<void> };
		try {
			mod = await import(`./${name}.ts`);
		} catch (e) {
			console.log(`\n## ${name}\n\nnot available: ${(e as Error).message}\n`);
			continue;
		}
		console.log(`\n## ${name}\n`);
		try {
			await mod.run?.();
		} catch (e) {
			failed++;
			console.error(`eval ${name} failed: ${(e as Error).stack}`);
		}
	}
	return failed ? 1 : 0;
}
