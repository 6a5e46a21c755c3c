// Flat comment rows (each with its parent id) as a nested reply tree, children in thread order.

export interface ThreadRow {
	id: number;
	parentId: number | null;
	position?: number | null;
	createdAt?: string | null;
}

export interface TreeNode<T extends ThreadRow> {
	row: T;
	children: TreeNode<T>[];
	/** Replies below this node, at any depth. */
	descendants: number;
}

export function replyTree<T extends ThreadRow>(rows: T[]): TreeNode<T>[] {
	const nodes = new Map<number, TreeNode<T>>();
	for (const row of rows) nodes.set(row.id, { row, children: [], descendants: 0 });
	const roots: TreeNode<T>[] = [];
	for (const node of nodes.values()) {
		const parent = node.row.parentId != null ? nodes.get(node.row.parentId) : undefined;
		// A reply whose parent is outside the rows (deleted, filtered) becomes a root of its own.
		if (parent && parent !== node) parent.children.push(node);
		else roots.push(node);
	}
	const order = (a: TreeNode<T>, b: TreeNode<T>) =>
		(a.row.position ?? Infinity) - (b.row.position ?? Infinity) ||
		(a.row.createdAt ?? '').localeCompare(b.row.createdAt ?? '') ||
		a.row.id - b.row.id;
	const count = (n: TreeNode<T>, seen: Set<number>): number => {
		if (seen.has(n.row.id)) return 0; // cycles in bad data
		seen.add(n.row.id);
		n.children.sort(order);
		n.descendants = n.children.reduce((s, c) => s + 1 + count(c, seen), 0);
		return n.descendants;
	};
	const seen = new Set<number>();
	roots.sort(order);
	for (const r of roots) count(r, seen);
	return roots;
}
