/** An append-only typed array that doubles when full: millions of numbers without JS arrays. */
export class GrowableU32 {
	data: Uint32Array;
	length = 0;

	constructor(capacity = 1024) {
		this.data = new Uint32Array(capacity);
	}

	push(x: number): void {
		if (this.length === this.data.length) this.grow(this.length + 1);
		this.data[this.length++] = x;
	}

	pushAll(xs: ArrayLike<number>): void {
		if (this.length + xs.length > this.data.length) this.grow(this.length + xs.length);
		this.data.set(xs as Uint32Array, this.length);
		this.length += xs.length;
	}

	private grow(min: number): void {
		const next = new Uint32Array(Math.max(min, this.data.length * 2));
		next.set(this.data.subarray(0, this.length));
		this.data = next;
	}

	view(): Uint32Array {
		return this.data.subarray(0, this.length);
	}
}
