/**
 * Per-listing pacing after throttling. A token-bucket service is empty each time it throttles, so the
 * successes between two throttles, over the time between them, measure the rate it sustains. The pacer
 * spaces requests to that rate, then speeds up a little with every success, so it finds a raised limit
 * again and costs only an occasional throttled request (about one in twenty) at a steady limit.
 */

/** Speed-up per success; one throttle per about sqrt(2 / GROWTH) = 20 requests at a steady limit. */
const GROWTH = 0.005;
/** Weight of a new measurement against the running estimate. */
const SMOOTHING = 0.5;
/** Spacing to start from when throttled before any success could be measured. */
const FLOOR_INTERVAL_MS = 5;
/** Spacing never grows past this: longer waits are the retry backoff's job. */
const MAX_INTERVAL_MS = 5_000;
/** Below this spacing the pacer stands aside. */
const MIN_INTERVAL_MS = 0.05;

export class Pacer {
	/** Milliseconds between request starts; 0 while no throttling was seen. */
	private intervalMs = 0;
	private lastSendAt = Number.NEGATIVE_INFINITY;
	private lastThrottleAt: number | undefined;
	private successesSinceThrottle = 0;
	/** Estimated sustained rate, in requests per millisecond. */
	private rate: number | undefined;
	/** Measurements taken between two throttles (free of the initial burst). */
	private cleanSamples = 0;

	constructor(private readonly startedAt: number) {}

	/** Milliseconds to wait at `now` before the next request may start. */
	waitMs(now: number): number {
		return this.intervalMs === 0 ? 0 : Math.max(0, this.lastSendAt + this.intervalMs - now);
	}

	/** The current spacing, for reports. */
	get interval(): number {
		return this.intervalMs;
	}

	onSend(now: number): void {
		this.lastSendAt = now;
	}

	onSuccess(): void {
		this.successesSinceThrottle++;
		if (this.intervalMs === 0) return;
		this.intervalMs /= 1 + GROWTH;
		if (this.intervalMs < MIN_INTERVAL_MS) this.intervalMs = 0;
	}

	onThrottle(now: number): void {
		const since = this.lastThrottleAt ?? this.startedAt;
		const elapsed = now - since;
		if (this.successesSinceThrottle > 0 && elapsed > 0) {
			const sample = this.successesSinceThrottle / elapsed;
			// The window before the first throttle also counts the bucket's initial burst and overestimates:
			// it only seeds the estimate, and the first window that starts at a throttle replaces it.
			const clean = this.lastThrottleAt !== undefined;
			if (this.rate === undefined || (clean && this.cleanSamples === 0)) this.rate = sample;
			else this.rate += SMOOTHING * (sample - this.rate);
			if (clean) this.cleanSamples++;
			this.intervalMs = Math.min(MAX_INTERVAL_MS, 1 / this.rate);
		} else {
			// Throttled again before a single success: the estimate is too high, halve the rate.
			this.intervalMs = Math.min(MAX_INTERVAL_MS, Math.max(FLOOR_INTERVAL_MS, this.intervalMs * 2));
		}
		this.lastThrottleAt = now;
		this.successesSinceThrottle = 0;
	}
}
