/**
 * One request, from arrival to answer: CORS preflights first (when on), then the request line's checks in
 * the order Bedrock's front end makes them (URI length, a parseable target, a route, authentication), then the
 * fault draw, the latency, and the list handler's answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerPreflight, CORS_RESPONSE_HEADERS, isPreflight } from './cors.js';
import type { FamilyHandler } from './family-handler.js';
import type { Faults } from './faults.js';
import type { ListHandler } from './list-handler.js';
import { shortened, type RequestLog } from './request-log.js';
import { answerFault, Exchange } from './responses.js';
import type { Router } from './router.js';

export interface RequestHandlerParts {
	readonly router: Router;
	readonly lists: ListHandler;
	/** The operations of the other Bedrock clients (agents, AgentCore, data automation, runtime). */
	readonly family: FamilyHandler;
	readonly faults: Faults;
	readonly log: RequestLog;
	/** Refuse requests without SigV4 or Bearer authorization. */
	readonly requireAuth: boolean;
	readonly cors: boolean;
}

const MAX_URL_LENGTH = 8_192;
/** A list request's JSON body is small; a larger one is refused rather than held in memory. */
const MAX_BODY_BYTES = 1_048_576;
const AUTHORIZATION = /^(AWS4-HMAC-SHA256 |Bearer )/;

export function createRequestHandler(parts: RequestHandlerParts): (request: IncomingMessage, response: ServerResponse) => void {
	// Requests that reach the fault draw, numbered from 1 as `faults.script` counts them.
	let drawn = 0;

	/** The checks before any fault: each failure is answered here, and the rest is scheduled after the latency. */
	function accept(exchange: Exchange, body: Buffer | undefined): void {
		const { request } = exchange;
		const rawUrl = request.url ?? '/';
		if (rawUrl.length > MAX_URL_LENGTH) {
			return exchange.error(414, 'UriTooLongException', `The request URI is ${rawUrl.length} characters long; at most ${MAX_URL_LENGTH} are accepted.`);
		}
		const url = URL.canParse(rawUrl, 'http://local') ? new URL(rawUrl, 'http://local') : undefined;
		if (url === undefined) {
			return exchange.error(400, 'BadRequestException', `The request target ${JSON.stringify(rawUrl.slice(0, 200))} cannot be parsed as a path and query.`);
		}
		exchange.entry.path = url.pathname;
		exchange.entry.query = shortened(Object.fromEntries(url.searchParams));
		const match = parts.router(request.method, url.pathname);
		if (match.kind === 'none') return exchange.error(404, 'UnknownOperationException', `No operation at ${request.method} ${url.pathname.slice(0, 200)}.`);
		exchange.entry.operation = match.operation;
		if (match.kind === 'bad-escape') return exchange.error(400, 'BadRequestException', 'A path parameter has a malformed percent-escape.');
		if (body === undefined) return exchange.error(413, 'RequestEntityTooLargeException', `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
		if (parts.requireAuth && !AUTHORIZATION.test(request.headers.authorization ?? '')) {
			return exchange.error(403, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
		}
		const family = parts.family.handles(match.operation);
		const json = family ? parseBody(body) : {};
		if (json === undefined) return exchange.error(400, 'SerializationException', 'The request body is not a JSON object.');
		const decision = parts.faults.decide(++drawn, exchange.at);
		const { operation, pathParams } = match;
		setTimeout(() => {
			exchange.guard(() => {
				if (decision.kind !== 'none') {
					const unreadablePage = () => (family ? parts.family.unreadablePage(operation) : parts.lists.unreadablePage(operation));
					return answerFault(exchange, decision, { retryAfterSeconds: parts.faults.retryAfterSeconds, unreadablePage });
				}
				const outcome = family
					? parts.family.list(operation, { pathParams, query: url.searchParams, headers: request.headers, body: json })
					: parts.lists.list(operation, pathParams, url.searchParams);
				if (outcome.ok) exchange.json(200, outcome.body, { itemCount: outcome.itemCount });
				else exchange.error(outcome.status, outcome.type, outcome.message);
			});
		}, parts.faults.latency());
	}

	return (request, response) => {
		if (parts.cors) {
			// A preflight carries no credentials: it is answered before authentication, faults and the log.
			if (isPreflight(request)) {
				request.resume();
				return answerPreflight(request, response);
			}
			for (const [name, value] of Object.entries(CORS_RESPONSE_HEADERS)) response.setHeader(name, value);
		}
		const exchange = new Exchange(request, response, parts.log);
		readBody(request, (body) => exchange.guard(() => accept(exchange, body)));
	};
}

/** The whole body, or `undefined` past the limit (the rest is drained unread). */
function readBody(request: IncomingMessage, done: (body: Buffer | undefined) => void): void {
	const chunks: Buffer[] = [];
	let size = 0;
	request.on('data', (chunk: Buffer) => {
		size += chunk.length;
		if (size <= MAX_BODY_BYTES) chunks.push(chunk);
	});
	request.on('end', () => done(size <= MAX_BODY_BYTES ? Buffer.concat(chunks) : undefined));
}

/** A JSON object body (an empty body is `{}`); `undefined` for anything else. */
function parseBody(body: Buffer): Record<string, unknown> | undefined {
	if (body.length === 0) return {};
	try {
		const value: unknown = JSON.parse(body.toString('utf8'));
		return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
	} catch {
		return undefined;
	}
}
