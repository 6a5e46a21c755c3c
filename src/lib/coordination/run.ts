import type { DB } from '../server/db/open';

export interface CoordinationOptions {
	threshold?: number;
	onProgress?: (done: number, total: number) => void;
}

/** Placeholder until the coordination issue (7) lands; `murmur tag` already calls it. */
export async function runCoordination(_db: DB, _opts: CoordinationOptions = {}): Promise<{ clusters: number; flagged: number }> {
	return { clusters: 0, flagged: 0 };
}
