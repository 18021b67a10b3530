/**
 * Sends one page request: a paced slot before it, retries around it, cancellation throughout.
 *
 * The success path is one `send()` and nothing else: p-retry is loaded at the first failure worth retrying.
 * From the second attempt on, p-retry runs the loop: it numbers the attempts, checks the signal before each,
 * ends at `maxRetryTime` (`onFailedAttempt` logs that), and asks `shouldRetry` after each failure, which is
 * where the page's policy (page-retries.ts) decides, tells `onRetry`, and waits. What p-retry cannot express,
 * kept small here:
 * - The first failure comes before p-retry is loaded; the same policy call judges it and takes its wait.
 * - The wait is ours, not p-retry's timer (`minTimeout: 0`): its formula (1x-2x of minTimeout x factor^n) has no
 *   full jitter from zero, no throttled schedule, no `Retry-After` and no listing deadline.
 * - The count is ours (`retries: Infinity`): p-retry's `retries` also ends retries that consume none, and a
 *   throttled page, which has a time budget instead, must go on after the other failures' retries are spent.
 * - p-retry replaces a thrown non-Error and never passes a non-network `TypeError` (the SDK's unreadable
 *   response) to `shouldRetry`: those two travel through it wrapped, and are unwrapped when it gives up.
 */
import { raceAbort, sleep } from './abort.js';
import { classifyError } from './classify.js';
import { debugEnabled, debugLine, describeFailure } from './debug-log.js';
import { PageRetries, type RetryHooks } from './page-retries.js';
import { shieldFromSdkRetries, unshield } from './sdk-retry-shield.js';
import type { FetchedPage, FetcherSetup, PageFetcher, PageRequest } from './types.js';
import type { ResolvedRetry } from './options.js';

/** Carries through p-retry an error that it would otherwise replace or not ask about. */
class CarriedFailure extends Error {
	constructor(readonly original: unknown) {
		super('A page request failed.');
	}
}
const carry = (error: unknown) => (error instanceof Error && !(error instanceof TypeError) ? error : new CarriedFailure(error));
const uncarry = (error: unknown) => (error instanceof CarriedFailure ? error.original : error);

type PRetry = typeof import('p-retry').default;
let loadingPRetry: Promise<PRetry> | undefined;
const loadPRetry = () => (loadingPRetry ??= import('p-retry').then((module) => module.default));

export function createPageFetcher<Input, Output>(setup: FetcherSetup<Input>): PageFetcher<Input, Output> {
	return new RetryingFetcher<Input, Output>(setup);
}

class RetryingFetcher<Input, Output> implements PageFetcher<Input, Output> {
	requestCount = 0;
	retryCount = 0;
	throttleCount = 0;
	waitMs = 0;
	throttleWaitMs = 0;
	private readonly hooks: RetryHooks;

	constructor(private readonly setup: FetcherSetup<Input>) {
		const { signal, pacer, onRetry, observer } = setup;
		this.hooks = {
			signal,
			pacer,
			onRetry,
			observer,
			mayWait: (ms) => this.mayWait(ms),
			retried: (ms, throttled) => {
				this.retryCount++;
				this.waited(ms, throttled);
			},
		};
	}

	async fetch(request: PageRequest<Input>): Promise<FetchedPage<Output>> {
		const { retry, signal } = this.setup;
		// maxRetryTime counts from the first attempt; the clock is read only when it is finite.
		const startedAt = retry !== undefined && Number.isFinite(retry.maxRetryTime) ? performance.now() : undefined;
		try {
			return { output: await this.sendOnce(request, 1), attempts: 1 };
		} catch (first) {
			if (retry === undefined || signal.aborted || classifyError(first) === undefined) throw first;
			return this.retryPage(request, first, retry, startedAt ?? performance.now());
		}
	}

	/** The page's first attempt failed with `first`, a failure worth retrying: retry it under the policy. */
	private async retryPage(request: PageRequest<Input>, first: unknown, retry: ResolvedRetry, startedAt: number): Promise<FetchedPage<Output>> {
		const page = new PageRetries(request, retry, startedAt, this.hooks);
		const loading = loadPRetry();
		loading.catch(() => {}); // awaited below unless the first failure ends the page
		try {
			if (!(await page.afterFailure(first, 1))) throw first;
			const pRetry = await loading;
			const output = await pRetry(
				(attemptNumber) => {
					page.attempts = attemptNumber + 1;
					return this.sendOnce(request, page.attempts).catch((error: unknown) => Promise.reject(carry(error)));
				},
				{
					retries: Number.POSITIVE_INFINITY,
					minTimeout: 0,
					maxRetryTime: Math.max(0, retry.maxRetryTime - (performance.now() - startedAt)),
					signal: this.setup.signal,
					onFailedAttempt: () => page.noteIfOutOfTime(),
					shouldRetry: ({ error, attemptNumber }) => page.afterFailure(uncarry(error), attemptNumber + 1),
				},
			);
			return { output, attempts: page.attempts };
		} catch (error) {
			throw recordAttempts(uncarry(error), page);
		}
	}

	private async sendOnce(request: PageRequest<Input>, attempt: number): Promise<Output> {
		const { client, signal, pacer, observer } = this.setup;
		await this.takeSlot();
		if (signal.aborted) throw signal.reason;
		const command = this.setup.createCommand(request.input);
		if (this.setup.retry !== undefined) shieldFromSdkRetries(command);
		const sentAt = performance.now();
		pacer?.onSend(sentAt);
		this.requestCount++;
		this.setup.onRequest?.();
		observer?.requested();
		try {
			const send = () => client.send(command, { abortSignal: signal });
			const output = await raceAbort(observer === undefined ? send() : observer.send(send), signal);
			pacer?.onSuccess(sentAt, performance.now());
			if (debugEnabled()) debugLine(`page ${request.pageIndex + 1}, attempt ${attempt}: 200 in ${Math.round(performance.now() - sentAt)} ms`);
			return output as Output;
		} catch (caught) {
			const error = unshield(caught);
			if (!signal.aborted && classifyError(error) === 'throttling') {
				this.throttleCount++;
				observer?.throttled();
				pacer?.onThrottle(sentAt, performance.now());
			}
			if (debugEnabled() && !signal.aborted) {
				debugLine(`page ${request.pageIndex + 1}, attempt ${attempt}: ${describeFailure(error)} in ${Math.round(performance.now() - sentAt)} ms`);
			}
			throw error;
		}
	}

	/** Waits for a paced slot (none while the pacer is not pacing). */
	private async takeSlot(): Promise<void> {
		const { pacer, signal, observer } = this.setup;
		if (pacer === undefined) return;
		for (let wait = pacer.reserve(performance.now()); wait > 0; wait = pacer.admit(performance.now())) {
			if (!this.mayWait(wait)) throw signal.reason;
			this.waited(wait, true);
			observer?.paced(wait, pacer.interval === 0 ? 0 : 1000 / pacer.interval);
			await sleep(wait, signal);
		}
	}

	/** Whether a wait of `ms` from now may start; past the deadline it may not, and the deadline is called. */
	private mayWait(ms: number): boolean {
		const { deadline } = this.setup;
		if (deadline === undefined || performance.now() + ms < deadline.at) return true;
		deadline.onReached();
		return false;
	}

	private waited(ms: number, throttled: boolean): void {
		this.waitMs += ms;
		if (throttled) this.throttleWaitMs += ms;
		this.setup.onWait?.(ms, throttled);
	}
}

/** When we owned the retries, the error's `$metadata` says how many requests the page took. */
function recordAttempts(error: unknown, page: PageRetries): unknown {
	const metadata = (error as { $metadata?: { attempts?: number; totalRetryDelay?: number } } | null)?.$metadata;
	if (typeof metadata === 'object' && metadata !== null && Object.isExtensible(metadata)) {
		metadata.attempts = page.attempts;
		metadata.totalRetryDelay = Math.round(page.totalDelay);
	}
	return error;
}
