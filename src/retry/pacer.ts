/**
 * Pacing after throttling, shared by every listing on one client: the service's limits are per account, and
 * other processes and machines of the account draw on them too, unseen.
 *
 * The law is TCP's congestion control on a pace instead of a window: a throttle beyond a small target share of
 * recent answers (the last 24 or so, or the last 2 s when answers come slower) lowers the pace by a fifth; time
 * without one raises it, linearly and then cubically with the time since the last decrease, and doubling after a
 * second with no throttle at all, so a raised limit, the end of a storm or of the competitors is found within
 * seconds. More throttling always means sending less, so other clients cannot push the pacer into hammering, and
 * processes of ours, each with its own pacer, settle on similar shares of a limit none of them knows.
 *
 *   state     event                                          next      why
 *   learning  success                                        learning  remember it, to seed the pace
 *   learning  throttle                                       pacing    at 0.8 of the rate served over the last second
 *   pacing    throttle within the target share, or of a      pacing    faster: such throttles are the price of
 *             request sent before the last decrease                     finding the limit, or say nothing new
 *   pacing    throttle beyond the target                     pacing    0.8 of the pace requests really went out at,
 *                                                                       or of 0.35 of the pace if that is less sent
 *                                                                       (retry backoffs stretch the spacing)
 *   pacing    success                                        pacing    faster
 *   pacing    success, no throttle at all for a second       pacing    faster, doubling every 0.25 s: the limit rose
 *             (and 4 spacings)                                          or the others are done
 *   pacing    block: slowing down did not lower the share    pacing    back to the earlier pace, target above the
 *                                                                       share: throttling that ignores the pace
 *   pacing    block: one rate served whatever the pace,      pacing    target back to the base: that is a rate
 *             or throttling well below the target                      limit, and its throttling follows the pace
 *   pacing    target raised, pace 4x what is sent, 1.5 s     aside     pacing makes no difference; retries still
 *             with no throttle beyond it                               back off
 *   aside     block throttled clearly beyond the target      pacing    a rate limit has appeared; the target
 *                                                                       stays, as the other throttling has not gone
 *   any       a pace faster than one request per 0.05 ms     learning  too fast to matter (aside once a block
 *                                                             or aside  has been judged)
 */
import { debugEnabled, debugLine } from './debug-log.js';
import { type Block, BlockHistory, BlockTally, TARGET_MARGIN } from './pacer-blocks.js';
import { ThrottleShare } from './pacer-share.js';
import {
	BASE_TARGET, MAX_TARGET, KEEP_AFTER_THROTTLE, GROWTH_LINEAR, GROWTH_CUBIC, SERVED_SCALE, QUIET_MS, QUIET_INTERVALS, QUIET_DOUBLING_S, LEAST_KEPT_OF_PACE,
	UNPACE_AT, UNPACE_AFTER_S, SPACING_WEIGHT, SEED_WINDOW_MS, FIRST_INTERVAL_MS, MAX_INTERVAL_MS, MIN_INTERVAL_MS, ADMIT_TOLERANCE,
} from './pacer-law.js';

type PacerState = 'learning' | 'pacing' | 'aside';

export class Pacer {
	/** Requests per millisecond; 0 while not pacing. */
	private rate = 0;
	/** The pace at the last decrease, which growth is measured against. */
	private throttledRate = 0;
	/** When the pace last went down: throttles of requests sent before it say nothing about the new pace. */
	private loweredAt = Number.NEGATIVE_INFINITY;
	/** When the last throttle of any kind came. */
	private throttledAt = Number.NEGATIVE_INFINITY;
	private grownAt = 0;
	/** The earliest moment the next slot may be handed out, and when the last request was let through. */
	private nextSlotAt = Number.NEGATIVE_INFINITY;
	private lastAdmittedAt = Number.NEGATIVE_INFINITY;
	/** Send times of successes while learning. */
	private recentSuccesses: number[] = [];
	private lastSendAt: number | undefined;
	private sendSpacing: number | undefined;
	/** Moving share of throttled answers, and the share aimed at. */
	private readonly share = new ThrottleShare();
	private target = BASE_TARGET;
	private readonly tally = new BlockTally();
	private readonly history = new BlockHistory();

	private get state(): PacerState {
		if (this.rate > 0) return 'pacing';
		return this.history.isEmpty ? 'learning' : 'aside';
	}

	/**
	 * Books the next send slot at `now` and returns how long to wait for it (0 while not pacing). Each call books
	 * its own slot, so listings sharing the pacer are spaced one after another, not all at once.
	 */
	reserve(now: number): number {
		if (this.rate === 0) return 0;
		const at = Math.max(now, this.nextSlotAt);
		this.nextSlotAt = at + 1 / this.rate;
		if (at === now) this.lastAdmittedAt = now;
		return at - now;
	}

	/**
	 * The last gate after waiting for a slot: how much longer to wait so that sends are really spaced. When the
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
		if (this.state === 'learning') return this.rememberSuccess(sentAt);
		this.share.add(false, now);
		this.judgeBlock(false, now);
		if (this.state === 'pacing') this.grow(now);
	}

	/** The request sent at `sentAt` was throttled; its answer came at `now`. */
	onThrottle(sentAt: number, now: number): void {
		if (this.state === 'learning') return this.start(sentAt, now);
		this.throttledAt = now;
		this.share.add(true, now);
		this.judgeBlock(true, now);
		if (this.state !== 'pacing') return;
		if (sentAt < this.loweredAt || this.share.value <= this.target) return this.grow(now);
		// Lower from the pace requests really went out at where that was slower (round trips longer than the
		// spacing): lowering a pace nobody sends at changes nothing.
		const sent = this.sendSpacing === undefined || this.sendSpacing === 0 ? this.rate : 2 / this.sendSpacing;
		this.throttledRate = Math.max(Math.min(this.rate, sent), this.rate * LEAST_KEPT_OF_PACE);
		this.lower(this.throttledRate * KEEP_AFTER_THROTTLE, now, `throttled (${Math.round(this.share.value * 100)}% of recent answers)`);
	}

	private rememberSuccess(sentAt: number): void {
		this.recentSuccesses.push(sentAt);
		if (this.recentSuccesses.length > 256) this.recentSuccesses.splice(0, 128);
	}

	/** learning -> pacing: from the rate the service served over the last second, or from a guess. */
	private start(sentAt: number, now: number): void {
		const since = sentAt - SEED_WINDOW_MS;
		const served = this.recentSuccesses.filter((at) => at >= since);
		const span = served.length >= 2 ? sentAt - (served[0] as number) : 0;
		this.recentSuccesses = [];
		this.share.reset(1 / (served.length + 1), now);
		this.tally.restartClock(now);
		this.throttledRate = span > 0 ? served.length / span : 1 / FIRST_INTERVAL_MS;
		this.lower(this.throttledRate * KEEP_AFTER_THROTTLE, now, 'first throttle');
	}

	private lower(rate: number, now: number, why: string): void {
		this.loweredAt = now;
		this.grownAt = now;
		this.set(rate, why);
	}

	/** Linear, then cubic growth with the time since the last decrease; or aside, where pacing makes no difference. */
	private grow(now: number): void {
		const since = (now - this.loweredAt) / 1000;
		const step = Math.min(now - this.grownAt, 2 / this.rate) / 1000;
		this.grownAt = now;
		if (this.target > BASE_TARGET && since > UNPACE_AFTER_S && this.sendSpacing !== undefined && this.rate * this.sendSpacing > UNPACE_AT) {
			this.rate = 0;
			return this.note(`${Math.round(this.share.value * 100)}% throttled whatever the pace: not pacing`);
		}
		const scale = Math.max(this.throttledRate, SERVED_SCALE * this.history.bestServed);
		const added = step <= 0 ? 0 : scale * step * (GROWTH_LINEAR + GROWTH_CUBIC * since * since);
		const quietFor = now - Math.max(this.throttledAt, this.loweredAt);
		if (quietFor >= QUIET_MS && quietFor * this.rate >= QUIET_INTERVALS) {
			return this.set((this.rate + added) * 2 ** (step / QUIET_DOUBLING_S), 'no throttle at all for a second');
		}
		this.set(this.rate + added, 'no throttling beyond the target');
	}

	/** Counts one answer; when it completes a block, judges the target (or, aside, whether to pace again). */
	private judgeBlock(throttled: boolean, now: number): void {
		const finished = this.tally.add(throttled, this.rate, now);
		if (finished === undefined) return;
		const earlier = this.history.push(finished);
		if (this.rate === 0) return this.judgeAside(finished, now);
		const futile = this.history.targetAfterFutileSlowdown(finished, earlier, this.target, MAX_TARGET);
		if (futile !== undefined) return this.raiseTarget(futile, finished, earlier as Block, now);
		if (this.target <= BASE_TARGET) return;
		if (this.history.servesOneRate()) {
			this.target = BASE_TARGET;
			return this.note(`the service serves one rate whatever the pace: aiming at ${Math.round(this.target * 100)}%`);
		}
		const lower = this.history.targetWellBelow(this.target, BASE_TARGET);
		if (lower === undefined) return;
		this.target = lower;
		this.note(`${Math.round(finished.share * 100)}% throttled: aiming at ${Math.round(this.target * 100)}%`);
	}

	/** Slowing down was for nothing: aim above that share, back at the pace of two blocks before. */
	private raiseTarget(target: number, finished: Block, earlier: Block, now: number): void {
		this.target = target;
		// Not the first measurement: with many listings starting together it can be a burst far above any limit.
		this.throttledRate = Math.max(this.rate, earlier.pace);
		this.lower(this.throttledRate, now, 'slowing down did not lower the throttling');
		this.note(`${Math.round(finished.share * 100)}% throttled did not fall with the pace: aiming at ${Math.round(this.target * 100)}%`);
	}

	/**
	 * aside -> pacing once the share rises clearly above the target, which stays: the throttling that ignored the
	 * pace has not gone, and a target below it would cut at every such throttle.
	 */
	private judgeAside(finished: Block, now: number): void {
		if (finished.share <= this.target + TARGET_MARGIN) return;
		this.throttledRate = Math.max(this.throttledRate, 1 / FIRST_INTERVAL_MS);
		this.lower(this.throttledRate, now, 'throttling rose while not pacing');
	}

	/** Every rate goes through here: clamped to the slowest spacing, and 0 (not pacing) when too fast to matter. */
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

/**
 * One pacer per client, shared by every listing on it: a client stands for one account and region, whose limit
 * its listings share, so what one learns (the pace the service allows) must slow or speed the others. Weakly
 * held, so a client the caller drops takes its pacer with it.
 */
const pacersByClient = new WeakMap<object, Pacer>();

/** The pacer every listing on `client` shares. */
export function pacerFor(client: object): Pacer {
	let pacer = pacersByClient.get(client);
	if (pacer === undefined) {
		pacer = new Pacer();
		pacersByClient.set(client, pacer);
	}
	return pacer;
}
