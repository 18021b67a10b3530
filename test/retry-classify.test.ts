import { describe, expect, it } from 'vitest';
import { classifyError, isConnectionRefused, isLoopbackRefusal } from '../src/retry/classify.js';

/** An error shaped like the SDK's modelled service exceptions. */
function serviceError(name: string, status: number) {
	return Object.assign(new Error(`${name} from the script`), {
		name,
		$fault: status >= 500 ? 'server' : 'client',
		$metadata: { httpStatusCode: status, requestId: 'req-1' },
	});
}
const networkError = (code: string) => Object.assign(new Error(`socket ${code}`), { code });
const refused = (address: string) => Object.assign(new Error(`connect ECONNREFUSED ${address}:1`), { code: 'ECONNREFUSED', address, port: 1 });
/** `error` as the cause of `depth` wrappers. */
const wrapped = (error: unknown, depth: number): unknown => (depth === 0 ? error : new Error(`wrapper ${depth}`, { cause: wrapped(error, depth - 1) }));

describe('classifyError', () => {
	it.each([
		[serviceError('ThrottlingException', 429), 'throttling'],
		[serviceError('TooManyRequestsException', 400), 'throttling'],
		[serviceError('SomethingElse', 429), 'throttling'],
		[serviceError('InternalServerException', 500), 'transient'],
		[serviceError('BadGateway', 502), 'transient'],
		[serviceError('ServiceUnavailableException', 503), 'transient'],
		[serviceError('GatewayTimeout', 504), 'transient'],
		[networkError('ECONNRESET'), 'transient'],
		[networkError('ECONNREFUSED'), 'transient'],
		[networkError('ETIMEDOUT'), 'transient'],
		[Object.assign(new Error('timed out'), { name: 'TimeoutError' }), 'transient'],
		[new Error('wrapped', { cause: networkError('EPIPE') }), 'transient'],
		[serviceError('ValidationException', 400), undefined],
		[serviceError('AccessDeniedException', 403), undefined],
		[serviceError('ResourceNotFoundException', 404), undefined],
		[serviceError('NotImplemented', 501), undefined],
		[new TypeError('Cannot read creationTime'), undefined],
		[Object.assign(new Error('aborted'), { name: 'AbortError' }), undefined],
		[Object.assign(new Error('aborted'), { name: 'AbortError', code: 'ECONNRESET' }), undefined],
		['a string', undefined],
	])('classifies %s as %s', (error, kind) => {
		expect(classifyError(error)).toBe(kind);
	});

	it('reads plain objects the way it reads errors: by name, status and the SDK retryable mark', () => {
		expect(classifyError({ name: 'ThrottlingException' })).toBe('throttling');
		expect(classifyError({ $metadata: { httpStatusCode: 429 } })).toBe('throttling');
		expect(classifyError({ name: 'Custom', $retryable: { throttling: true } })).toBe('throttling');
		expect(classifyError({ name: 'Custom', $retryable: { throttling: false } })).toBeUndefined();
		expect(classifyError({ $metadata: { httpStatusCode: 503 } })).toBe('transient');
		expect(classifyError({ code: 'EAI_AGAIN' })).toBe('transient');
		expect(classifyError(null)).toBeUndefined();
		expect(classifyError(undefined)).toBeUndefined();
		expect(classifyError(503)).toBeUndefined();
	});

	it('retries a success status whose body could not be read, and nothing else with that name', () => {
		const unreadable = (status: number, name: string, message: string) => Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });
		expect(classifyError(unreadable(200, 'SyntaxError', 'Unexpected token < in JSON'))).toBe('transient');
		expect(classifyError(unreadable(200, 'TypeError', 'Deserialization error: to see the raw response, inspect the hidden field'))).toBe('transient');
		expect(classifyError(unreadable(400, 'SyntaxError', 'Unexpected token < in JSON'))).toBeUndefined();
		expect(classifyError(unreadable(200, 'TypeError', 'Cannot read properties of undefined'))).toBeUndefined();
	});

	it('reads the cause of a bare network failure, but not of a response that came back', () => {
		expect(classifyError(wrapped(networkError('ECONNRESET'), 3))).toBe('transient');
		expect(classifyError(Object.assign(new Error('bad request'), { $metadata: { httpStatusCode: 400 }, cause: networkError('ECONNRESET') }))).toBeUndefined();
	});

	it('stops reading causes five deep', () => {
		expect(classifyError(wrapped(networkError('ECONNRESET'), 5))).toBe('transient');
		expect(classifyError(wrapped(networkError('ECONNRESET'), 6))).toBeUndefined();
	});
});

describe('isConnectionRefused', () => {
	it('is true for a refused connection or an unknown host, directly or as a cause', () => {
		expect(isConnectionRefused(networkError('ECONNREFUSED'))).toBe(true);
		expect(isConnectionRefused(networkError('ENOTFOUND'))).toBe(true);
		expect(isConnectionRefused(wrapped(networkError('ECONNREFUSED'), 2))).toBe(true);
	});

	it('is false for other network failures and for anything that is not an object', () => {
		expect(isConnectionRefused(networkError('ECONNRESET'))).toBe(false);
		expect(isConnectionRefused(serviceError('ServiceUnavailableException', 503))).toBe(false);
		expect(isConnectionRefused('ECONNREFUSED')).toBe(false);
		expect(isConnectionRefused(null)).toBe(false);
	});
});

describe('isLoopbackRefusal', () => {
	it.each(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'])('is true for a connection refused at %s', (address) => {
		expect(isLoopbackRefusal(refused(address))).toBe(true);
		expect(isLoopbackRefusal(wrapped(refused(address), 2))).toBe(true);
	});

	it.each(['10.1.2.3', '192.168.0.1', '::2', '128.0.0.1'])('is false for a connection refused at %s', (address) => {
		expect(isLoopbackRefusal(refused(address))).toBe(false);
	});

	it('is true for an AggregateError only when every address tried was on this machine', () => {
		expect(isLoopbackRefusal(new AggregateError([refused('::1'), refused('127.0.0.1')]))).toBe(true);
		expect(isLoopbackRefusal(new AggregateError([refused('::1'), refused('10.1.2.3')]))).toBe(false);
	});

	it('is false without an address, or for another failure at a loopback address', () => {
		expect(isLoopbackRefusal(networkError('ECONNREFUSED'))).toBe(false);
		expect(isLoopbackRefusal(Object.assign(new Error('reset'), { code: 'ECONNRESET', address: '127.0.0.1' }))).toBe(false);
	});
});
