// Entry of an export worker thread: workers do not inherit the CLI's TypeScript loader, so this
// plain-JS shim registers tsx, then loads the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./textWorker.server.ts');
