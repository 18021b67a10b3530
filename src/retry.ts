/**
 * Which page failures are worth another attempt, and how long to wait before it.
 * Mirrors the SDK's own classification (`@smithy/core/retry`) without depending on it.
 */
import type { ResolvedRetry } from './config.js';

const THROTTLING_NAMES = new Set([
	'BandwidthLimitExceeded',
	'EC2ThrottledException',
	'LimitExceededException',
	'PriorRequestNotComplete',
	'ProvisionedThroughputExceededException',
	'RequestLimitExceeded',
	'RequestThrottled',
	'RequestThrottledException',
	'SlowDown',
	'ThrottledException',
	'Throttling',
	'ThrottlingException',
	'TooManyRequestsException',
	'TransactionInProgressException',
]);
const TRANSIENT_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);
const TRANSIENT_STATUSES = new Set([500, 502, 503, 504]);
const NETWORK_CODES = new Set([
	'ECONNRESET',
	'ECONNREFUSED',
	'EPIPE',
	'ETIMEDOUT',
	'EAI_AGAIN',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'UND_ERR_SOCKET',
	'UND_ERR_CONNECT_TIMEOUT',
]);
const MAX_CAUSE_DEPTH = 5;

export type RetryKind = 'throttling' | 'transient';

interface ErrorShape {
	name?: unknown;
	code?: unknown;
	cause?: unknown;
	$metadata?: { httpStatusCode?: unknown };
	$retryable?: { throttling?: unknown };
	$response?: { headers?: Record<string, unknown> };
}

/** `throttling` or `transient` when another attempt may succeed; `undefined` when it cannot. */
export function classifyError(error: unknown, depth = 0): RetryKind | undefined {
	if (typeof error !== 'object' || error === null) return undefined;
	const shape = error as ErrorShape;
	if (shape.name === 'AbortError') return undefined;
	const status = shape.$metadata?.httpStatusCode;
	if (status === 429 || THROTTLING_NAMES.has(shape.name as string) || shape.$retryable?.throttling === true) {
		return 'throttling';
	}
	if (
		TRANSIENT_STATUSES.has(status as number) ||
		TRANSIENT_NAMES.has(shape.name as string) ||
		NETWORK_CODES.has(shape.code as string)
	) {
		return 'transient';
	}
	// A response that came back (any other status) is final; only a bare network failure has a cause to read.
	if (status === undefined && shape.cause !== undefined && depth < MAX_CAUSE_DEPTH) {
		return classifyError(shape.cause, depth + 1);
	}
	return undefined;
}

/** The service's `Retry-After` (seconds or an HTTP date) in milliseconds, if it sent one. */
export function retryAfterMs(error: unknown, now = Date.now()): number | undefined {
	const headers = (error as ErrorShape | null)?.$response?.headers;
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
