import type { DB } from './open';

/**
 * Rebuilds the dashboard's rollup tables after ingest or tag changed the corpus.
 * Placeholder until the dashboard issue (5) defines the rollups; callers already call it.
 */
export function refreshRollups(_db: DB): void {}
