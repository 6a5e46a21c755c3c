#!/usr/bin/env node
// `npm run bench [-- --comments N]`: see bench/run.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../bench/run.ts');
process.exitCode = await main(process.argv.slice(2));
