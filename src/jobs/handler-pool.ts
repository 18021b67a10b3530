/**
 * The handlers running now: at most `concurrency` at once, and a drain that waits for them, or, once their
 * signal is aborted, for at most a grace period. A handler still running after it is left behind: the run
 * ends anyway and the item is not recorded as handled.
 */
import { Slots } from './slots.js';

export class HandlerPool {
	readonly #slots: Slots;
	#running = 0;
	#onIdle: (() => void) | undefined;

	/** `stopped`: once aborted, no slot is given any more. */
	constructor(concurrency: number, stopped: AbortSignal) {
		this.#slots = new Slots(concurrency, stopped);
	}

	get inFlight(): number {
		return this.#running;
	}

	/** A slot for the next handler: `true` at once, or a promise of `true`, or of `false` once stopped. */
	acquire(): true | Promise<boolean> {
		return this.#slots.acquire();
	}

	/** Frees a slot acquired for a handler that is not to start after all; `false`, for the caller to pass on. */
	giveBack(): false {
		this.#slots.release();
		return false;
	}

	/** Runs `task` in the slot just acquired, and frees the slot when it settles (at once if it returns no promise). */
	run(task: () => Promise<void> | undefined): void {
		this.#running++;
		let pending: Promise<void> | undefined;
		try {
			pending = task();
		} catch {
			// A task records its own failures; nothing may escape.
		}
		if (pending === undefined) this.#settled();
		else pending.then(this.#settled, this.#settled);
	}

	readonly #settled = (): void => {
		this.#running--;
		this.#slots.release();
		if (this.#running === 0) this.#onIdle?.();
	};

	/**
	 * Waits until every handler has settled; once `handlerSignal` is aborted (now or while waiting), waits at
	 * most `graceMs` more. Returns how many were still running.
	 */
	async drain(handlerSignal: AbortSignal, graceMs: number): Promise<number> {
		if (this.#running === 0) return 0;
		let timer: ReturnType<typeof setTimeout> | undefined;
		let onAbort: (() => void) | undefined;
		try {
			await new Promise<void>((resolve) => {
				this.#onIdle = resolve;
				onAbort = () => (timer = setTimeout(resolve, graceMs));
				if (handlerSignal.aborted) onAbort();
				else handlerSignal.addEventListener('abort', onAbort, { once: true });
			});
		} finally {
			this.#onIdle = undefined;
			clearTimeout(timer);
			if (onAbort !== undefined) handlerSignal.removeEventListener('abort', onAbort);
		}
		return this.#running;
	}
}
