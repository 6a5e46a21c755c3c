// What the comment half of `murmur tag` may know while the articles are still being tagged. A
// comment's stance and inherited topics need only its own article's topics, so its analysis can
// start once that article is written; the topics it mentions need the whole corpus vocabulary,
// which exists only once every article is, so such early comments are written after that
// (worker.ts). Meanwhile the article pass learns whether the comment pass can use the other
// workers, or whether they had better help with the articles.
export class ArticleGate {
	private pending: Set<number>;
	/** Every article is written: the vocabulary is final. */
	open = false;
	failure: Error | null = null;
	/** Set by the comment pass: it has nothing for the other workers to do before the gate opens... */
	commentsIdle = false;
	/** ...or its next batch waits for articles not yet written. */
	commentsHeld = false;
	/** Called on every change; the comment pass sets it to wake its loop. */
	changed: () => void = () => {};

	/** `stale`: ids of the articles this pass tags. */
	constructor(stale: Iterable<number>) {
		this.pending = new Set(stale);
	}

	get pendingCount(): number {
		return this.pending.size;
	}

	/** Whether this article's topics are written (or were current already). */
	ready(articleId: number): boolean {
		return !this.pending.has(articleId);
	}

	written(articleIds: number[]): void {
		for (const id of articleIds) this.pending.delete(id);
		this.changed();
	}

	finish(): void {
		this.open = true;
		this.changed();
	}

	fail(e: Error): void {
		this.failure ??= e;
		this.changed();
	}
}
