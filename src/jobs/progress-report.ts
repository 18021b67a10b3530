/** What `onProgress` is told after each item is recorded: the run's counts, its rate over a recent window, and the time left. */
import { RateWindow, timeLeftMs } from '../utils/rate-window.js';
import type { JobProgress } from './types.js';

export interface ProgressCounts {
	readonly handled: number;
	readonly failed: number;
	readonly pages: number;
	readonly throttleWaitMs: number;
}

export class ProgressReport {
	/** Made on the first report. */
	#rate: RateWindow | undefined;

	constructor(private readonly startedAt: number) {}

	/** A frozen report as of `now`; `expectedItems` (when known) gives the time left. */
	make({ handled, failed, pages, throttleWaitMs }: ProgressCounts, inFlight: number, expectedItems: number | undefined, now: number): JobProgress {
		const itemsPerSecond = (this.#rate ??= new RateWindow(this.startedAt)).update(handled, now);
		return Object.freeze({
			handled,
			failed,
			inFlight,
			pages,
			elapsedMs: now - this.startedAt,
			itemsPerSecond,
			throttleWaitMs,
			etaMs: timeLeftMs(handled, expectedItems, itemsPerSecond),
		});
	}
}
