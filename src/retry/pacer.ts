/**
 * Pacing after throttling, shared by every listing on one client (the service's limits are per account).
 *
 * A token-bucket service is empty each time it throttles, so the successes between two throttled requests,
 * over the time between sending them, measure the rate it sustains. The pacer hands out send slots spaced to
 * that rate, then speeds up a little with every success (more the longer no throttle comes), so it finds a
 * raised limit again and costs only an occasional throttled request at a steady one.
 *
 * - Before the first throttle nothing is paced. The first throttle seeds the estimate from everything so far,
 *   which includes the bucket's initial burst and so overestimates; until a window with a success in it
 *   measures the rate, each throttle straight after another halves it.
 * - Windows with a retry backoff in them measure the backoff, not the service, and are skipped; while there
 *   is no rate at all, such a window is used with its idle backoff (no request in flight) taken out.
 * - Throttling that does not follow the rate (a service that throttles at random, or for reasons of its own)
 *   would make every window end in a throttle that slowing down cannot avoid. The pacer watches the share of
 *   throttled requests over blocks of requests: when slowing down did not lower it, it probes upward instead,
 *   and stops pacing once pace makes no difference; when a faster pace raises the share, the limit was a rate
 *   after all and the pacer goes back to the pace before the probe, or below it to what the service served.
 */

/** Speed-up per success, growing with the successes since the last throttle. */
const GROWTH = 0.003;
/** Successes after which the speed-up per success has doubled. */
const GROWTH_RAMP = 20;
/**
 * The speed-up per success grows to at most this many times GROWTH more: many listings sharing a pacer
 * bring many successes a second, and an unbounded ramp would overshoot the limit in a fraction of a second.
 */
const MAX_RAMP = 4;
/** Weight of a new measurement against the running estimate. */
const SMOOTHING = 0.5;
/**
 * After a throttle the pace drops to no less than this share of the pace that was throttled. A bucket with
 * little burst overflows while the pacer runs below its rate, so its windows undercount the rate; the pace
 * that was just too fast bounds it from above, and ramping up from here costs only a few slow requests.
 */
const KEEP_OF_THROTTLED_PACE = 0.93;
/**
 * The estimate never falls below the first window's measurement divided by this: throttling that does not
 * follow the rate would otherwise lower it for ever. A limit below the floor (a first window that held a
 * burst, a limit lowered mid-listing) keeps the share throttled high at the floor: a probe then shows it.
 */
const FLOOR_DIVISOR = 2.5;
/** Weight of a new send spacing in the moving average of recent spacings. */
const SPACING_SMOOTHING = 0.1;
/** Spacing to start from when throttled before any success. */
const FIRST_INTERVAL_MS = 5;
/** Spacing never grows past this: longer waits are the retry backoff's job. */
const MAX_INTERVAL_MS = 5_000;
/** Sends let through closer than their interval by this factor are still spaced enough (timer jitter). */
const ADMIT_TOLERANCE = 0.8;
/** Below this spacing the pacer stands aside. */
const MIN_INTERVAL_MS = 0.05;

/** Requests per block over which the throttled share and the throughput are compared. */
const BLOCK = 30;
/** The fewest requests a block may end with, once it has lasted BLOCK_MS. */
const MIN_BLOCK = 10;
const BLOCK_MS = 1_000;
/** A block with at least this share throttled is "still throttled". */
const HIGH_SHARE = 0.1;
/** Evidence that starts a probe: two blocks slowed for nothing, or three stuck at the floor of the estimate. */
const HIGH_BLOCKS_TO_PROBE = 3;
/** Pace multiplier of one upward probe. */
const PROBE_STEP = 1.5;
/** A probe must raise the successes per second at least this much to show that pace was not the limit. */
const PROBE_GAIN = 1.1;
/** A probe throttled this much more than the block before it shows a rate limit below the pace before it. */
const PROBE_SHARE_RISE = 0.1;
/** Unpaced, a block throttled this much more than while probing counts toward pacing again. */
const UNPACED_RISE = 0.2;
/** Blocks after the first throttle that are not judged: they still hold the initial burst. */
const SETTLING_BLOCKS = 1;
/** Blocks without probing after a probe proved the limit real. */
const PROBE_COOLDOWN_BLOCKS = 4;

type Mode = 'rate' | 'probing' | 'unpaced';

interface Block {
	readonly share: number;
	/** Requests per millisecond actually sent during the block. */
	readonly pace: number;
	/** Successful requests per millisecond during the block. */
	readonly goodput: number;
	/** Spacing the pacer asked for at the end of the block. */
	readonly interval: number;
}

export class Pacer {
	/** Milliseconds between request starts; 0 while not pacing. */
	private intervalMs = 0;
	/** The earliest moment the next slot may be handed out. */
	private nextSlotAt = Number.NEGATIVE_INFINITY;
	/** When the last request was let through. */
	private lastAdmittedAt = Number.NEGATIVE_INFINITY;
	/**
	 * Where the first window starts: the first answer, not the first send, so that the client's warm-up
	 * (credentials, endpoint, connection) does not count as the service being slow.
	 */
	private windowOrigin: number | undefined;
	/** When the estimate last changed after a throttle. */
	private adjustedAt: number | undefined;
	/** When the last throttled request was sent: the bucket was empty then. */
	private lastThrottleAt: number | undefined;
	private successesSinceThrottle = 0;
	/** Milliseconds of retry backoff waited since the last throttle: idle time that is not the service's. */
	private backoffInWindow = 0;
	/** Requests sent and not yet answered. */
	private inFlight = 0;
	/** Since when no request has been in flight (undefined while one is). */
	private idleSince: number | undefined;
	/** Milliseconds with no request in flight since the last throttle. */
	private idleInWindow = 0;
	/** When the last request was sent, and the recent spacing of sends (a moving average over about ten). */
	private lastSendAt: number | undefined;
	private recentSpacing: number | undefined;
	/** Estimated sustained rate, in requests per millisecond. */
	private rate: number | undefined;
	/** The lowest a measurement-driven estimate may go, set by the first measurement. */
	private floor = 0;
	/** The first window's measurement: the pace the service served before pacing began. */
	private firstSample = 0;

	private mode: Mode = 'rate';
	private blockStart: number | undefined;
	private blockRequests = 0;
	private blockThrottles = 0;
	private previousBlock: Block | undefined;
	private beforeProbe: Block | undefined;
	private cooldownBlocks = 0;
	private unpacedShare = 0;
	private probeShares: number[] = [];
	/** The next block still runs on slots booked before the probe's last change of pace. */
	private probeSettling = false;
	private highBlocks = 0;
	private blocksSeen = 0;
	private sends = 0;
	private blockStartSends = 0;

	/**
	 * Books the next send slot at `now` and returns how long to wait for it (0 while not pacing). Each call
	 * books its own slot, so listings sharing the pacer are spaced one after another, not all at once.
	 */
	reserve(now: number): number {
		if (this.intervalMs === 0) return 0;
		const at = Math.max(now, this.nextSlotAt);
		this.nextSlotAt = at + this.intervalMs;
		if (at === now) this.lastAdmittedAt = now;
		return at - now;
	}

	/**
	 * The last gate, after waiting for a slot: how much longer to wait so that sends are really spaced. When the
	 * event loop stalls, timers of many booked slots fire together; this spaces them again.
	 */
	admit(now: number): number {
		if (this.intervalMs === 0) return 0;
		const wait = this.lastAdmittedAt + this.intervalMs * ADMIT_TOLERANCE - now;
		if (wait > 0) return wait;
		this.lastAdmittedAt = now;
		return 0;
	}

	/** The current spacing in milliseconds (0: not pacing). */
	get interval(): number {
		return this.intervalMs;
	}

	/** Whether a rate has been estimated, so that retries of a throttled request can wait for a paced slot. */
	get hasRate(): boolean {
		return this.rate !== undefined;
	}

	/** A request is being sent at `now`. */
	onSend(now: number): void {
		if (this.idleSince !== undefined) this.idleInWindow += Math.max(0, now - this.idleSince);
		this.idleSince = undefined;
		this.inFlight++;
		this.sends++;
		if (this.lastSendAt !== undefined) {
			const spacing = Math.max(0, now - this.lastSendAt);
			this.recentSpacing = this.recentSpacing === undefined ? spacing : this.recentSpacing + SPACING_SMOOTHING * (spacing - this.recentSpacing);
		}
		this.lastSendAt = now;
	}

	/** A request failed other than by throttling (or was aborted); its answer came at `now`. */
	onFailure(now: number): void {
		this.answered(now);
	}

	private answered(now: number): void {
		this.inFlight = Math.max(0, this.inFlight - 1);
		if (this.inFlight === 0) this.idleSince = now;
	}

	/** The request sent at `sentAt` succeeded; its answer came at `now`. */
	onSuccess(sentAt: number, now: number = sentAt): void {
		this.answered(now);
		if (this.windowOrigin === undefined) this.windowOrigin = now;
		else this.successesSinceThrottle++;
		this.countInBlock(now, false);
		if (this.intervalMs === 0 || this.mode !== 'rate') return;
		this.intervalMs /= 1 + GROWTH * (1 + Math.min(MAX_RAMP, this.successesSinceThrottle / GROWTH_RAMP));
		if (this.intervalMs < MIN_INTERVAL_MS) this.intervalMs = 0;
	}

	/** A retry is about to wait out a backoff (more than its paced slot). */
	onBackoff(ms: number): void {
		this.backoffInWindow += ms;
	}

	/** The request sent at `sentAt` was throttled; its answer came at `now`. */
	onThrottle(sentAt: number, now: number): void {
		this.answered(now);
		const successes = this.successesSinceThrottle;
		if (this.blockStart === undefined) {
			this.blockStart = now;
			this.blockStartSends = this.sends;
		}
		// A request sent before the pace last changed says nothing about the new pace: with many listings
		// sharing the pacer, a burst's throttles arrive together and would each lower the estimate (and, counted
		// in a block, make pacing look useless).
		const stale = this.adjustedAt !== undefined && sentAt < this.adjustedAt;
		this.countInBlock(now, !stale);
		if (stale) return;
		if (this.mode === 'rate') {
			this.measure(sentAt, successes);
			this.adjustedAt = now;
		}
		this.lastThrottleAt = Math.max(sentAt, this.lastThrottleAt ?? Number.NEGATIVE_INFINITY);
		this.successesSinceThrottle = 0;
		this.backoffInWindow = 0;
		this.idleInWindow = 0;
	}

	private measure(sentAt: number, successes: number): void {
		// The pace that was throttled: the pacer's, or the pace requests really went out at where that was slower
		// (many listings whose retries back off, a round trip longer than the spacing). Holding on to a pace the
		// pacer asked for but nobody sent kept the estimate far above the limit.
		const sentPace = this.recentSpacing === undefined || this.recentSpacing === 0 ? Number.POSITIVE_INFINITY : 1 / this.recentSpacing;
		const throttledPace = this.intervalMs > 0 ? Math.min(1 / this.intervalMs, sentPace) : undefined;
		// From the sending of the last throttled request to the sending of this one: empty bucket to empty bucket.
		const window = sentAt - (this.lastThrottleAt ?? this.windowOrigin ?? sentAt);
		const measured = this.floor > 0;
		// Backoff is idle time only while no other request is out: summed over listings that wait side by side while
		// others send, it can exceed the window itself (and left a sliver of a window, and an estimate a hundred
		// times the limit). What is taken out is the time nothing was in flight, at most the backoff.
		const idle = Math.min(this.backoffInWindow, this.idleInWindow);
		if (this.lastThrottleAt === undefined) {
			if (successes > 0 && window > 0) this.rate = successes / window;
			else this.intervalMs = Math.max(this.intervalMs, FIRST_INTERVAL_MS);
		} else if (successes > 0 && window - idle > 0 && (this.backoffInWindow === 0 || this.rate === undefined)) {
			// A window with a backoff in it is skipped (a bucket refills meanwhile, and other listings go on), unless
			// there is no rate at all yet: then, with its idle backoff taken out, it is the best measure there is.
			const sample = successes / (window - idle);
			this.rate = measured && this.rate !== undefined ? this.rate + SMOOTHING * (sample - this.rate) : sample;
			if (!measured) {
				// The floor comes from the first window. It can still hold a burst (a bucket's, or many listings
				// starting at once) and so lie above the service's rate: judge() lowers it when that shows.
				this.firstSample = sample;
				this.floor = sample / FLOOR_DIVISOR;
			} else if (throttledPace !== undefined) this.rate = Math.max(this.rate, KEEP_OF_THROTTLED_PACE * throttledPace);
			this.rate = Math.max(this.rate, this.floor);
		} else if (!measured && successes === 0) {
			this.rate = this.rate === undefined ? 1 / Math.max(this.intervalMs * 2, FIRST_INTERVAL_MS) : this.rate / 2;
		} else if (measured && successes === 0 && this.rate !== undefined) {
			// Throttled again, nothing served since, at the pace set after the last throttle: still a little fast.
			this.rate = Math.max(this.floor, this.rate * KEEP_OF_THROTTLED_PACE);
		}
		if (this.rate !== undefined) this.setInterval(1 / this.rate);
	}

	/** Whether send slots are booked beyond the next one (listings waiting in a queue of slots). */
	private bookedAhead(now: number): boolean {
		return this.nextSlotAt > now + this.intervalMs;
	}

	private setInterval(interval: number): void {
		this.intervalMs = interval < MIN_INTERVAL_MS ? 0 : Math.min(MAX_INTERVAL_MS, interval);
	}

	/**
	 * Blocks start at the first throttle; each full block is compared with the one before. Everything is
	 * counted on the clock of the answers, so that requests sent together by many listings do not look like
	 * a burst of pace.
	 */
	private countInBlock(now: number, throttled: boolean): void {
		if (this.blockStart === undefined) return;
		this.blockRequests++;
		if (throttled) this.blockThrottles++;
		// A block is BLOCK requests, or at least MIN_BLOCK over a second when requests are slow.
		if (this.blockRequests < BLOCK && (this.blockRequests < MIN_BLOCK || now - this.blockStart < BLOCK_MS)) return;
		const elapsed = Math.max(now - this.blockStart, 1e-3);
		const block: Block = {
			share: this.blockThrottles / this.blockRequests,
			pace: (this.sends - this.blockStartSends) / elapsed,
			goodput: (this.blockRequests - this.blockThrottles) / elapsed,
			interval: this.intervalMs,
		};
		this.blockStart = now;
		this.blockStartSends = this.sends;
		this.blockRequests = 0;
		this.blockThrottles = 0;
		// The first blocks after the first throttle still hold the initial burst: they are no baseline.
		if (++this.blocksSeen > SETTLING_BLOCKS) this.judge(block, now);
		this.previousBlock = block;
	}

	private judge(block: Block, now: number): void {
		const previous = this.previousBlock;
		if (this.cooldownBlocks > 0) this.cooldownBlocks--;
		if (this.mode === 'rate') {
			// Slowing down cost as many successes as it saved requests, and requests are still throttled: the
			// service does not throttle by rate (over a token bucket, successes hold at the rate however fast
			// one goes, and below it nothing is throttled). Probe upward. At the floor, where the pace no longer
			// falls, a share that stays high for several blocks says the same.
			const paceRatio = previous === undefined ? 1 : block.pace / previous.pace;
			const goodputRatio = previous === undefined ? 1 : block.goodput / previous.goodput;
			const slowedForNothing = paceRatio <= 0.85 && goodputRatio <= 0.5 + 0.5 * paceRatio;
			const stuckAtFloor = this.rate !== undefined && this.rate <= this.floor * 1.01;
			const stillThrottled = this.intervalMs > 0 && block.share >= HIGH_SHARE;
			this.highBlocks = stillThrottled && (slowedForNothing || stuckAtFloor) ? this.highBlocks + (slowedForNothing ? 2 : 1) : 0;
			if (this.highBlocks >= HIGH_BLOCKS_TO_PROBE && this.cooldownBlocks === 0) {
				this.mode = 'probing';
				this.probeSettling = this.bookedAhead(now);
				this.beforeProbe = block;
				this.probeShares = [block.share];
				// Straight back to the pace of the first measurement, if that was faster: it is what the service
				// served before pacing began.
				this.setInterval(1 / Math.max(block.pace * PROBE_STEP, this.firstSample));
			}
			return;
		}
		if (this.mode === 'probing') {
			// The block after a change of pace ran on slots booked at the old one (many listings book ahead): it says
			// nothing about the new pace.
			if (this.probeSettling) {
				this.probeSettling = false;
				return;
			}
			const before = this.beforeProbe ?? block;
			this.probeShares.push(block.share);
			// Asked for a faster pace and did not get it (the round trip is the limit, not the pacer): stop pacing.
			if (this.intervalMs === 0 || block.pace < before.pace * 1.1) {
				this.mode = 'unpaced';
				this.highBlocks = 0;
				this.unpacedShare = this.probeShares.reduce((sum, share) => sum + share, 0) / this.probeShares.length;
				this.intervalMs = 0;
				return;
			}
			if (block.goodput < before.goodput * PROBE_GAIN) {
				// Faster brought no more successes: a real rate limit. Back to the pace before the probe or, if that was
				// still throttled and faster was throttled clearly more (the floor lay above the limit, as a bucket shows;
				// random throttling keeps its share), to what the service served then, which is the limit.
				this.mode = 'rate';
				this.highBlocks = 0;
				this.cooldownBlocks = PROBE_COOLDOWN_BLOCKS;
				this.rate = before.share >= HIGH_SHARE && block.share >= before.share + PROBE_SHARE_RISE ? before.goodput : before.pace;
				this.floor = Math.min(this.floor, this.rate / FLOOR_DIVISOR);
				this.setInterval(1 / this.rate);
				return;
			}
			this.beforeProbe = block;
			this.probeSettling = this.bookedAhead(now);
			this.setInterval(this.intervalMs / PROBE_STEP);
			return;
		}
		// Unpaced after probing: two blocks clearly more throttled mean a rate limit has appeared; measure it anew.
		this.highBlocks = block.share >= this.unpacedShare + UNPACED_RISE ? this.highBlocks + 1 : 0;
		if (this.highBlocks >= 2) {
			this.mode = 'rate';
			this.highBlocks = 0;
			this.cooldownBlocks = PROBE_COOLDOWN_BLOCKS;
			this.lastThrottleAt = undefined;
			this.windowOrigin = now;
			this.successesSinceThrottle = 0;
			this.floor = 0;
			this.firstSample = 0;
			this.rate = undefined;
		}
	}
}

/**
 * Retries of a throttled page that wait only for their paced slot, before exponential backoff starts
 * (once the pacer has a rate; a listing throttled before any success backs off from the first retry).
 */
export const PACED_RETRIES = 4;

const pacers = new WeakMap<object, Pacer>();

/** The pacer every listing on `client` shares. */
export function pacerFor(client: object): Pacer {
	let pacer = pacers.get(client);
	if (pacer === undefined) {
		pacer = new Pacer();
		pacers.set(client, pacer);
	}
	return pacer;
}
