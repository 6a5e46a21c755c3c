#!/usr/bin/env node
// `npm start`: build the dashboard if the sources are newer than the build, create the demo
// database on first run (generate, ingest, tag), then serve it and print the URL.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const buildEntry = join(root, 'build', 'index.js');
const dbPath = resolve(process.env.MURMUR_DB || join(root, 'data', 'murmur.db'));
const port = process.env.PORT || '3000';
const host = process.env.HOST || '127.0.0.1';

function newestMtime(path) {
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	let newest = 0;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

function needsBuild() {
	if (!existsSync(buildEntry)) return true;
	const built = statSync(buildEntry).mtimeMs;
	const inputs = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'].map((p) => join(root, p));
	return inputs.some((p) => existsSync(p) && newestMtime(p) > built);
}

function run(label, command, args) {
	const t0 = Date.now();
	console.log(`murmur: ${label}...`);
	const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
	if (r.status !== 0) {
		console.error(`murmur: ${label} failed (exit ${r.status ?? r.signal}).`);
		process.exit(r.status || 1);
	}
	console.log(`murmur: ${label} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

const cli = (args) => [join(root, 'bin', 'murmur.js'), '--db', dbPath, ...args];

if (needsBuild()) run('building the dashboard', process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn']);
if (!existsSync(dbPath)) {
	run(`creating the demo corpus in ${dbPath}`, process.execPath, cli(['demo']));
	run('tagging it', process.execPath, cli(['tag']));
}

process.env.MURMUR_DB = dbPath;
process.env.PORT = port;
process.env.HOST = host;
await import(buildEntry);
console.log(`\nmurmur dashboard: http://${host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host}:${port}/  (database ${dbPath}; Ctrl-C stops)`);
