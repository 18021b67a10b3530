/**
 * Which page failures are worth another attempt. Mirrors the SDK's own classification (`@smithy/core/retry`)
 * without depending on it, and reads plain objects (from test doubles and some middleware) the same way.
 */

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
	'ENOTFOUND',
	'UND_ERR_SOCKET',
	'UND_ERR_CONNECT_TIMEOUT',
]);
/** Connection failures that say nothing is listening: worth few retries (see `connectionRefusedRetries`). */
const REFUSED_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND']);
const MAX_CAUSE_DEPTH = 5;

export type RetryKind = 'throttling' | 'transient';

interface ErrorShape {
	name?: unknown;
	code?: unknown;
	message?: unknown;
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
		NETWORK_CODES.has(shape.code as string) ||
		isUnreadableBody(shape, status)
	) {
		return 'transient';
	}
	// A response that came back (any other status) is final; only a bare network failure has a cause to read.
	if (status === undefined && shape.cause !== undefined && depth < MAX_CAUSE_DEPTH) {
		return classifyError(shape.cause, depth + 1);
	}
	return undefined;
}

/** Whether the failure says nothing listens at the endpoint (refused, or no such host). */
export function isConnectionRefused(error: unknown, depth = 0): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const shape = error as ErrorShape;
	if (REFUSED_CODES.has(shape.code as string)) return true;
	return depth < MAX_CAUSE_DEPTH && isConnectionRefused(shape.cause, depth + 1);
}

/**
 * Whether the failure is a refused connection to this machine (127.0.0.0/8, ::1): nothing listens at a local
 * endpoint, which is a mistake in the setup that no wait will fix. Node names the address it tried on the error
 * (on each of an `AggregateError`'s errors when it tried several).
 */
export function isLoopbackRefusal(error: unknown, depth = 0): boolean {
	if (typeof error !== 'object' || error === null || depth > MAX_CAUSE_DEPTH) return false;
	const shape = error as ErrorShape & { address?: unknown; errors?: unknown };
	if (Array.isArray(shape.errors) && shape.errors.length > 0) return shape.errors.every((inner) => isLoopbackRefusal(inner, depth + 1));
	if (shape.code === 'ECONNREFUSED' && typeof shape.address === 'string') return isLoopbackAddress(shape.address);
	return isLoopbackRefusal(shape.cause, depth + 1);
}

function isLoopbackAddress(address: string): boolean {
	return address === '::1' || /^127\.\d+\.\d+\.\d+$/.test(address) || /^::ffff:127\./i.test(address);
}

/**
 * A success status whose body the SDK could not read: a proxy's HTML page, a body cut short. The SDK marks
 * these "Deserialization error"; another attempt usually gets a whole body.
 */
function isUnreadableBody(shape: ErrorShape, status: unknown): boolean {
	if (typeof status !== 'number' || status < 200 || status >= 300) return false;
	return (
		shape.name === 'SyntaxError' ||
		(typeof shape.message === 'string' && shape.message.includes('Deserialization error'))
	);
}
