/** A counting semaphore: at most `size` holders at once, waiters served in the order they came. */
export class Slots {
	#free: number;
	readonly #waiting: ((acquired: boolean) => void)[] = [];

	constructor(size: number) {
		this.#free = size;
	}

	/** Resolves `true` with a slot, or `false` (and no slot) once `signal` aborts first. */
	acquire(signal: AbortSignal): Promise<boolean> {
		if (signal.aborted) return Promise.resolve(false);
		if (this.#free > 0) {
			this.#free--;
			return Promise.resolve(true);
		}
		return new Promise((resolve) => {
			const onAbort = () => {
				const index = this.#waiting.indexOf(grant);
				if (index >= 0) this.#waiting.splice(index, 1);
				resolve(false);
			};
			const grant = (acquired: boolean) => {
				signal.removeEventListener('abort', onAbort);
				resolve(acquired);
			};
			this.#waiting.push(grant);
			signal.addEventListener('abort', onAbort, { once: true });
		});
	}

	release(): void {
		const next = this.#waiting.shift();
		if (next !== undefined) next(true);
		else this.#free++;
	}
}
