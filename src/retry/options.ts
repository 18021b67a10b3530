/**
 * The retry and pacing options: their public shape, their defaults, and the one place they are checked and
 * normalised. Messages say what was expected and what came.
 */
import { InvalidPaginationConfigError } from '../errors/invalid-pagination-config-error.js';
import { invalidOption } from '../options/invalid.js';
import { MAX_TIMER_MS, readNumber } from '../options/numbers.js';
import { isOptionsObject, readOptionsObject } from '../options/objects.js';
import { readBoolean } from '../options/values.js';

export { MAX_TIMER_MS };

/**
 * How failed page requests are retried. Numbers are in milliseconds, as in p-retry.
 * Only throttling, 500/502/503/504, network errors and responses that could not be read are retried; a
 * service error the caller must fix (ValidationException, AccessDeniedException) and an abort never are.
 */
export interface RetryOptions {
	/**
	 * Retries of one page after errors that are not throttling (5xx, network, unreadable responses). Throttling
	 * is flow control, not failure: it does not count here but against `maxThrottleTime`. @default 8
	 */
	retries?: number | undefined;
	/**
	 * The longest one page may keep being throttled, from its first throttled attempt, before the listing fails
	 * with the throttling error. Throttled retries always back off: the n-th waits at least half of
	 * min(`maxTimeout`, 1 s, 10 ms x `factor`^(n-1)), then its paced slot (`maxTimeout: 0` turns the waits off).
	 * `Infinity`: throttling alone never ends a listing; 0: a throttled page is not retried.
	 * @default 600000 (10 minutes)
	 */
	maxThrottleTime?: number | undefined;
	/**
	 * The backoff ceiling of the first retry after an error that is not throttling. At most 2^31-1 (what a timer
	 * can hold). @default 500
	 */
	minTimeout?: number | undefined;
	/**
	 * The most one backoff can grow to. At most 2^31-1. A longer `Retry-After` from the service still wins,
	 * within `maxRetryTime`. @default 20000
	 */
	maxTimeout?: number | undefined;
	/** How much the ceiling grows with each retry of the same page. @default 2 */
	factor?: number | undefined;
	/**
	 * `true`: full jitter, a delay drawn uniformly from 0 to the ceiling (unlike p-retry's 1x-2x multiplier,
	 * which keeps many clients in step). `false`: exactly the ceiling. @default true
	 */
	randomize?: boolean | undefined;
	/**
	 * The longest one page may spend retrying, waits included. A wait that would end past it is not started:
	 * the error is thrown at once, with its `NextToken`. A `Retry-After` longer than a timer can hold
	 * (about 24.8 days) ends the listing at once unless this is finite, and is then cut to what is left of it.
	 * @default Infinity
	 */
	maxRetryTime?: number | undefined;
}

/** Pacing after throttling, shared by every listing on the same client. */
export interface PacingOptions {
	/**
	 * After a ThrottlingException, space requests to the rate the service was seen to sustain, and speed up
	 * again while no throttling comes. What one listing learns is shared by every listing on the same client
	 * (the service's limit is per account, not per listing). Until the first throttle nothing is delayed.
	 * Needs the paginator's own retries (`retry` not `false`).
	 * @default true
	 */
	enabled?: boolean | undefined;
}

/** Retry settings with every default filled in. */
export interface ResolvedRetry {
	readonly retries: number;
	readonly maxThrottleTime: number;
	readonly minTimeout: number;
	readonly maxTimeout: number;
	readonly factor: number;
	readonly randomize: boolean;
	readonly maxRetryTime: number;
}

export const DEFAULT_RETRY: ResolvedRetry = Object.freeze({
	retries: 8,
	maxThrottleTime: 600_000,
	minTimeout: 500,
	maxTimeout: 20_000,
	factor: 2,
	randomize: true,
	maxRetryTime: Number.POSITIVE_INFINITY,
});

const RETRY_KEYS: readonly (keyof RetryOptions)[] = ['retries', 'maxThrottleTime', 'minTimeout', 'maxTimeout', 'factor', 'randomize', 'maxRetryTime'];

const RETRY_EXPECTED = 'an object of retry options or `false`';
const PACING_EXPECTED = 'a boolean or `{ enabled: boolean }`';

/** `undefined` when retries are left to the client (`retry: false`). */
export function readRetry(value: unknown): ResolvedRetry | undefined {
	if (value === false) return undefined;
	if (value === null) throw invalidOption('retry', RETRY_EXPECTED, value);
	const retry = readOptionsObject<RetryOptions>('retry', value, RETRY_KEYS, RETRY_EXPECTED);
	const retries = readNumber('retry.retries', retry.retries, 0, Number.POSITIVE_INFINITY) ?? DEFAULT_RETRY.retries;
	if (Number.isFinite(retries) && !Number.isInteger(retries)) throw invalidOption('retry.retries', 'a whole number or Infinity', retries);
	const randomize = readBoolean('retry.randomize', retry.randomize) ?? DEFAULT_RETRY.randomize;
	const resolved: ResolvedRetry = {
		retries,
		maxThrottleTime: readNumber('retry.maxThrottleTime', retry.maxThrottleTime, 0, Number.POSITIVE_INFINITY) ?? DEFAULT_RETRY.maxThrottleTime,
		minTimeout: readNumber('retry.minTimeout', retry.minTimeout, 0, MAX_TIMER_MS) ?? DEFAULT_RETRY.minTimeout,
		maxTimeout: readNumber('retry.maxTimeout', retry.maxTimeout, 0, MAX_TIMER_MS) ?? DEFAULT_RETRY.maxTimeout,
		factor: readNumber('retry.factor', retry.factor, 0, 1_000) ?? DEFAULT_RETRY.factor,
		randomize,
		maxRetryTime: readNumber('retry.maxRetryTime', retry.maxRetryTime, 0, Number.POSITIVE_INFINITY) ?? DEFAULT_RETRY.maxRetryTime,
	};
	if (resolved.minTimeout > resolved.maxTimeout) {
		throw new InvalidPaginationConfigError(
			'retry.minTimeout',
			`Expected \`retry.minTimeout\` (${resolved.minTimeout}) to be at most \`retry.maxTimeout\` (${resolved.maxTimeout}).`,
		);
	}
	return Object.freeze(resolved);
}

/** `true` or `false`, from a boolean or `{ enabled }`. */
export function readPacing(value: unknown): boolean {
	if (value === undefined) return true;
	if (typeof value === 'boolean') return value;
	if (!isOptionsObject(value) || Object.keys(value).some((key) => key !== 'enabled')) throw invalidOption('pacing', PACING_EXPECTED, value);
	if (value['enabled'] !== undefined && typeof value['enabled'] !== 'boolean') throw invalidOption('pacing', PACING_EXPECTED, value);
	return value['enabled'] ?? true;
}
