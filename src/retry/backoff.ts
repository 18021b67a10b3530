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
