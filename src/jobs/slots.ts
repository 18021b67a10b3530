/**
 * A counting semaphore: at most `size` holders at once, waiters served in the order they came. Once `signal`
 * aborts, every waiter (now and later) is told no; one listener on the signal serves them all.
 */
export class Slots {
	#free: number;
	readonly #waiting: ((acquired: boolean) => void)[] = [];

	constructor(
		size: number,
		private readonly signal: AbortSignal,
	) {
		this.#free = size;
		signal.addEventListener('abort', () => {
			for (const grant of this.#waiting.splice(0)) grant(false);
		}, { once: true });
	}

	/** `true` with a slot at once, or a promise of `true` (a slot) or `false` (the signal aborted first, no slot). */
	acquire(): true | Promise<boolean> {
		if (this.signal.aborted) return Promise.resolve(false);
		if (this.#free > 0) {
			this.#free--;
			return true;
		}
		return new Promise((resolve) => this.#waiting.push(resolve));
	}

	release(): void {
		const next = this.#waiting.shift();
		if (next !== undefined) next(true);
		else this.#free++;
	}
}
