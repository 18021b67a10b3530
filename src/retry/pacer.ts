/**
 * Pacing after throttling, shared by every listing on one client (the service's limits are per account, and
 * other processes and machines of the account draw on them too, unseen).
 *
 * The law is that of TCP's congestion control, on a pace instead of a window. A throttle beyond a small target
 * share of the recent answers lowers the pace by a fifth; time without one raises it, linearly at first and
 * then cubically with the time since the last decrease, so that a raised limit or the end of a storm is found
 * within seconds, and a steady limit costs an occasional throttled request. Whatever other clients do, more
 * throttling makes the pacer send less, so they cannot push it into hammering; and processes of ours, each with
 * its own pacer, follow the same law and settle on similar shares of a limit none of them knows.
 *
 * Throttling that does not follow the pace (a service that throttles at random, or for reasons of its own) keeps
 * its share however slow one goes. When slowing down did not lower the share, the target moves just above it
 * (and the pace back to where it was), up to the highest target. That test can be fooled (other processes take
 * what one gives up; a limit that falls while the pace does), so the target also comes back down when the service
 * is seen to serve the same rate whatever the pace: that is a rate limit, and its throttling follows the pace.
 * When the pace is far above what is really sent and throttling still does not follow it, the pacer stops pacing
 * (retries still back off), until the share rises clearly again.
 */
import { debugEnabled, debugLine } from './debug-log.js';

/** The share of throttled requests aimed at while nothing suggests throttling beyond the rate's. */
const BASE_TARGET = 0.08;
/** The highest target. */
const MAX_TARGET = 0.5;
/** Margin of the target over a share of throttling that slowing down did not lower. */
const TARGET_MARGIN = 0.15;
/** Pace kept after a throttle beyond the target: the multiplicative decrease. */
const KEEP_AFTER_THROTTLE = 0.8;
/**
 * Growth after a decrease, as shares of the pace that was throttled per second: a linear part, then a cubic
 * one that takes over after about a second, so that a raised limit or the end of a storm is found in seconds.
 */
const GROWTH_LINEAR = 0.25;
const GROWTH_CUBIC = 1.5;
/** Weight of one answer in the moving share of throttled answers (about the last 24). */
const SHARE_WEIGHT = 1 / 24;
/** Answers per block over which the target is judged, or fewer once BLOCK_MS has passed. */
const BLOCK = 12;
const MIN_BLOCK = 6;
const BLOCK_MS = 1_000;
/**
 * A block whose pace fell by this factor from two blocks before shows whether slowing down lowered the share: it
 * did not if the share is as high as then (and above the target).
 */
const SLOWED = 0.85;
/**
 * Blocks over which a rate limit shows: paces this far apart (highest over lowest) with successes per second this
 * close (highest over lowest) mean the service serves one rate whatever the pace.
 */
const LIMIT_BLOCKS = 6;
const LIMIT_PACE_SPREAD = 1.4;
const LIMIT_SERVED_SPREAD = 1.15;
/** Not pacing once throttling does not follow the pace and the pace is this many times what is sent. */
const UNPACE_AT = 4;
/** ...and no throttle beyond the target has come for this many seconds. */
const UNPACE_AFTER_S = 1.5;
/** Blocks whose rate of successes is remembered, and the share of their best that growth is scaled to at least. */
const SERVED_BLOCKS = 5;
const SERVED_SCALE = 0.5;
/** Weight of a new send spacing in the moving average of recent spacings. */
const SPACING_WEIGHT = 0.1;
/** Window over which the rate of successes is measured, to seed the pace at the first throttle. */
const SEED_WINDOW_MS = 1_000;
/** Spacing to start from when throttled before any success. */
const FIRST_INTERVAL_MS = 5;
/** Spacing never grows past this: longer waits are the retry backoff's job. */
const MAX_INTERVAL_MS = 5_000;
/** Sends let through closer than their interval by this factor are still spaced enough (timer jitter). */
const ADMIT_TOLERANCE = 0.8;
/** Below this spacing the pacer stands aside. */
const MIN_INTERVAL_MS = 0.05;

interface Block {
	readonly share: number;
	/** Mean pace, in requests per millisecond, the block's requests were asked to go at. */
	readonly pace: number;
	/** Successes per millisecond. */
	readonly served: number;
}

export class Pacer {
	/** Requests per millisecond; 0 while not pacing. */
	private rate = 0;
	/** The pace at the last decrease, which growth is measured against. */
	private throttledRate = 0;
	/** When the pace last went down: throttles of requests sent before it say nothing about the new pace. */
	private loweredAt = Number.NEGATIVE_INFINITY;
	/** When growth was last applied. */
	private grownAt = 0;
	/** The earliest moment the next slot may be handed out. */
	private nextSlotAt = Number.NEGATIVE_INFINITY;
	/** When the last request was let through. */
	private lastAdmittedAt = Number.NEGATIVE_INFINITY;
	/** Send times of recent successes before pacing, to seed the pace at the first throttle. */
	private recentSuccesses: number[] = [];
	/** When the last request was sent, and the recent spacing of sends (a moving average over about ten). */
	private lastSendAt: number | undefined;
	private sendSpacing: number | undefined;
	private share = 0;
	private target = BASE_TARGET;
	private block = { answers: 0, throttles: 0, paceSum: 0, startedAt: 0 };
	private blocks: Block[] = [];
	/** The last LIMIT_BLOCKS blocks, to see a rate limit by. */
	private recent: Block[] = [];
	/** Successes per millisecond of the last blocks that had any: what the service gave before a storm. */
	private served: number[] = [];

	/**
	 * Books the next send slot at `now` and returns how long to wait for it (0 while not pacing). Each call
	 * books its own slot, so listings sharing the pacer are spaced one after another, not all at once.
	 */
	reserve(now: number): number {
		if (this.rate === 0) return 0;
		const at = Math.max(now, this.nextSlotAt);
		this.nextSlotAt = at + 1 / this.rate;
		if (at === now) this.lastAdmittedAt = now;
		return at - now;
	}

	/**
	 * The last gate, after waiting for a slot: how much longer to wait so that sends are really spaced. When the
	 * event loop stalls, timers of many booked slots fire together; this spaces them again.
	 */
	admit(now: number): number {
		if (this.rate === 0) return 0;
		const wait = this.lastAdmittedAt + ADMIT_TOLERANCE / this.rate - now;
		if (wait > 0) return wait;
		this.lastAdmittedAt = now;
		return 0;
	}

	/** The current spacing in milliseconds (0: not pacing). */
	get interval(): number {
		return this.rate === 0 ? 0 : 1 / this.rate;
	}

	/** The pace in words, for debug lines. */
	describePace(): string {
		return this.rate === 0 ? 'not pacing' : `${(this.rate * 1000).toFixed(1)} requests/s`;
	}

	/** A request is being sent at `now`. */
	onSend(now: number): void {
		if (this.lastSendAt !== undefined) {
			const spacing = Math.max(0, now - this.lastSendAt);
			this.sendSpacing = this.sendSpacing === undefined ? spacing : this.sendSpacing + SPACING_WEIGHT * (spacing - this.sendSpacing);
		}
		this.lastSendAt = now;
	}

	/** The request sent at `sentAt` succeeded; its answer came at `now`. */
	onSuccess(sentAt: number, now: number = sentAt): void {
		if (this.rate === 0 && this.blocks.length === 0) {
			this.recentSuccesses.push(sentAt);
			if (this.recentSuccesses.length > 256) this.recentSuccesses.splice(0, 128);
			return;
		}
		this.share -= this.share * SHARE_WEIGHT;
		this.count(false, now);
		if (this.rate > 0) this.grow(now);
	}

	/** The request sent at `sentAt` was throttled; its answer came at `now`. */
	onThrottle(sentAt: number, now: number): void {
		if (this.rate === 0 && this.blocks.length === 0) return this.start(sentAt, now);
		this.share += (1 - this.share) * SHARE_WEIGHT;
		this.count(true, now);
		if (this.rate === 0) return;
		// Throttles up to the target's share are the price of finding the limit (or throttling that does not follow
		// the pace): only beyond it, and only for requests sent at the current pace, does the pace go down.
		if (sentAt < this.loweredAt || this.share <= this.target) return this.grow(now);
		// The pace that was throttled is the pacer's, or not far above the pace requests really went out at where
		// that was slower (round trips longer than the spacing): lowering a pace nobody sends at changes nothing.
		const sent = this.sendSpacing === undefined || this.sendSpacing === 0 ? this.rate : 2 / this.sendSpacing;
		this.throttledRate = Math.min(this.rate, sent);
		this.lower(this.throttledRate * KEEP_AFTER_THROTTLE, now, `throttled (${Math.round(this.share * 100)}% of recent answers)`);
	}

	/** The first throttle: start from the pace the service served over the last second, or from a guess. */
	private start(sentAt: number, now: number): void {
		const since = sentAt - SEED_WINDOW_MS;
		const served = this.recentSuccesses.filter((at) => at >= since);
		const span = served.length >= 2 ? sentAt - (served[0] as number) : 0;
		this.recentSuccesses = [];
		this.share = 1 / (served.length + 1);
		this.block.startedAt = now;
		this.throttledRate = span > 0 ? served.length / span : 1 / FIRST_INTERVAL_MS;
		this.lower(this.throttledRate * KEEP_AFTER_THROTTLE, now, 'first throttle');
	}

	private lower(rate: number, now: number, why: string): void {
		this.loweredAt = now;
		this.grownAt = now;
		this.set(rate, why);
	}

	/**
	 * Growth with the time since the last decrease: linear, then cubic, so that a raised limit or the end of a
	 * storm is found within seconds.
	 */
	private grow(now: number): void {
		const since = (now - this.loweredAt) / 1000;
		const step = Math.min(now - this.grownAt, 2 / this.rate) / 1000;
		this.grownAt = now;
		// Growth is scaled to the pace last throttled, or to a share of what the service recently served where that is
		// more: a storm drives the pace far down, and the way back should not be measured from there.
		const scale = Math.max(this.throttledRate, SERVED_SCALE * Math.max(0, ...this.served));
		const added = step <= 0 ? 0 : scale * step * (GROWTH_LINEAR + GROWTH_CUBIC * since * since);
		// Throttling that does not follow the pace, and a pace far above what requests are really sent at: pacing
		// makes no difference, and only costs noise-driven slowdowns. Stop it (retries still back off).
		if (this.target > BASE_TARGET && since > UNPACE_AFTER_S && this.sendSpacing !== undefined && this.rate * this.sendSpacing > UNPACE_AT) {
			this.rate = 0;
			this.note(`${Math.round(this.share * 100)}% throttled whatever the pace: not pacing`);
			return;
		}
		this.set(this.rate + added, 'no throttling beyond the target');
	}

	/**
	 * Blocks of answers judge the target: a share above it that did not fall although the pace did is throttling
	 * that does not follow the rate, and the target moves above it; a share well below it brings it back down.
	 */
	private count(throttled: boolean, now: number): void {
		const block = this.block;
		block.answers++;
		if (throttled) block.throttles++;
		block.paceSum += this.rate;
		if (block.answers < BLOCK && (block.answers < MIN_BLOCK || now - block.startedAt < BLOCK_MS)) return;
		const served = (block.answers - block.throttles) / Math.max(1, now - block.startedAt);
		const finished: Block = { share: block.throttles / block.answers, pace: block.paceSum / block.answers, served };
		if (served > 0) this.served = [...this.served.slice(1 - SERVED_BLOCKS), served];
		this.block = { answers: 0, throttles: 0, paceSum: 0, startedAt: now };
		const earlier = this.blocks.at(-2);
		this.blocks = [...this.blocks.slice(-2), finished];
		this.recent = [...this.recent.slice(1 - LIMIT_BLOCKS), finished];
		if (this.rate === 0) {
			// Not pacing because throttling did not follow the pace: pace again once the share rises clearly.
			if (finished.share > this.target + TARGET_MARGIN) {
				this.target = BASE_TARGET;
				this.throttledRate = Math.max(this.throttledRate, 1 / FIRST_INTERVAL_MS);
				this.lower(this.throttledRate, now, 'throttling rose while not pacing');
			}
			return;
		}
		const previous = this.blocks.at(-2) as Block | undefined;
		if (earlier !== undefined && previous !== undefined && finished.share > this.target + TARGET_MARGIN / 2 && finished.pace < earlier.pace * SLOWED && finished.share >= earlier.share) {
			// Not beyond the highest target, and still pacing: processes of ours that share a limit see each other's
			// throttling as throttling that does not follow the pace, and all of them hammering is worse than a share.
			this.target = Math.min(MAX_TARGET, (finished.share + previous.share) / 2 + TARGET_MARGIN);
			// Slowing down was for nothing: back to the pace of before.
			// (Not to the first measurement: with many listings starting together it can be a burst far above any limit.)
			this.throttledRate = Math.max(this.rate, earlier.pace);
			this.lower(this.throttledRate, now, 'slowing down did not lower the throttling');
			this.note(`${Math.round(finished.share * 100)}% throttled did not fall with the pace: aiming at ${Math.round(this.target * 100)}%`);
		} else if (this.target > BASE_TARGET && this.recent.length === LIMIT_BLOCKS && servesOneRate(this.recent)) {
			this.target = BASE_TARGET;
			this.note(`the service serves one rate whatever the pace: aiming at ${Math.round(this.target * 100)}%`);
		} else if (this.target > BASE_TARGET && this.blocks.length === 3 && this.blocks.every((b) => b.share < this.target - 1.5 * TARGET_MARGIN)) {
			this.target = Math.max(BASE_TARGET, this.blocks.reduce((sum, b) => sum + b.share, 0) / 3 + TARGET_MARGIN);
			this.note(`${Math.round(finished.share * 100)}% throttled: aiming at ${Math.round(this.target * 100)}%`);
		}
	}

	private set(rate: number, why: string): void {
		const before = this.rate;
		this.rate = rate > 1 / MIN_INTERVAL_MS ? 0 : Math.max(rate, 1 / MAX_INTERVAL_MS);
		// A line per change would flood the log: the first pace, the end of pacing, and changes of a tenth or more.
		if (debugEnabled() && (before === 0 || this.rate === 0 || Math.abs(Math.log(this.rate / before)) > 0.1)) this.note(`${why}: ${this.describePace()}`);
	}

	private note(line: string): void {
		if (debugEnabled()) debugLine(`pacer: ${line}`);
	}
}

/** Paces far apart and successes per second close together, with some throttling: a rate limit. */
function servesOneRate(blocks: readonly Block[]): boolean {
	const spread = (values: number[]) => Math.max(...values) / Math.min(...values);
	return blocks.some((block) => block.share > 0) && blocks.every((block) => block.pace > 0) && spread(blocks.map((block) => block.pace)) >= LIMIT_PACE_SPREAD && spread(blocks.map((block) => block.served)) <= LIMIT_SERVED_SPREAD;
}

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
