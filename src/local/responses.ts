/**
 * What the endpoint writes: JSON bodies with the headers AWS sends, AWS errors, scripted faults, answers to
 * requests Node cannot parse, and the one guard that turns a bug of the endpoint into a 500, so that no
 * connection is ever left unanswered unless a fault says so. Each answer is recorded in the request log.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FaultDecision, ScriptedStatus } from './faults.js';
import type { Mutable, RequestLog, RequestRecord } from './request-log.js';
import { VALIDATION_ERROR_TYPE } from './wire-spec.js';

type Logged = Pick<RequestRecord, 'errorType' | 'itemCount'>;

/** One request and its answer: whatever answers it also records the answer in its log entry. */
export class Exchange {
	/** `performance.now()` when the request arrived. */
	readonly at = performance.now();
	readonly entry: Mutable<RequestRecord>;

	constructor(
		readonly request: IncomingMessage,
		private readonly response: ServerResponse,
		private readonly log: RequestLog,
	) {
		this.entry = log.add({ method: request.method ?? '', path: (request.url ?? '').split('?')[0] ?? '', query: {}, status: 0, at: this.at });
	}

	json(status: number, body: unknown, logged: Logged = {}): void {
		sendJson(this.response, status, body);
		this.record(status, logged);
	}

	/** An AWS error: `{ message }`, its type in `x-amzn-errortype`, logged under the type's name. */
	error(status: number, type: string, message: string, headers: Readonly<Record<string, string>> = {}): void {
		sendJson(this.response, status, { message }, { 'x-amzn-errortype': type, ...headers });
		this.record(status, { errorType: type.split(':')[0] as string });
	}

	/** Closes the connection unanswered. */
	drop(): void {
		this.record(0, { errorType: 'reset' });
		this.request.socket.destroy();
	}

	/** Runs a step of answering; if it throws, answers 500 (unless it already answered) rather than leave the client waiting. */
	guard(step: () => void): void {
		try {
			step();
		} catch (error) {
			if (!this.response.headersSent) sendJson(this.response, 500, { message: `The local endpoint failed: ${(error as Error).message}` }, { 'x-amzn-errortype': 'InternalServerException' });
			this.record(500, { errorType: 'InternalServerException' });
		}
	}

	private record(status: number, logged: Logged): void {
		Object.assign(this.entry, { status }, logged);
		this.log.answered(status);
	}
}

const SCRIPTED_ERRORS: Readonly<Record<ScriptedStatus, { type: string; message: string }>> = {
	400: { type: VALIDATION_ERROR_TYPE, message: 'The request failed validation (scripted by the local endpoint).' },
	403: { type: 'AccessDeniedException', message: 'User is not authorized to perform this action (scripted by the local endpoint).' },
	429: { type: 'ThrottlingException', message: 'Too many requests, please wait before trying again.' },
	500: { type: 'InternalServerException', message: 'Internal server error (scripted by the local endpoint).' },
	502: { type: 'InternalServerException', message: 'Bad gateway (scripted by the local endpoint).' },
	503: { type: 'ServiceUnavailableException', message: 'Service unavailable, try again later (scripted by the local endpoint).' },
	504: { type: 'InternalServerException', message: 'Gateway timeout (scripted by the local endpoint).' },
};

export interface FaultAnswer {
	/** Sent with a 429, when set. */
	readonly retryAfterSeconds: number | undefined;
	/** The body of a page the SDK cannot read, made only when that fault is drawn. */
	readonly unreadablePage: () => unknown;
}

/** Answers a request as a fault decided: an AWS error, a dropped connection or an unreadable page. */
export function answerFault(exchange: Exchange, decision: Exclude<FaultDecision, { kind: 'none' }>, answer: FaultAnswer): void {
	if (decision.kind === 'reset') return exchange.drop();
	if (decision.kind === 'malformed') return exchange.json(200, answer.unreadablePage(), { errorType: 'malformed', itemCount: 1 });
	const status = decision.kind === 'throttle' ? 429 : decision.status;
	const { type, message } = SCRIPTED_ERRORS[status];
	const retryAfter = status === 429 ? answer.retryAfterSeconds : undefined;
	exchange.error(status, type, message, retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) });
}

/** Answers a request Node could not parse (headers too large, a broken request line) with a JSON error, on the raw socket. */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket, log: RequestLog, extraHeaders: Readonly<Record<string, string>>): void {
	if (!socket.writable) {
		socket.destroy();
		return;
	}
	const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
	const status = tooLarge ? 431 : 400;
	const type = tooLarge ? 'RequestHeaderFieldsTooLargeException' : 'BadRequestException';
	const message = tooLarge ? 'The request line or headers are too large.' : `The request cannot be parsed (${error.code ?? 'malformed'}).`;
	const body = JSON.stringify({ message });
	const extraLines = Object.entries(extraHeaders).map(([name, value]) => `${name}: ${value}\r\n`).join('');
	log.add({ method: '', path: '', query: {}, status, errorType: type, at: performance.now() });
	log.answered(status);
	socket.end(
		`HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
			`content-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nx-amzn-errortype: ${type}\r\n${extraLines}connection: close\r\n\r\n${body}`,
	);
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
	const payload = JSON.stringify(body);
	response.writeHead(status, {
		'content-type': 'application/json',
		'content-length': Buffer.byteLength(payload),
		'x-amzn-requestid': randomUUID(),
		date: new Date().toUTCString(),
		...headers,
	});
	response.end(payload);
}
