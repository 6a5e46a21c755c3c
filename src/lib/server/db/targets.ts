import type { DB } from './open';

export interface StoredTarget {
	name: string;
	/** Lower-case phrases that name the target in text. */
	aliases: string[];
	createdAt: string;
}

/** Configured stance targets, in the order they were added. */
export function listTargets(db: DB): StoredTarget[] {
	const rows = db.prepare(`SELECT name, aliases, created_at FROM stance_targets ORDER BY id`).all() as { name: string; aliases: string; created_at: string }[];
	return rows.map((r) => ({ name: r.name, aliases: JSON.parse(r.aliases) as string[], createdAt: r.created_at }));
}

/** Adds a target, or replaces the aliases of the one with that name. Returns whether it was new. */
export function addTarget(db: DB, name: string, aliases: string[], now = new Date().toISOString().slice(0, 19) + 'Z'): boolean {
	const existing = db.prepare(`SELECT id FROM stance_targets WHERE name = ?`).get(name) as { id: number } | undefined;
	if (existing) {
		db.prepare(`UPDATE stance_targets SET aliases = ? WHERE id = ?`).run(JSON.stringify(aliases), existing.id);
		return false;
	}
	db.prepare(`INSERT INTO stance_targets (name, aliases, created_at) VALUES (?, ?, ?)`).run(name, JSON.stringify(aliases), now);
	return true;
}

/** Removes a target by name. Returns whether there was one. */
export function removeTarget(db: DB, name: string): boolean {
	return db.prepare(`DELETE FROM stance_targets WHERE name = ?`).run(name).changes > 0;
}
