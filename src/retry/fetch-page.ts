/**
 * Sends one page request: a paced slot before it, retries around it, cancellation throughout.
 *
 * The success path is one `send()` and nothing else. Only after a failure worth retrying is p-retry loaded
 * (on first use) and run, its first attempt replaying the failure already seen. Each failure travels through
 * p-retry inside an `AttemptFailure`, so plain objects and the SDK's deserialization `TypeError`s are judged
 * by our classification, never dropped as "Non-error was thrown".
 */
import { raceAbort, sleep } from './abort.js';
import { backoffMs, retryAfterMs, throttleBackoffMs } from './backoff.js';
import { classifyError, isLoopbackRefusal } from './classify.js';
import { debugEnabled, debugLine, describeFailure } from './debug-log.js';
import { MAX_TIMER_MS, type ResolvedRetry } from './options.js';
import { shieldFromSdkRetries, unshield } from './sdk-retry-shield.js';
import type { FetcherSetup, PageFetcher, PageRequest, RetryContext } from './types.js';

/**
 * Retries of a page whose connection is refused on this machine (127.0.0.0/8, ::1): nothing listening there
 * rarely starts to within seconds, so the listing fails after three attempts, not after the whole policy.
 */
const LOOPBACK_REFUSED_RETRIES = 2;

/** Carries a failed attempt's error through p-retry, whatever was thrown. */
class AttemptFailure extends Error {
	constructor(readonly original: unknown) {
		super('A page request failed.');
	}
}

type PRetry = typeof import('p-retry').default;
let loadingPRetry: Promise<PRetry> | undefined;
const loadPRetry = () => (loadingPRetry ??= import('p-retry').then((module) => module.default));

export function createPageFetcher<Input, Output>(setup: FetcherSetup<Input>): PageFetcher<Input, Output> {
	const { client, signal, retry, pacer, deadline, observer } = setup;
	let requestCount = 0;
	let retryCount = 0;
	let throttleCount = 0;
	let waitMs = 0;
	let throttleWaitMs = 0;
	const waited = (ms: number, throttled: boolean) => {
		waitMs += ms;
		if (throttled) throttleWaitMs += ms;
		setup.onWait?.(ms, throttled);
	};

	/** Whether a wait of `ms` from now may start; past the deadline it is not, and the deadline is called. */
	const mayWait = (ms: number): boolean => {
		if (deadline === undefined || performance.now() + ms < deadline.at) return true;
		deadline.onReached();
		return false;
	};

	async function sendOnce(request: PageRequest<Input>, attempt: number): Promise<Output> {
		if (pacer !== undefined) {
			for (let wait = pacer.reserve(performance.now()); wait > 0; wait = pacer.admit(performance.now())) {
				if (!mayWait(wait)) throw signal.reason;
				waited(wait, true);
				observer?.paced(wait, pacer.interval === 0 ? 0 : 1000 / pacer.interval);
				await sleep(wait, signal);
			}
		}
		if (signal.aborted) throw signal.reason;
		const command = setup.createCommand(request.input);
		if (retry !== undefined) shieldFromSdkRetries(command);
		const sentAt = performance.now();
		pacer?.onSend(sentAt);
		requestCount++;
		setup.onRequest?.();
		observer?.requested();
		try {
			const sending = observer === undefined ? client.send(command, { abortSignal: signal }) : observer.send(() => client.send(command, { abortSignal: signal }));
			const output = await raceAbort(sending, signal);
			pacer?.onSuccess(sentAt, performance.now());
			if (debugEnabled()) debugLine(`page ${request.pageIndex + 1}, attempt ${attempt}: 200 in ${Math.round(performance.now() - sentAt)} ms`);
			return output as Output;
		} catch (caught) {
			const error = unshield(caught);
			if (!signal.aborted && classifyError(error) === 'throttling') {
				throttleCount++;
				observer?.throttled();
				pacer?.onThrottle(sentAt, performance.now());
			}
			if (debugEnabled() && !signal.aborted) {
				debugLine(`page ${request.pageIndex + 1}, attempt ${attempt}: ${describeFailure(error)} in ${Math.round(performance.now() - sentAt)} ms`);
			}
			throw error;
		}
	}

	async function retryAfterFailure(request: PageRequest<Input>, first: unknown, retry: ResolvedRetry, track: Attempts): Promise<Output> {
		const pRetry = await loadPRetry();
		const startedAt = performance.now() - track.firstDuration;
		// Throttling and other failures have budgets of their own: a time for throttling (a burst of 429s in a
		// few milliseconds must not end a listing that is getting pages through), a count for the rest.
		let throttledSince: number | undefined;
		let throttles = 0;
		let failures = 0;
		let refusals = 0;
		let pendingDelay = 0;
		try {
			return await pRetry(
				async (attemptNumber) => {
					if (attemptNumber === 1) throw new AttemptFailure(first);
					await sleep(pendingDelay, signal);
					track.count = attemptNumber;
					try {
						return await sendOnce(request, attemptNumber);
					} catch (error) {
						throw new AttemptFailure(error);
					}
				},
				{
					retries: Number.POSITIVE_INFINITY,
					// The waits are ours (backoff, Retry-After, pacing), taken before the next attempt.
					minTimeout: 0,
					maxTimeout: 0,
					signal,
					shouldRetry: async ({ error: carrier, attemptNumber }) => {
						const error = (carrier as AttemptFailure).original;
						const kind = classifyError(error);
						if (kind === undefined || signal.aborted) return false;
						const now = performance.now();
						const elapsed = now - startedAt;
						let delay: number;
						let why: string;
						if (kind === 'throttling') {
							throttledSince ??= now;
							delay = throttleBackoffMs(++throttles, retry);
							why = `throttled ${throttles} time${throttles === 1 ? '' : 's'} in a row`;
							if (retry.maxThrottleTime === 0 || now + delay - throttledSince > retry.maxThrottleTime) return giveUp(request, `throttled for ${Math.round(now - throttledSince)} ms (maxThrottleTime ${retry.maxThrottleTime})`);
						} else {
							if (++failures > retry.retries) return giveUp(request, `${failures - 1} retries spent (retries ${retry.retries})`);
							// Nothing listens at a local endpoint: a couple of tries, not minutes of them.
							if (isLoopbackRefusal(error) && ++refusals > LOOPBACK_REFUSED_RETRIES) return giveUp(request, 'connection refused on this machine: nothing listens at the endpoint');
							delay = backoffMs(failures, retry);
							why = `${kind} failure ${failures} of ${retry.retries + 1}`;
						}
						const serviceWait = retryAfterMs(error);
						const waitFor = serviceWait !== undefined && serviceWait > delay ? 'Retry-After' : 'backoff';
						if (waitFor === 'Retry-After') delay = serviceWait as number;
						if (delay > MAX_TIMER_MS) {
							// No timer holds it (Node would fire after 1 ms): give up, or wait what maxRetryTime leaves.
							if (!Number.isFinite(retry.maxRetryTime)) return giveUp(request, `a wait of ${Math.round(delay)} ms is longer than a timer holds`);
							delay = Math.min(MAX_TIMER_MS, Math.max(0, retry.maxRetryTime - elapsed - 1));
						}
						if (elapsed + delay >= retry.maxRetryTime) return giveUp(request, `maxRetryTime ${retry.maxRetryTime} reached`);
						if (!mayWait(delay)) return giveUp(request, 'the deadline comes before the wait would end');
						pendingDelay = delay;
						track.totalDelay += delay;
						retryCount++;
						waited(delay, kind === 'throttling');
						if (debugEnabled()) debugLine(`page ${request.pageIndex + 1}: retry ${attemptNumber} in ${Math.round(delay)} ms (${why}: ${waitFor}${pacer !== undefined && pacer.interval > 0 ? `; then a paced slot, ${pacer.describePace()}` : ''})`);
						if (setup.onRetry === undefined && observer === undefined) return true;
						const context: RetryContext = Object.freeze({
							pageIndex: request.pageIndex,
							attempt: attemptNumber,
							retriesLeft: retry.retries - failures,
							delay: Math.round(delay),
							error,
							throttled: kind === 'throttling',
							totalItems: request.totalItems,
							NextToken: request.resumeToken(),
						});
						observer?.retrying(context, kind, waitFor);
						await setup.onRetry?.(context);
						return true;
					},
				},
			);
		} catch (caught) {
			throw caught instanceof AttemptFailure ? caught.original : caught;
		}
	}

	return {
		get requestCount() {
			return requestCount;
		},
		get retryCount() {
			return retryCount;
		},
		get throttleCount() {
			return throttleCount;
		},
		get waitMs() {
			return waitMs;
		},
		get throttleWaitMs() {
			return throttleWaitMs;
		},
		async fetch(request) {
			const startedAt = retry === undefined || !Number.isFinite(retry.maxRetryTime) ? 0 : performance.now();
			try {
				return { output: await sendOnce(request, 1), attempts: 1 };
			} catch (first) {
				const track: Attempts = { count: 1, totalDelay: 0, firstDuration: startedAt === 0 ? 0 : performance.now() - startedAt };
				if (retry === undefined || signal.aborted || classifyError(first) === undefined) throw first;
				try {
					return { output: await retryAfterFailure(request, first, retry, track), attempts: track.count };
				} catch (error) {
					throw recordAttempts(error, track);
				}
			}
		},
	};
}

interface Attempts {
	count: number;
	totalDelay: number;
	firstDuration: number;
}

function giveUp(request: PageRequest<unknown>, why: string): false {
	if (debugEnabled()) debugLine(`page ${request.pageIndex + 1}: no more retries (${why})`);
	return false;
}

/** When we owned the retries, the error's `$metadata` says how many requests the page took. */
function recordAttempts(error: unknown, track: Attempts): unknown {
	const metadata = (error as { $metadata?: { attempts?: number; totalRetryDelay?: number } } | null)?.$metadata;
	if (typeof metadata === 'object' && metadata !== null && Object.isExtensible(metadata)) {
		metadata.attempts = track.count;
		metadata.totalRetryDelay = Math.round(track.totalDelay);
	}
	return error;
}
