import { it } from 'vitest';
import { hugeComment, bigThreads, nestedJsonReplies, deepXml, invalidUtf8 } from '/work/main/tests/reliability/scenarios/inputLimits';
import { tempDir } from '/work/main/tests/reliability/lib/crash';
const t = tempDir('lim');
const run = async (name: string, f: () => Promise<unknown>) => { try { console.log(name, JSON.stringify(await f())); } catch (e) { console.log(name, 'FAILED', (e as Error).message.slice(0, 600)); } };
it('limits', async () => {
  await run('huge', () => hugeComment(t.dir, 50, 2000));
  await run('threads', () => bigThreads(t.dir, 100_000, 2000));
  await run('nestedjson', () => nestedJsonReplies(t.dir, 100_000, 2000));
  await run('deepxml', () => deepXml(t.dir, 100_000, 2000));
  await run('utf8', () => invalidUtf8(t.dir, 2000));
  t.cleanup();
}, 900_000);
