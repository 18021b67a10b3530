/** How long to wait before the next attempt: exponential backoff with full jitter, and the service's Retry-After. */
import type { ResolvedRetry } from './options.js';

/** The service's `Retry-After` (seconds or an HTTP date) in milliseconds, if it sent one. */
export function retryAfterMs(error: unknown, now = Date.now()): number | undefined {
	const headers = (error as { $response?: { headers?: Record<string, unknown> } } | null)?.$response?.headers;
	const value = headers?.['retry-after'] ?? headers?.['Retry-After'];
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff for the `step`-th wait (from 1): full jitter below the ceiling, or the ceiling itself. */
export function backoffMs(step: number, retry: ResolvedRetry, random: () => number = Math.random): number {
	const ceiling = Math.min(retry.maxTimeout, retry.minTimeout * retry.factor ** Math.max(0, step - 1));
	return retry.randomize ? random() * ceiling : ceiling;
}

/** The most a page that keeps failing (not by throttling) waits in all before `retries` are spent, jitter aside. */
export function longestBackoffMs(retry: ResolvedRetry): number {
	if (!Number.isFinite(retry.retries)) return Number.POSITIVE_INFINITY;
	let total = 0;
	for (let step = 1; step <= retry.retries; step++) total += backoffMs(step, { ...retry, randomize: false });
	return total;
}

/** The first retry of a throttled page waits at least half of this; each throttle in a row multiplies it by `factor`. */
export const THROTTLE_FIRST_BACKOFF_MS = 10;
/**
 * The throttled schedule's ceiling never passes this (nor `maxTimeout`): the pacer's slot does the rest, and a page
 * whose wait grew long would lose every race for the limit to the listings that keep asking. Among processes
 * sharing a limit, a page throttled ten times in a row is common; a second, not two, is what it then sleeps while
 * the others may have finished and left the whole limit to it.
 */
export const THROTTLE_MAX_BACKOFF_MS = 1_000;

/**
 * The wait before the `step`-th retry (from 1) of a page throttled `step` times in a row: drawn from the upper
 * half of the ceiling, so that it never falls below the schedule's floor however many listings draw together
 * (the pacer's slot comes on top). Short at first, as most throttles pass at the next paced slot; doubling, so
 * that a pacer misled by clients it cannot see still backs off.
 */
export function throttleBackoffMs(step: number, retry: ResolvedRetry, random: () => number = Math.random): number {
	// A factor below 1 would shrink the waits of a page throttled again and again: the schedule never does.
	const ceiling = Math.min(retry.maxTimeout, THROTTLE_MAX_BACKOFF_MS, THROTTLE_FIRST_BACKOFF_MS * Math.max(1, retry.factor) ** Math.max(0, step - 1));
	return retry.randomize ? ceiling * (0.5 + random() / 2) : ceiling;
}
