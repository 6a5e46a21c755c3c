#!/usr/bin/env node
// `npm run eval`: accuracy figures (sentiment, stance, coordination); see eval/run.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../eval/run.ts');
process.exitCode = await main(process.argv.slice(2));
