/**
 * The handlers running now: at most `concurrency` at once, and a drain that waits for them, or, once their
 * signal is aborted, for at most a grace period. A handler still running after it is left behind: the run
 * ends anyway and the item is not recorded as handled.
 */
import { Slots } from './slots.js';

export class HandlerPool {
	readonly #slots: Slots;
	readonly #running = new Set<Promise<void>>();

	constructor(concurrency: number) {
		this.#slots = new Slots(concurrency);
	}

	get inFlight(): number {
		return this.#running.size;
	}

	/** A slot for the next handler, or `false` when `signal` aborts first. */
	acquire(signal: AbortSignal): Promise<boolean> {
		return this.#slots.acquire(signal);
	}

	/** Runs `task` in the slot just acquired, and frees the slot when it settles. */
	run(task: () => Promise<void>): void {
		const running = task().finally(() => {
			this.#running.delete(running);
			this.#slots.release();
		});
		this.#running.add(running);
	}

	/**
	 * Waits until every handler has settled; once `handlerSignal` is aborted (now or while waiting), waits at
	 * most `graceMs` more. Returns how many were still running.
	 */
	async drain(handlerSignal: AbortSignal, graceMs: number): Promise<number> {
		if (this.#running.size === 0) return 0;
		let timer: ReturnType<typeof setTimeout> | undefined;
		let onAbort: (() => void) | undefined;
		const graceOver = new Promise<void>((resolve) => {
			onAbort = () => (timer = setTimeout(resolve, graceMs));
			if (handlerSignal.aborted) onAbort();
			else handlerSignal.addEventListener('abort', onAbort, { once: true });
		});
		try {
			await Promise.race([Promise.allSettled([...this.#running]), graceOver]);
		} finally {
			clearTimeout(timer);
			if (onAbort !== undefined) handlerSignal.removeEventListener('abort', onAbort);
		}
		return this.#running.size;
	}
}
