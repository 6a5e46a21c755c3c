// The parse worker's entry: registers tsx relative to this file (not the working directory),
// then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./parse.worker.ts');
