// Explicit garbage collection, for the few places where V8's own timing holds memory an export
// does not need. Reached the way Node allows for code that cannot pass --expose-gc on the command line.
import v8 from 'node:v8';
import vm from 'node:vm';

type Collect = (options?: { type: 'minor' | 'major' }) => void;

let collector: Collect | null = null;

/**
 * 'minor' collects the young generation only (a fraction of a millisecond on a small heap);
 * 'major' the whole heap.
 */
export function collectGarbage(type: 'minor' | 'major'): void {
	if (!collector) {
		v8.setFlagsFromString('--expose-gc');
		collector = vm.runInNewContext('gc') as Collect;
	}
	// A bare gc() is the full collection; options would ask for the other kinds.
	if (type === 'major') collector();
	else collector({ type });
}
