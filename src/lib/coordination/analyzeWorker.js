// Worker-thread entry: registers tsx so the TypeScript analyser loads, then serves batches.
import { register } from 'tsx/esm/api';

register();
await import('./analyzeWorker.ts');
