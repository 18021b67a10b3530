/**
 * Sends one page request: pacing before it, retries with p-retry around it, cancellation throughout.
 * A failure that ends the listing is thrown as the SDK threw it, with the `NextToken` that resumes there.
 */
import pRetry from 'p-retry';
import { raceAbort, sleep } from './abort.js';
import type { ListingPlan, ResolvedRetry } from './config.js';
import type { OperationDescriptor } from './operations/descriptor.js';
import { PACED_RETRIES, Pacer } from './pacing.js';
import { backoffMs, classifyError, retryAfterMs } from './retry.js';
import { shieldFromSdkRetries, unshield } from './sdk-retry-shield.js';
import { encodeToken, type Position } from './token.js';

/** Where the listing stands when a page is requested, for callbacks and error tokens. */
export interface PageRequest<Input> {
	readonly input: Input;
	readonly pageIndex: number;
	/** The position of the page being fetched: resuming here refetches it. */
	readonly position: Position;
	readonly totalItems: number;
}

export interface PageFetcher<Output> {
	fetch(request: PageRequest<unknown>): Promise<{ output: Output; attempts: number }>;
	/** Requests sent by this listing so far, retries included. */
	readonly requestCount: number;
}

export function createPageFetcher<Input extends object, Output extends object>(
	descriptor: OperationDescriptor<Input, Output, string>,
	plan: ListingPlan<Input>,
): PageFetcher<Output> {
	const { client, signal, retry } = plan;
	const pacer = plan.pacing && retry !== undefined ? new Pacer(performance.now()) : undefined;
	let requestCount = 0;

	async function sendOnce(input: unknown): Promise<Output> {
		await sleep(pacer?.waitMs(performance.now()) ?? 0, signal);
		const command = descriptor.createCommand(input as Input);
		if (retry !== undefined) shieldFromSdkRetries(command);
		pacer?.onSend(performance.now());
		requestCount++;
		try {
			const output = await raceAbort(
				client.send(command, signal === undefined ? undefined : { abortSignal: signal }),
				signal,
			);
			pacer?.onSuccess();
			return output as Output;
		} catch (caught) {
			const error = unshield(caught);
			if (classifyError(error) === 'throttling') pacer?.onThrottle();
			throw error;
		}
	}

	async function fetchWithRetries(request: PageRequest<unknown>, retry: ResolvedRetry, track: Attempts): Promise<Output> {
		const startedAt = performance.now();
		let pendingDelay = 0;
		return pRetry(
			async (attemptNumber) => {
				await sleep(pendingDelay, signal);
				track.count = attemptNumber;
				return sendOnce(request.input);
			},
			{
				retries: retry.retries,
				// The waits are ours (full jitter, Retry-After, pacing), taken before the next attempt.
				minTimeout: 0,
				maxTimeout: 0,
				...(signal === undefined ? {} : { signal }),
				shouldRetry: ({ error, attemptNumber, retriesLeft }) => {
					const kind = classifyError(error);
					if (kind === undefined) return false;
					// Once the pacer knows the rate, the first retries of a throttled page wait only for their paced slot.
					const paced = kind === 'throttling' && pacer?.hasRate === true;
					const step = paced ? attemptNumber - PACED_RETRIES : attemptNumber;
					const delay = Math.max(step > 0 ? backoffMs(step, retry) : 0, retryAfterMs(error) ?? 0);
					const slot = pacer?.waitMs(performance.now()) ?? 0;
					const wait = Math.max(delay, slot);
					if (performance.now() - startedAt + wait >= retry.maxRetryTime) return false;
					pendingDelay = delay;
					if (delay > slot) pacer?.onBackoff();
					track.totalDelay += wait;
					plan.onRetry?.(
						Object.freeze({
							pageIndex: request.pageIndex,
							attempt: attemptNumber,
							retriesLeft: retriesLeft - 1,
							delay: Math.round(wait),
							error,
							throttled: kind === 'throttling',
							totalItems: request.totalItems,
							NextToken: encodeToken(request.position),
						}),
					);
					return true;
				},
			},
		);
	}

	return {
		get requestCount() {
			return requestCount;
		},
		async fetch(request) {
			const track: Attempts = { count: 1, totalDelay: 0 };
			try {
				const output =
					retry === undefined ? await sendOnce(request.input) : await fetchWithRetries(request, retry, track);
				return { output, attempts: track.count };
			} catch (caught) {
				// An abort ends the listing with the caller's own reason, whichever layer noticed it first.
				const error = signal?.aborted ? signal.reason : caught;
				throw annotate(error, encodeToken(request.position), retry === undefined ? undefined : track);
			}
		},
	};
}

interface Attempts {
	count: number;
	totalDelay: number;
}

/** Adds the resume token (and, when we owned the retries, the real attempt count) to the error. */
function annotate(error: unknown, nextToken: string, track: Attempts | undefined): unknown {
	if (typeof error !== 'object' || error === null || !Object.isExtensible(error)) return error;
	const target = error as { NextToken?: string; $metadata?: { attempts?: number; totalRetryDelay?: number } };
	target.NextToken = nextToken;
	if (track !== undefined && typeof target.$metadata === 'object' && target.$metadata !== null) {
		target.$metadata.attempts = track.count;
		target.$metadata.totalRetryDelay = Math.round(track.totalDelay);
	}
	return error;
}
