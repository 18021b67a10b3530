/** A counting semaphore: at most `size` holders at once, waiters served in the order they came. */
export class Slots {
	private free: number;
	private readonly waiting: (() => void)[] = [];

	constructor(size: number) {
		this.free = size;
	}

	acquire(): Promise<void> {
		if (this.free > 0) {
			this.free--;
			return Promise.resolve();
		}
		return new Promise((resolve) => this.waiting.push(resolve));
	}

	release(): void {
		const next = this.waiting.shift();
		if (next !== undefined) next();
		else this.free++;
	}
}
