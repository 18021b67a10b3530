/**
 * The retry and pacing options: their public shape, their defaults, and the one place they are checked and
 * normalised. Messages say what was expected and what came.
 */
import { InvalidPaginationConfigError } from '../errors/invalid-pagination-config-error.js';
import { describe } from '../utils/describe.js';
import { checkOptionKeys } from '../utils/option-keys.js';

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
	 * min(`maxTimeout`, 2 s, 10 ms x `factor`^(n-1)), then its paced slot (`maxTimeout: 0` turns the waits off).
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

/** The longest delay `setTimeout` honours; longer ones fire after 1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

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

/** `undefined` when retries are left to the client (`retry: false`). */
export function readRetry(value: unknown): ResolvedRetry | undefined {
	if (value === false) return undefined;
	if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) {
		throw new InvalidPaginationConfigError('retry', `Expected \`retry\` to be an object of retry options or \`false\`, got ${describe(value)}.`);
	}
	const retry = (value ?? {}) as RetryOptions;
	checkOptionKeys('retry', 'retry', retry, RETRY_KEYS);
	const retries = readNumber('retry.retries', retry.retries, DEFAULT_RETRY.retries, Number.POSITIVE_INFINITY);
	if (Number.isFinite(retries) && !Number.isInteger(retries)) {
		throw new InvalidPaginationConfigError('retry.retries', `Expected \`retry.retries\` to be a whole number or Infinity, got ${describe(retries)}.`);
	}
	const randomize = retry.randomize ?? DEFAULT_RETRY.randomize;
	if (typeof randomize !== 'boolean') {
		throw new InvalidPaginationConfigError('retry.randomize', `Expected \`retry.randomize\` to be a boolean, got ${describe(randomize)}.`);
	}
	const resolved: ResolvedRetry = {
		retries,
		maxThrottleTime: readNumber('retry.maxThrottleTime', retry.maxThrottleTime, DEFAULT_RETRY.maxThrottleTime, Number.POSITIVE_INFINITY),
		minTimeout: readNumber('retry.minTimeout', retry.minTimeout, DEFAULT_RETRY.minTimeout, MAX_TIMER_MS),
		maxTimeout: readNumber('retry.maxTimeout', retry.maxTimeout, DEFAULT_RETRY.maxTimeout, MAX_TIMER_MS),
		factor: readNumber('retry.factor', retry.factor, DEFAULT_RETRY.factor, 1_000),
		randomize,
		maxRetryTime: readNumber('retry.maxRetryTime', retry.maxRetryTime, DEFAULT_RETRY.maxRetryTime, Number.POSITIVE_INFINITY),
	};
	if (resolved.minTimeout > resolved.maxTimeout) {
		throw new InvalidPaginationConfigError(
			'retry.minTimeout',
			`Expected \`retry.minTimeout\` (${resolved.minTimeout}) to be at most \`retry.maxTimeout\` (${resolved.maxTimeout}).`,
		);
	}
	return Object.freeze(resolved);
}

export function readPacing(value: unknown): boolean {
	if (value === undefined) return true;
	if (typeof value === 'boolean') return value;
	const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
	const enabled = isObject ? (value as PacingOptions).enabled : value;
	if (!isObject || Object.keys(value).some((key) => key !== 'enabled') || (enabled !== undefined && typeof enabled !== 'boolean')) {
		throw new InvalidPaginationConfigError('pacing', `Expected \`pacing\` to be a boolean or \`{ enabled: boolean }\`, got ${describe(value)}.`);
	}
	return enabled ?? true;
}

function readNumber(name: string, value: unknown, fallback: number, max: number): number {
	if (value === undefined) return fallback;
	if (typeof value !== 'number' || Number.isNaN(value) || value < 0 || value > max) {
		const limit = max === Number.POSITIVE_INFINITY ? 'a number >= 0 or Infinity' : max === MAX_TIMER_MS ? `a number from 0 to ${MAX_TIMER_MS} (2^31-1, the longest a timer can wait)` : `a number from 0 to ${max}`;
		throw new InvalidPaginationConfigError(name, `Expected \`${name}\` to be ${limit}, got ${describe(value)}.`);
	}
	return value;
}
