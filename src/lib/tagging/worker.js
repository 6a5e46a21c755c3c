// Worker-thread entry: registers tsx so the TypeScript tagger loads, then serves batches.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
