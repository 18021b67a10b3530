/**
 * CORS for the local endpoint, for a paginator bundled into a browser page served from another origin.
 * A signed SDK request is never a "simple" request (it sends `authorization`, `x-amz-date`, ...), so the
 * browser asks first with an OPTIONS preflight; a preflight carries no credentials, so it is answered before
 * authentication, faults and the request log, as a gateway in front of the service would. Off by default:
 * Bedrock itself sends no CORS headers, and the endpoint mimics it unless asked.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The response headers the SDK reads beyond the ones a browser always shows: the request ids for
 * `$metadata`, the error type, `retry-after` for throttling and `date` for clock-skew correction.
 */
const EXPOSED_HEADERS = ['x-amzn-requestid', 'x-amz-request-id', 'x-amz-id-2', 'x-amzn-errortype', 'retry-after', 'date'];

/** Methods a browser may send; only GET lists, the others get the endpoint's JSON 404 rather than a CORS failure. */
const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';

/** What a preflight that names no headers is allowed: the headers the SDK signs and sends. */
const SDK_HEADERS = 'authorization, content-type, x-amz-date, x-amz-content-sha256, x-amz-security-token, x-amz-user-agent, amz-sdk-invocation-id, amz-sdk-request';

/** Seconds a browser may reuse a preflight's answer; Chromium caps it at two hours. */
const MAX_AGE_SECONDS = 7_200;

/** Headers every response carries when CORS is on, errors included (a browser hides a body that lacks them). */
export const CORS_RESPONSE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
	'access-control-allow-origin': '*',
	'access-control-expose-headers': EXPOSED_HEADERS.join(', '),
});

export function isPreflight(request: IncomingMessage): boolean {
	return request.method === 'OPTIONS';
}

/** 204 with what the browser asked for: the headers it named are echoed, so any SDK version's headers pass. */
export function answerPreflight(request: IncomingMessage, response: ServerResponse): void {
	const requested = request.headers['access-control-request-headers'];
	response.writeHead(204, {
		...CORS_RESPONSE_HEADERS,
		'access-control-allow-methods': ALLOWED_METHODS,
		'access-control-allow-headers': requested === undefined || requested.trim() === '' ? SDK_HEADERS : requested,
		'access-control-max-age': String(MAX_AGE_SECONDS),
		// The answer depends on the request's headers: a cache must not hand one preflight's answer to another.
		vary: 'Access-Control-Request-Headers',
	});
	response.end();
}
