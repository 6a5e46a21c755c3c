import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from '../command';
import { intOption } from '../command';

const buildEntry = fileURLToPath(new URL('../../../build/index.js', import.meta.url));

export const serve: Command = {
	name: 'serve',
	summary: 'serve the dashboard (read-only) on http://127.0.0.1:3000',
	help: `Usage: murmur serve [--port N] [--host H]

Serves the built dashboard over the database, opened read-only, so ingest and tag
can run beside it. Build it first with \`npm run build\` (npm start does both).

Options:
  --port N   port (default: $PORT or 3000)
  --host H   interface (default: $HOST or 127.0.0.1)
`,
	options: { port: { type: 'string' }, host: { type: 'string' } },
	async run(values, _pos, ctx) {
		if (!existsSync(buildEntry)) {
			ctx.err.write('murmur serve: the dashboard is not built yet. Run `npm run build` (or `npm start`).\n');
			return 1;
		}
		const port = intOption(values.port ?? process.env.PORT ?? '3000', 'port', 1) ?? 3000;
		const host = (values.host as string | undefined) ?? process.env.HOST ?? '127.0.0.1';
		process.env.PORT = String(port);
		process.env.HOST = host;
		process.env.MURMUR_DB = ctx.dbPath;
		await import(buildEntry);
		ctx.out.write(`murmur dashboard on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/ (database ${ctx.dbPath})\n`);
		// Keep running: the HTTP server holds the event loop open.
		return new Promise<number>(() => {});
	}
};
