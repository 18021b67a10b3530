/**
 * Per-listing pacing after throttling.
 *
 * A token-bucket service is empty each time it throttles, so the successes between two throttled requests,
 * over the time between sending them, measure the rate it sustains. The pacer spaces requests to that rate,
 * then speeds up a little with every success (more the longer no throttle comes), so it finds a raised limit
 * again and costs only an occasional throttled request at a steady one.
 *
 * - Before the first throttle nothing is paced. The first throttle seeds the estimate from everything so
 *   far, which includes the bucket's initial burst and so overestimates; until a window with a success in it
 *   measures the rate, each throttle straight after another halves it.
 * - Windows with a retry backoff in them measure the backoff, not the service, and are skipped.
 * - A service that throttles at random (not by rate) makes every window end in a throttle that slowing down
 *   cannot avoid, and the estimate would fall for ever: it never falls below a quarter of the first
 *   measurement. A limit lowered further than that mid-listing is left to the retry backoff.
 */

/** Speed-up per success, growing with the successes since the last throttle. */
const GROWTH = 0.003;
/** Successes after which the speed-up per success has doubled. */
const GROWTH_RAMP = 20;
/** Weight of a new measurement against the running estimate. */
const SMOOTHING = 0.5;
/**
 * After a throttle the pace drops to no less than this share of the pace that was throttled. A bucket with
 * little burst overflows while the pacer runs below its rate, so its windows undercount the rate; the pace
 * that was just too fast bounds it from above, and ramping up from here costs only a few slow requests.
 */
const KEEP_OF_THROTTLED_PACE = 0.93;
/** The estimate never falls below the first measurement divided by this. */
const FLOOR_DIVISOR = 4;
/** Spacing to start from when throttled before any success. */
const FIRST_INTERVAL_MS = 5;
/** Spacing never grows past this: longer waits are the retry backoff's job. */
const MAX_INTERVAL_MS = 5_000;
/** Below this spacing the pacer stands aside. */
const MIN_INTERVAL_MS = 0.05;

export class Pacer {
	/** Milliseconds between request starts; 0 while not pacing. */
	private intervalMs = 0;
	private lastSendAt = Number.NEGATIVE_INFINITY;
	/** When the last throttled request was sent: the bucket was empty then. */
	private lastThrottleAt: number | undefined;
	private successesSinceThrottle = 0;
	private backoffInWindow = false;
	/** Estimated sustained rate, in requests per millisecond. */
	private rate: number | undefined;
	/** The lowest the estimate may go, set by the first measurement. */
	private floor = 0;

	constructor(private readonly startedAt: number) {}

	/** Milliseconds to wait at `now` before the next request may start. */
	waitMs(now: number): number {
		return this.intervalMs === 0 ? 0 : Math.max(0, this.lastSendAt + this.intervalMs - now);
	}

	/** The current spacing in milliseconds (0: not pacing). */
	get interval(): number {
		return this.intervalMs;
	}

	/** Whether a rate has been estimated, so that retries of a throttled request can wait for a paced slot. */
	get hasRate(): boolean {
		return this.rate !== undefined;
	}

	onSend(now: number): void {
		this.lastSendAt = now;
	}

	onSuccess(): void {
		this.successesSinceThrottle++;
		if (this.intervalMs === 0) return;
		this.intervalMs /= 1 + GROWTH * (1 + this.successesSinceThrottle / GROWTH_RAMP);
		if (this.intervalMs < MIN_INTERVAL_MS) this.intervalMs = 0;
	}

	/** A retry is about to wait out a backoff (more than its paced slot). */
	onBackoff(): void {
		this.backoffInWindow = true;
	}

	/** The request just sent was throttled. */
	onThrottle(): void {
		const successes = this.successesSinceThrottle;
		const throttledPace = this.intervalMs > 0 ? 1 / this.intervalMs : undefined;
		// From the sending of the last throttled request to the sending of this one: empty bucket to empty bucket.
		const window = this.lastSendAt - (this.lastThrottleAt ?? this.startedAt);
		const measured = this.floor > 0;
		if (this.lastThrottleAt === undefined) {
			if (successes > 0 && window > 0) this.rate = successes / window;
			else this.intervalMs = Math.max(this.intervalMs, FIRST_INTERVAL_MS);
		} else if (successes > 0 && window > 0 && !this.backoffInWindow) {
			const sample = successes / window;
			this.rate = measured && this.rate !== undefined ? this.rate + SMOOTHING * (sample - this.rate) : sample;
			if (!measured) this.floor = sample / FLOOR_DIVISOR;
			else if (throttledPace !== undefined) this.rate = Math.max(this.rate, KEEP_OF_THROTTLED_PACE * throttledPace);
			this.rate = Math.max(this.rate, this.floor);
		} else if (!measured && successes === 0) {
			this.rate = this.rate === undefined ? 1 / Math.max(this.intervalMs * 2, FIRST_INTERVAL_MS) : this.rate / 2;
		}
		if (this.rate !== undefined) this.intervalMs = Math.min(MAX_INTERVAL_MS, 1 / this.rate);
		this.lastThrottleAt = this.lastSendAt;
		this.successesSinceThrottle = 0;
		this.backoffInWindow = false;
	}
}

/**
 * Retries of a throttled page that wait only for their paced slot, before exponential backoff starts
 * (once the pacer has a rate; a listing throttled before any success backs off from the first retry).
 */
export const PACED_RETRIES = 4;
