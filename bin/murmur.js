#!/usr/bin/env node
// The CLI is TypeScript under src/; tsx compiles it on the fly so the CLI and the dashboard share one library.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
