// Worker-thread entry of a parallel export. tsx's require hook compiles the TypeScript in this
// thread; its ESM loader would start a thread of its own for the hooks, and memory is scarce here.
require('tsx/cjs/api').register();
require('./partWorker.ts');
