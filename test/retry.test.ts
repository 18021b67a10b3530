import { describe, expect, it } from 'vitest';
import {
	buildListCustomModelsResult,
	InvalidPaginationConfigError,
	isAbortError,
	paginateListCustomModels,
	type RetryContext,
} from '../src/index.js';
import { isLoopbackRefusal } from '../src/retry/classify.js';
import { addDebugSink } from '../src/retry/debug-log.js';
import { catalogue, collect, names, scriptedService } from './support/scripted-service.js';

/** An error shaped like the SDK's modelled service exceptions. */
function serviceError(name: string, status: number, headers: Record<string, string> = {}) {
	return Object.assign(new Error(`${name} from the script`), {
		name,
		$fault: status >= 500 ? 'server' : 'client',
		$metadata: { httpStatusCode: status, requestId: 'req-1' },
		$response: { statusCode: status, headers },
	});
}
const networkError = (code: string) => Object.assign(new Error(`socket ${code}`), { code });
const NO_WAIT = { minTimeout: 0, maxTimeout: 0 };

describe('paginator retries on a scripted send()', () => {
	it('retries throttling, server and network errors and yields every item once, in order', async () => {
		const failures = new Map<number, unknown>([
			[1, serviceError('ThrottlingException', 429)],
			[3, serviceError('ServiceUnavailableException', 503)],
			[4, networkError('ECONNRESET')],
		]);
		const service = scriptedService(catalogue(7), 3, failures);
		const retries: RetryContext[] = [];
		const pages = await collect(paginateListCustomModels(service, {}, {}, { retry: NO_WAIT, onRetry: (c) => retries.push(c) }));
		expect(names(pages.flatMap((p) => p.modelSummaries))).toEqual(names(catalogue(7)));
		expect(service.requests).toHaveLength(6);
		expect(retries.map((r) => [r.pageIndex, r.attempt, r.throttled, r.retriesLeft])).toEqual([
			[0, 1, true, 8],
			[1, 1, false, 7],
			[1, 2, false, 6],
		]);
		expect(retries[1]).toMatchObject({ totalItems: 3, NextToken: pages[0]?.NextToken, error: failures.get(3) });
		expect(Object.isFrozen(retries[0])).toBe(true);
	});

	it('throws the last error itself when retries are spent, with attempts and the NextToken that resumes there', async () => {
		const last = serviceError('ServiceUnavailableException', 503);
		const failures = new Map<number, unknown>([
			[2, serviceError('ServiceUnavailableException', 503)],
			[3, serviceError('InternalServerException', 500)],
			[4, last],
		]);
		const service = scriptedService(catalogue(7), 3, failures);
		const seen: string[] = [];
		const error = await (async () => {
			for await (const page of paginateListCustomModels(service, {}, {}, { retry: { ...NO_WAIT, retries: 2 } })) {
				seen.push(...names(page.modelSummaries));
			}
		})().catch((e: unknown) => e);
		expect(error).toBe(last);
		expect(error).toMatchObject({ name: 'ServiceUnavailableException', message: 'ServiceUnavailableException from the script', $metadata: { httpStatusCode: 503, requestId: 'req-1', attempts: 3 } });
		const rest = await collect(paginateListCustomModels(service, {}, { StartingToken: (error as { NextToken: string }).NextToken }));
		expect([...seen, ...names(rest.flatMap((p) => p.modelSummaries))]).toEqual(names(catalogue(7)));
	});

	it('sets the NextToken of a failed full result back to where that call started, so nothing is lost', async () => {
		const failure = serviceError('AccessDeniedException', 403);
		const service = scriptedService(catalogue(9), 3, new Map([[2, failure]]));
		const start = 'tok-3';
		await expect(buildListCustomModelsResult(service, {}, { StartingToken: start }, { retry: NO_WAIT })).rejects.toBe(failure);
		const { NextToken } = failure as unknown as { NextToken: string };
		expect(NextToken).toBe(start);
		const again = await buildListCustomModelsResult(service, {}, { StartingToken: NextToken });
		expect(names(again.modelSummaries)).toEqual(names(catalogue(9).slice(3)));
	});

	it('resumes inside a page when the failure comes after a starting skip', async () => {
		const service = scriptedService(catalogue(7), 3, new Map([[1, serviceError('ValidationException', 400)]]));
		const start = Buffer.from('{"nextToken": "tok-3", "boto_truncate_amount": 2}').toString('base64');
		const error = await collect(paginateListCustomModels(service, {}, { StartingToken: start })).catch((e: unknown) => e);
		expect((error as { NextToken: string }).NextToken).toBe(start);
	});

	it.each([
		['ValidationException', serviceError('ValidationException', 400)],
		['AccessDeniedException', serviceError('AccessDeniedException', 403)],
		['a deserialization TypeError', new TypeError('Expected real number, got implicit NaN')],
	])('does not retry %s: one request, the error as it came', async (_title, failure) => {
		const service = scriptedService(catalogue(3), 3, new Map([[1, failure]]));
		await expect(collect(paginateListCustomModels(service))).rejects.toBe(failure);
		expect(service.requests).toHaveLength(1);
	});

	it('leaves a throttled page to the client with retry: false', async () => {
		const failure = serviceError('ThrottlingException', 429);
		const service = scriptedService(catalogue(3), 3, new Map([[1, failure]]));
		await expect(collect(paginateListCustomModels(service, {}, {}, { retry: false }))).rejects.toBe(failure);
		expect(service.requests).toHaveLength(1);
	});

	it('gives up at once when the next wait would pass maxRetryTime', async () => {
		const failures = new Map<number, unknown>([[1, serviceError('ServiceUnavailableException', 503)]]);
		const service = scriptedService(catalogue(3), 3, failures);
		const retry = { minTimeout: 60_000, maxTimeout: 60_000, randomize: false, maxRetryTime: 1_000 };
		const started = performance.now();
		await expect(collect(paginateListCustomModels(service, {}, {}, { retry }))).rejects.toBe(failures.get(1));
		expect(performance.now() - started).toBeLessThan(1_000);
		expect(service.requests).toHaveLength(1);
	});

	it("passes every send() a signal of the listing's own, which the caller's signal aborts", async () => {
		const service = scriptedService(catalogue(7));
		const controller = new AbortController();
		const pages = paginateListCustomModels(service, {}, {}, { signal: controller.signal, readAhead: 0 });
		await pages.next();
		controller.abort(new Error('stop'));
		await expect(pages.next()).rejects.toMatchObject({ name: 'AbortError' });
		expect(service.signals).toHaveLength(1);
		expect(service.signals[0]).not.toBe(controller.signal);
		expect(service.signals[0]?.aborted).toBe(true);
	});

	it('reports each page to onPage with a frozen context', async () => {
		const contexts: unknown[] = [];
		await collect(paginateListCustomModels(scriptedService(catalogue(7)), {}, { MaxItems: 5 }, { onPage: (c) => contexts.push(c) }));
		expect(contexts).toEqual([
			{ pageIndex: 0, itemCount: 3, totalItems: 3, attempts: 1, requestCount: 1, NextToken: expect.any(String), elapsedMs: expect.any(Number), itemsPerSecond: expect.any(Number), throttleWaitMs: 0, etaMs: expect.any(Number) },
			// MaxItems reached: nothing is left to wait for.
			{ pageIndex: 1, itemCount: 2, totalItems: 5, attempts: 1, requestCount: 2, NextToken: expect.any(String), elapsedMs: expect.any(Number), itemsPerSecond: expect.any(Number), throttleWaitMs: 0, etaMs: 0 },
		]);
		expect(contexts.every((c) => Object.isFrozen(c))).toBe(true);
	});
});

type PaginateOptions = Parameters<typeof paginateListCustomModels>[3];

describe('retry and option validation', () => {
	const service = scriptedService(catalogue(1));
	it.each([
		[{ retry: { retries: -1 } }, /`retry.retries` to be a number >= 0 or Infinity/],
		[{ retry: { retries: 1.5 } }, /`retry.retries` to be a whole number or Infinity/],
		[{ retry: { minTimeout: Number.NaN } }, /`retry.minTimeout` to be a number from 0 to 2147483647/],
		[{ retry: { minTimeout: -1 } }, /`retry.minTimeout` to be a number from 0 to 2147483647/],
		[{ retry: { maxTimeout: 2 ** 31 } }, /`retry.maxTimeout` to be a number from 0 to 2147483647 \(2\^31-1, the longest a timer can wait\)/],
		[{ retry: { maxTimeout: Number.POSITIVE_INFINITY } }, /`retry.maxTimeout` to be a number from 0 to 2147483647/],
		[{ readAhead: 17 }, /`readAhead` to be an integer from 0 to 16/],
		[{ retry: { factor: '2' } }, /`retry.factor`/],
		[{ retry: { randomize: 'yes' } }, /`retry.randomize` to be a boolean/],
		[{ retry: { minTimeout: 5000, maxTimeout: 100 } }, /`retry.minTimeout` \(5000\) to be at most `retry.maxTimeout` \(100\)/],
		[{ retry: { retires: 3 } }, /Unknown retry option `retires`/],
		[{ pacing: 'on' }, /Expected `pacing` to be a boolean or `{ enabled: boolean }`, got `'on'` \(string\)/],
		[{ pacing: { enabled: 1 } }, /Expected `pacing` to be a boolean or `{ enabled: boolean }`/],
		[{ pacing: { enable: false } }, /Expected `pacing` to be a boolean or `{ enabled: boolean }`/],
		[{ signal: {} }, /`signal` to be an AbortSignal/],
		[{ onPage: 'log' }, /`onPage` to be a function/],
		[{ onRetry: 1 }, /`onRetry` to be a function/],
		[{ singal: AbortSignal.abort() }, /Unknown options option `singal`/],
	])('rejects %j before any request', async (options, message) => {
		// Options of the wrong types on purpose: the check runs on what JavaScript callers can pass.
		const error = await paginateListCustomModels(service, {}, {}, options as PaginateOptions).next().catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InvalidPaginationConfigError);
		expect((error as Error).message).toMatch(message);
		expect(service.requests).toHaveLength(0);
	});
});

describe('throttling is flow control: a time budget, backoff that grows, a refused local endpoint fails fast', () => {
	it('retries a throttled page past any count of retries, and fails it only once maxThrottleTime is spent', async () => {
		const throttles = new Map<number, unknown>(Array.from({ length: 20 }, (_, i) => [i + 1, serviceError('ThrottlingException', 429)] as const));
		const service = scriptedService(catalogue(5), 5, throttles);
		const retries: RetryContext[] = [];
		const pages = await collect(paginateListCustomModels(service, {}, {}, { pacing: false, retry: { ...NO_WAIT, retries: 2 }, onRetry: (c) => retries.push(c) }));
		expect(names(pages.flatMap((p) => p.modelSummaries))).toEqual(names(catalogue(5)));
		expect(retries).toHaveLength(20);
		expect(retries.every((r) => r.throttled && r.retriesLeft === 2)).toBe(true);

		const stuck = scriptedService(catalogue(5), 5, new Map(Array.from({ length: 10_000 }, (_, i) => [i + 1, serviceError('ThrottlingException', 429)] as const)));
		const error = await collect(paginateListCustomModels(stuck, {}, {}, { pacing: false, retry: { minTimeout: 0, maxTimeout: 5, maxThrottleTime: 150 } })).catch((e: unknown) => e);
		expect(error).toMatchObject({ name: 'ThrottlingException', NextToken: expect.any(String) });
		expect(stuck.requests.length).toBeGreaterThan(5);
	});

	it('gives up on a connection refused on this machine after three attempts; elsewhere the policy holds', async () => {
		const refused = (address: string) => Object.assign(new Error(`connect ECONNREFUSED ${address}:1`), { code: 'ECONNREFUSED', address, port: 1 });
		const local = scriptedService(catalogue(3), 3, new Map(Array.from({ length: 50 }, (_, i) => [i + 1, refused('127.0.0.1')] as const)));
		await expect(collect(paginateListCustomModels(local, {}, {}, { retry: NO_WAIT }))).rejects.toMatchObject({ code: 'ECONNREFUSED' });
		expect(local.requests).toHaveLength(3);
		const remote = scriptedService(catalogue(3), 3, new Map(Array.from({ length: 50 }, (_, i) => [i + 1, refused('10.1.2.3')] as const)));
		await expect(collect(paginateListCustomModels(remote, {}, {}, { retry: NO_WAIT }))).rejects.toMatchObject({ code: 'ECONNREFUSED' });
		expect(remote.requests).toHaveLength(9);
		expect(isLoopbackRefusal(Object.assign(new AggregateError([refused('::1'), refused('127.0.0.1')]), { code: 'ECONNREFUSED' }))).toBe(true);
	});

	it('tells onRetry of the first refused connection to a remote endpoint before its minute-long wait starts', async () => {
		const refused = Object.assign(new Error('connect ECONNREFUSED 10.1.2.3:443'), { code: 'ECONNREFUSED', address: '10.1.2.3', port: 443 });
		const remote = scriptedService(catalogue(3), 3, new Map(Array.from({ length: 50 }, (_, i) => [i + 1, refused] as const)));
		const controller = new AbortController();
		const retries: RetryContext[] = [];
		const error = await collect(
			paginateListCustomModels(remote, {}, {}, {
				signal: controller.signal,
				retry: { minTimeout: 60_000, maxTimeout: 60_000, randomize: false },
				onRetry: (context) => {
					retries.push(context);
					controller.abort(new Error('seen'));
				},
			}),
		).catch((e: unknown) => e);
		expect(isAbortError(error)).toBe(true);
		expect(retries.map((r) => [r.attempt, r.delay, r.retriesLeft, r.error])).toEqual([[1, 60_000, 7, refused]]);
		expect(remote.requests).toHaveLength(1);
	});

	it('logs statuses, error codes, retries and their waits through NODE_DEBUG-style sinks, with no credentials', async () => {
		const lines: string[] = [];
		const remove = addDebugSink((line) => lines.push(line));
		try {
			const service = scriptedService(catalogue(4), 2, new Map([[1, serviceError('ThrottlingException', 429)], [2, serviceError('ThrottlingException', 429, { 'retry-after': '0.05' })], [4, serviceError('ServiceUnavailableException', 503)]]));
			await collect(paginateListCustomModels(service, {}, {}, { retry: NO_WAIT }));
		} finally {
			remove();
		}
		expect(lines).toContainEqual(expect.stringMatching(/^page 1, attempt 1: 429 ThrottlingException in \d+ ms$/));
		expect(lines).toContainEqual(expect.stringMatching(/^page 1: retry 1 in \d+ ms \(throttled 1 time in a row: backoff/));
		expect(lines).toContainEqual(expect.stringMatching(/^page 1: retry 2 in 50 ms \(throttled 2 times in a row: Retry-After/));
		expect(lines).toContainEqual(expect.stringMatching(/^page 2, attempt 1: 503 ServiceUnavailableException/));
		expect(lines).toContainEqual(expect.stringMatching(/^page 2: retry 1 in \d+ ms \(transient failure 1 of 9: backoff/));
		expect(lines).toContainEqual(expect.stringMatching(/^pacer: first throttle: [\d.]+ requests\/s$/));
		expect(lines.join('\n')).not.toMatch(/secret|AKID|nextToken|tok-/i);
	});
});
