/**
 * The retry policy of one page: after each failed attempt, whether another comes, how long to wait before it,
 * and telling `onRetry`, telemetry and the debug log before the wait starts (so the first failure of a remote
 * endpoint that does not answer is reported at once, not after minutes of retries).
 *
 * Throttling and other failures have budgets of their own: a time for throttling (a burst of 429s in a few
 * milliseconds must not end a listing that is getting pages through), a count for the rest, and three tries for
 * a connection refused on this machine.
 */
import { sleep } from './abort.js';
import { backoffMs, retryAfterMs, throttleBackoffMs } from './backoff.js';
import { classifyError, isLoopbackRefusal, type RetryKind } from './classify.js';
import { debugEnabled, debugLine } from './debug-log.js';
import { MAX_TIMER_MS, type ResolvedRetry } from './options.js';
import type { FetchObserver, PageRequest, RetryContext } from './types.js';
import type { Pacer } from './pacer.js';

/**
 * Retries of a page whose connection is refused on this machine (127.0.0.0/8, ::1): nothing listening there
 * rarely starts to within seconds, so the listing fails after three attempts, not after the whole policy.
 */
const LOOPBACK_REFUSED_RETRIES = 2;

/** What the policy needs from the listing's fetcher. */
export interface RetryHooks {
	readonly signal: AbortSignal;
	readonly pacer: Pacer | undefined;
	readonly onRetry: ((context: RetryContext) => unknown) | undefined;
	readonly observer: FetchObserver | undefined;
	/** Whether a wait of `ms` may start before the listing's deadline (past it, the deadline aborts the listing). */
	mayWait(ms: number): boolean;
	/** A retry was decided, with a wait of `ms`. */
	retried(ms: number, throttled: boolean): void;
}

/** The wait before the next attempt, and why. */
interface Wait {
	readonly kind: RetryKind;
	readonly delay: number;
	readonly waitFor: 'backoff' | 'Retry-After';
	readonly why: string;
}

export class PageRetries {
	/** The attempt being sent, from 1; and the waits before it so far. Both go on the error's `$metadata`. */
	attempts = 1;
	totalDelay = 0;
	private throttledSince: number | undefined;
	private throttles = 0;
	private failures = 0;
	private refusals = 0;

	/** `startedAt`: when the page's first attempt went out, which `maxRetryTime` counts from. */
	constructor(
		private readonly request: PageRequest<unknown>,
		private readonly retry: ResolvedRetry,
		private readonly startedAt: number,
		private readonly hooks: RetryHooks,
	) {}

	/** After `attempt` failed with `error`: `false` to give up, or `true` once the wait before the next attempt ends. */
	async afterFailure(error: unknown, attempt: number): Promise<boolean> {
		const kind = classifyError(error);
		if (kind === undefined || this.hooks.signal.aborted) return false;
		const wait = this.plan(error, kind);
		if (typeof wait === 'string') return this.giveUp(wait);
		this.totalDelay += wait.delay;
		this.hooks.retried(wait.delay, kind === 'throttling');
		await this.tell(wait, error, attempt);
		await sleep(wait.delay, this.hooks.signal);
		return true;
	}

	/** p-retry ends a page whose maxRetryTime is spent before asking `shouldRetry`: the debug log says so here. */
	noteIfOutOfTime(): void {
		if (debugEnabled() && performance.now() - this.startedAt >= this.retry.maxRetryTime) this.giveUp(`maxRetryTime ${this.retry.maxRetryTime} reached`);
	}

	private giveUp(why: string): false {
		if (debugEnabled()) debugLine(`page ${this.request.pageIndex + 1}: no more retries (${why})`);
		return false;
	}

	/** The wait before the next attempt, or why there is none. */
	private plan(error: unknown, kind: RetryKind): Wait | string {
		const now = performance.now();
		const elapsed = now - this.startedAt;
		const own = kind === 'throttling' ? this.throttledWait(now) : this.failureWait(error, kind);
		if (typeof own === 'string') return own;
		const serviceWait = retryAfterMs(error);
		const wait: Wait = serviceWait !== undefined && serviceWait > own.delay ? { ...own, delay: serviceWait, waitFor: 'Retry-After' } : own;
		let { delay } = wait;
		if (delay > MAX_TIMER_MS) {
			// No timer holds it (Node would fire after 1 ms): give up, or wait what maxRetryTime leaves.
			if (!Number.isFinite(this.retry.maxRetryTime)) return `a wait of ${Math.round(delay)} ms is longer than a timer holds`;
			delay = Math.min(MAX_TIMER_MS, Math.max(0, this.retry.maxRetryTime - elapsed - 1));
		}
		if (elapsed + delay >= this.retry.maxRetryTime) return `maxRetryTime ${this.retry.maxRetryTime} reached`;
		if (!this.hooks.mayWait(delay)) return 'the deadline comes before the wait would end';
		return { ...wait, delay };
	}

	/** Throttling is flow control: a schedule that backs off, within a time budget from the first throttle. */
	private throttledWait(now: number): Wait | string {
		this.throttledSince ??= now;
		const delay = throttleBackoffMs(++this.throttles, this.retry);
		const { maxThrottleTime } = this.retry;
		if (maxThrottleTime === 0 || now + delay - this.throttledSince > maxThrottleTime) {
			return `throttled for ${Math.round(now - this.throttledSince)} ms (maxThrottleTime ${maxThrottleTime})`;
		}
		return { kind: 'throttling', delay, waitFor: 'backoff', why: `throttled ${this.throttles} time${this.throttles === 1 ? '' : 's'} in a row` };
	}

	/** Other failures: a count of retries, and few for a local endpoint where nothing listens. */
	private failureWait(error: unknown, kind: RetryKind): Wait | string {
		if (++this.failures > this.retry.retries) return `${this.failures - 1} retries spent (retries ${this.retry.retries})`;
		if (isLoopbackRefusal(error) && ++this.refusals > LOOPBACK_REFUSED_RETRIES) return 'connection refused on this machine: nothing listens at the endpoint';
		const delay = backoffMs(this.failures, this.retry);
		return { kind, delay, waitFor: 'backoff', why: `${kind} failure ${this.failures} of ${this.retry.retries + 1}` };
	}

	/** The debug line, telemetry and `onRetry` (awaited), before the wait starts. */
	private async tell(wait: Wait, error: unknown, attempt: number): Promise<void> {
		const { request, hooks } = this;
		if (debugEnabled()) {
			const slot = hooks.pacer !== undefined && hooks.pacer.interval > 0 ? `; then a paced slot, ${hooks.pacer.describePace()}` : '';
			debugLine(`page ${request.pageIndex + 1}: retry ${attempt} in ${Math.round(wait.delay)} ms (${wait.why}: ${wait.waitFor}${slot})`);
		}
		if (hooks.onRetry === undefined && hooks.observer === undefined) return;
		const context: RetryContext = Object.freeze({
			pageIndex: request.pageIndex,
			attempt,
			retriesLeft: this.retry.retries - this.failures,
			delay: Math.round(wait.delay),
			error,
			throttled: wait.kind === 'throttling',
			totalItems: request.totalItems,
			NextToken: request.resumeToken(),
		});
		hooks.observer?.retrying(context, wait.kind, wait.waitFor);
		await hooks.onRetry?.(context);
	}
}
