// The only module that reads the environment for the database location.
import { resolve } from 'node:path';

export const DEFAULT_DB = 'data/murmur.db';

/** --db flag, else MURMUR_DB, else data/murmur.db relative to the working directory. */
export function databasePath(flag?: string | null): string {
	return resolve(flag || process.env.MURMUR_DB || DEFAULT_DB);
}
