// The demo generator's worker entry: registers tsx relative to this file (not the working
// directory), then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./generate.worker.ts');
