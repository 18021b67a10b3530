/**
 * A rate over the last few seconds (items per second, say), and the time left at that rate. Samples closer together
 * than a tenth of a second are merged, so a count told of every item keeps a few dozen samples at most.
 */
const WINDOW_MS = 10_000;
const SAMPLE_SPACING_MS = 100;

export class RateWindow {
	/** Counts and times, oldest first; the first is the newest at or before the window's start. */
	readonly #times: number[] = [];
	readonly #counts: number[] = [];

	constructor(startedAt: number) {
		this.#times.push(startedAt);
		this.#counts.push(0);
	}

	/** Records `count` (a running total) at `now`; returns the rate per second over the window. */
	update(count: number, now: number): number {
		const times = this.#times;
		const last = times.length - 1;
		if (last > 0 && now - (times[last] as number) < SAMPLE_SPACING_MS) {
			times[last] = now;
			this.#counts[last] = count;
		} else {
			times.push(now);
			this.#counts.push(count);
		}
		while (times.length > 2 && (times[1] as number) <= now - WINDOW_MS) {
			times.shift();
			this.#counts.shift();
		}
		const span = now - (times[0] as number);
		return span <= 0 ? 0 : ((count - (this.#counts[0] as number)) * 1000) / span;
	}
}

/** Milliseconds to go from `done` to `total` at `perSecond`; `undefined` without a total or a rate. */
export function timeLeftMs(done: number, total: number | undefined, perSecond: number): number | undefined {
	if (total === undefined) return undefined;
	if (done >= total) return 0;
	return perSecond > 0 ? Math.round(((total - done) / perSecond) * 1000) : undefined;
}
