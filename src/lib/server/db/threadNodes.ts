// Where recently written comments sit in their threads, so a reply is placed without a query.
import type { ThreadNode } from './commentRow';

/**
 * Thread places by article id and external id, in two generations of at most `limit` entries:
 * when the young one fills it becomes the old one and the previous old one is dropped. Memory
 * stays flat, and the most recent comments (those replies usually answer) are always kept; a
 * cleared cache made every reply after it a lookup.
 */
export class ThreadNodes {
	private young = new Map<number, Map<string, ThreadNode>>();
	private old = new Map<number, Map<string, ThreadNode>>();
	private count = 0;

	constructor(private limit: number) {}

	get(articleId: number, externalId: string): ThreadNode | undefined {
		return this.young.get(articleId)?.get(externalId) ?? this.old.get(articleId)?.get(externalId);
	}

	set(articleId: number, externalId: string, node: ThreadNode): void {
		if (this.count >= this.limit) {
			this.old = this.young;
			this.young = new Map();
			this.count = 0;
		}
		let m = this.young.get(articleId);
		if (!m) this.young.set(articleId, (m = new Map()));
		m.set(externalId, node);
		this.count++;
	}
}
