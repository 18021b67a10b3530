/** The library as a dependency: shared signals and clients, bad input from the caller, bad answers from the service. */
import { getEventListeners } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
	InvalidPaginationConfigError,
	InvalidStartingTokenError,
	MalformedPageError,
	buildListCustomModelsResult,
	encodeToken,
	isAbortError,
	iterateListCustomModels,
	paginateListAutomatedReasoningPolicyTestResults,
	paginateListCustomModels,
	paginateListEnforcedGuardrailsConfiguration,
	processCustomModels,
	resumeTokenOf,
} from '../src/index.js';
import { memoryCheckpoint } from './support/memory-checkpoint.js';
import { catalogue, collect, names, replayService, scriptedService } from './support/scripted-service.js';
import { nextTurn } from './support/turn.js';

const throttle = (retryAfter?: string) =>
	Object.assign(new Error('Rate exceeded'), {
		name: 'ThrottlingException',
		$metadata: { httpStatusCode: 429 },
		$response: { headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter } },
	});

describe('shared signals', () => {
	it('rejects each listing on one aborted signal with an AbortError of its own, whose token resumes that listing exactly', async () => {
		const controller = new AbortController();
		const shards = ['a', 'b', 'c', 'd'].map((shard) => ({ shard, items: catalogue(30).map((m) => ({ ...m, modelName: `${shard}-${m.modelName}` })) }));
		const seen = new Map<string, string[]>(shards.map(({ shard }) => [shard, []]));
		const errors = await Promise.all(
			shards.map(async ({ shard, items }) => {
				const service = scriptedService(items, 4);
				try {
					for await (const model of iterateListCustomModels(service, {}, {}, { signal: controller.signal })) {
						seen.get(shard)?.push(model.modelName ?? '');
						if (shard === 'c' && seen.get(shard)?.length === 13) controller.abort(new Error('deploy'));
						await nextTurn();
					}
				} catch (error) {
					return { shard, items, error };
				}
				return { shard, items, error: undefined };
			}),
		);
		const tokens = new Set<string>();
		for (const { shard, items, error } of errors) {
			expect(isAbortError(error)).toBe(true);
			expect((error as Error).cause).toEqual(new Error('deploy'));
			const token = resumeTokenOf(error);
			expect(token).toEqual(expect.any(String));
			tokens.add(token as string);
			// Resuming each shard from its own error loses and repeats nothing.
			const rest = await collect(iterateListCustomModels(scriptedService(items, 4), {}, { StartingToken: token }));
			expect([...(seen.get(shard) ?? []), ...names(rest)]).toEqual(names(items));
		}
		expect(new Set(errors.map((e) => e.error)).size).toBe(4);
	});

	it('gives a NextToken also when the signal is aborted with a string, or with nothing at all', async () => {
		for (const reason of ['stop', 42, undefined]) {
			const controller = new AbortController();
			const pages = paginateListCustomModels(scriptedService(catalogue(9), 3), {}, {}, { signal: controller.signal, readAhead: 0 });
			await pages.next();
			controller.abort(reason);
			const error = await pages.next().catch((e: unknown) => e);
			expect(isAbortError(error)).toBe(true);
			expect(resumeTokenOf(error)).toBe(encodeToken({ serviceToken: 'tok-3', skip: 0 }));
			if (reason !== undefined) expect((error as Error).cause).toBe(reason);
		}
	});

	it('keeps one listener at most on a signal that twenty listings share, and none once they settle', async () => {
		const warnings: string[] = [];
		const onWarning = (warning: Error) => warnings.push(warning.name);
		process.on('warning', onWarning);
		const controller = new AbortController();
		let most = 0;
		const listings = Array.from({ length: 20 }, async () => {
			for await (const _page of paginateListCustomModels(scriptedService(catalogue(20), 2), {}, {}, { signal: controller.signal })) {
				most = Math.max(most, getEventListeners(controller.signal, 'abort').length);
				await nextTurn();
			}
		});
		await Promise.all(listings);
		await nextTurn();
		process.off('warning', onWarning);
		expect(warnings).not.toContain('MaxListenersExceededWarning');
		expect(most).toBe(1);
		expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
	});
});

describe('resumeTokenOf', () => {
	it('reads the resume point off every error a listing throws, and nothing off others', async () => {
		const service = scriptedService(catalogue(9), 3, new Map([[2, Object.assign(new Error('denied'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } })]]));
		const error = await collect(paginateListCustomModels(service)).catch((e: unknown) => e);
		expect(resumeTokenOf(error)).toBe(encodeToken({ serviceToken: 'tok-3', skip: 0 }));
		expect(resumeTokenOf(new Error('unrelated'))).toBeUndefined();
		expect(resumeTokenOf('text')).toBeUndefined();
		expect(resumeTokenOf(null)).toBeUndefined();
	});
});

describe('bad input from the caller, refused before any request', () => {
	const refused = async (filters: unknown, pagination: unknown = {}) => {
		const service = scriptedService(catalogue(3));
		const error = await paginateListCustomModels(service, filters as never, pagination as never).next().catch((e: unknown) => e);
		expect(service.requests).toHaveLength(0);
		return error as Error & { option?: string };
	};

	it.each<[string, unknown, RegExp, string]>([
		['an unknown key, naming the closest', { namecontains: 'x' }, /Unknown parameter in ListCustomModels input: "namecontains", must be one of: .*nameContains.*\. Did you mean `nameContains`\?/, 'filters.namecontains'],
		['a value of the wrong type', { isOwned: 'yes' }, /Expected `isOwned` \(ListCustomModels\) to be a boolean, got `'yes'` \(string\)/, 'filters.isOwned'],
		['an invalid Date', { creationTimeAfter: new Date('not a date') }, /Expected `creationTimeAfter` \(ListCustomModels\) to be a valid Date, got an invalid Date/, 'filters.creationTimeAfter'],
		['a date as a string', { creationTimeAfter: '2024-01-01' }, /to be a valid Date, got `'2024-01-01'` \(string\)/, 'filters.creationTimeAfter'],
		['an enum value in the wrong case', { sortOrder: 'ascending' }, /to be one of `Ascending` or `Descending`, got `'ascending'` \(string\)\. Values are case-sensitive: use `Ascending`\./, 'filters.sortOrder'],
		['an enum value out of range', { modelStatus: 'Deleted' }, /`modelStatus` \(ListCustomModels\) to be one of `Active`, `Creating` or `Failed`/, 'filters.modelStatus'],
		['a name too long', { nameContains: 'x'.repeat(64) }, /`nameContains` \(ListCustomModels\) to be 1 to 63 characters long/, 'filters.nameContains'],
		['an empty name', { nameContains: '' }, /to be 1 to 63 characters long, got `''` \(string\)/, 'filters.nameContains'],
		['a lone surrogate', { nameContains: 'a\uD800b' }, /lone UTF-16 surrogate/, 'filters.nameContains'],
		['maxResults, pointing to PageSize', { maxResults: 5 }, /pass it as `PageSize`/, 'filters.maxResults'],
		['nextToken, pointing to StartingToken', { nextToken: 'x' }, /pass it as `StartingToken`/, 'filters.nextToken'],
		['a misspelt token member, pointing to StartingToken', { NextToken: 'x' }, /The token is set with `StartingToken`/, 'filters.NextToken'],
	])('refuses %s', async (_, filters, message, option) => {
		const error = await refused(filters);
		expect(error).toBeInstanceOf(InvalidPaginationConfigError);
		expect(error.message).toMatch(message);
		expect(error.option).toBe(option);
	});

	it('accepts every filter of the API, and leaves undefined ones out of the request', async () => {
		const service = scriptedService(catalogue(1));
		const filters = {
			creationTimeBefore: new Date('2030-01-01T00:00:00Z'),
			creationTimeAfter: new Date('2020-01-01T00:00:00Z'),
			nameContains: 'support',
			baseModelArnEquals: 'arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1',
			foundationModelArnEquals: 'arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1',
			sortBy: 'CreationTime',
			sortOrder: 'Descending',
			isOwned: false,
			modelStatus: 'Failed',
		} as const;
		await collect(paginateListCustomModels(service, { ...filters, nameContains: undefined }));
		const { nameContains: _, ...sent } = filters;
		expect(service.requests[0]).toEqual(sent);
	});

	it.each<[string, unknown, RegExp]>([
		['a lone surrogate', 'tok\uD800', /lone UTF-16 surrogate/],
		['a service token longer than the API allows', 'x'.repeat(2049), /service token of 2049 characters; the API accepts at most 2048/],
		['a wrapper around a service token that is too long', encodeToken({ serviceToken: 'y'.repeat(3000), skip: 1 }), /service token of 3000 characters/],
		['a service token with whitespace', 'tok 3', /service token with whitespace/],
		['an absurd length', 'x'.repeat(1_000_000), /is 1000000 characters long; no NextToken is longer than 16384/],
	])('refuses a StartingToken with %s with InvalidStartingTokenError', async (_, token, message) => {
		const error = await refused({}, { StartingToken: token });
		expect(error).toBeInstanceOf(InvalidStartingTokenError);
		expect(error.message).toMatch(message);
	});

	it('refuses PageSize for the operation without a limit member, as boto3 does, and a missing path parameter', async () => {
		const client = scriptedService([]);
		await expect(paginateListEnforcedGuardrailsConfiguration(client, {}, { PageSize: 5 } as never).next()).rejects.toThrow(
			/ListEnforcedGuardrailsConfiguration has no page size to set/,
		);
		await expect(paginateListAutomatedReasoningPolicyTestResults(client, { policyArn: 'arn:x' } as never).next()).rejects.toThrow(
			/Missing required parameter in ListAutomatedReasoningPolicyTestResults input: `buildWorkflowId`/,
		);
		expect(client.requests).toHaveLength(0);
	});
});

describe('callbacks', () => {
	it('awaits an async onPage and onRetry before going on', async () => {
		const events: string[] = [];
		const service = scriptedService(catalogue(6), 3, new Map([[2, throttle()]]));
		for await (const page of paginateListCustomModels(service, {}, {}, {
			retry: { minTimeout: 0, maxTimeout: 0 },
			readAhead: 0,
			onPage: async ({ pageIndex }) => {
				await nextTurn();
				events.push(`onPage ${pageIndex} done`);
			},
			onRetry: async ({ attempt }) => {
				await nextTurn();
				events.push(`onRetry ${attempt} done`);
			},
		})) {
			events.push(`page ${page.modelSummaries.length}`);
		}
		expect(events).toEqual(['onPage 0 done', 'page 3', 'onRetry 1 done', 'onPage 1 done', 'page 3']);
	});

	it('ends the listing with the error an async onPage or onRetry rejects with, never an unhandled rejection', async () => {
		const unhandled: unknown[] = [];
		const onUnhandled = (reason: unknown) => unhandled.push(reason);
		process.on('unhandledRejection', onUnhandled);
		const pageFailure = new Error('metrics down');
		await expect(collect(paginateListCustomModels(scriptedService(catalogue(6), 3), {}, {}, { onPage: async () => Promise.reject(pageFailure) }))).rejects.toBe(pageFailure);
		const retryFailure = new Error('alerting down');
		const service = scriptedService(catalogue(6), 3, new Map([[1, throttle()]]));
		const error = await collect(paginateListCustomModels(service, {}, {}, { retry: { minTimeout: 0, maxTimeout: 0 }, onRetry: async () => Promise.reject(retryFailure) })).catch((e: unknown) => e);
		expect(error).toBe(retryFailure);
		expect(resumeTokenOf(error)).toBe(encodeToken({ serviceToken: null, skip: 0 }));
		await nextTurn();
		await nextTurn();
		process.off('unhandledRejection', onUnhandled);
		expect(unhandled).toEqual([]);
	});
});

describe('bad answers from the service', () => {
	it('ends at once with the throttle and its NextToken when Retry-After is longer than a timer can hold', async () => {
		const service = scriptedService(catalogue(6), 3, new Map([[2, throttle(String(50 * 86_400))]]));
		// With the clock stopped, any wait would never end: the listing ending at all shows it waited for nothing.
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
		const error = await collect(paginateListCustomModels(service)).catch((e: unknown) => e).finally(() => vi.useRealTimers());
		expect((error as Error).name).toBe('ThrottlingException');
		expect(resumeTokenOf(error)).toBe(encodeToken({ serviceToken: 'tok-3', skip: 0 }));
		expect(service.requests).toHaveLength(2);
	});

	it('waits what maxRetryTime leaves when Retry-After is longer than a timer can hold', async () => {
		const service = scriptedService(catalogue(6), 3, new Map([[2, throttle(String(50 * 86_400))]]));
		const delays: number[] = [];
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
		const listing = collect(iterateListCustomModels(service, {}, {}, { retry: { maxRetryTime: 60 }, onRetry: ({ delay }) => void delays.push(delay) }));
		const items = await vi.runAllTimersAsync().then(() => listing).finally(() => vi.useRealTimers());
		expect(items).toHaveLength(6);
		expect(delays).toHaveLength(1);
		expect(delays[0]).toBeGreaterThan(0);
		expect(delays[0]).toBeLessThan(60);
	});

	it.each<[string, unknown, string, RegExp]>([
		['modelSummaries not an array', { modelSummaries: { a: 1 } }, 'modelSummaries', /`modelSummaries` should be an array, got object/],
		['nextToken not a string', { modelSummaries: [], nextToken: 5 }, 'nextToken', /`nextToken` should be a string, got number/],
		['a null body', null, '(response)', /should be an object, got null/],
	])('stops with MalformedPageError naming the field for %s, with the NextToken that retries that page', async (_, response, field, message) => {
		const service = {
			calls: 0,
			async send() {
				this.calls++;
				if (this.calls === 1) return { modelSummaries: catalogue(2), nextToken: 'tok-2' };
				return response;
			},
		};
		const seen: string[] = [];
		const error = await (async () => {
			for await (const model of iterateListCustomModels(service)) seen.push(model.modelName ?? '');
		})().catch((e: unknown) => e);
		expect(error).toBeInstanceOf(MalformedPageError);
		expect((error as MalformedPageError).field).toBe(field);
		expect((error as Error).message).toMatch(message);
		expect(resumeTokenOf(error)).toBe(encodeToken({ serviceToken: 'tok-2', skip: 0 }));
		expect(seen).toEqual(['m1', 'm2']);
		expect(service.calls).toBe(2);
	});

	it.each<[string, unknown, string]>([
		['an item without a modelArn', { modelName: 'x' }, 'modelSummaries[0].modelArn'],
		['an item that is not an object', 'x', 'modelSummaries[0]'],
	])('hands out %s as boto3 does; a job, which resumes by the modelArn, stops with MalformedPageError', async (_, odd, field) => {
		const service = () => ({
			calls: 0,
			async send() {
				this.calls++;
				return this.calls === 1 ? { modelSummaries: catalogue(2), nextToken: 'tok-2' } : { modelSummaries: [odd] };
			},
		});
		expect(await collect(iterateListCustomModels(service()))).toEqual([...catalogue(2), odd]);
		const handled: string[] = [];
		const error = await processCustomModels(service(), {}, (model) => void handled.push(model.modelName ?? ''), { checkpoint: memoryCheckpoint() }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(MalformedPageError);
		expect((error as MalformedPageError).field).toBe(field);
		expect(handled).toEqual(['m1', 'm2']);
	});

	it('classifies a non-Error rejection by its name and $metadata, and retries it', async () => {
		const service = scriptedService(catalogue(6), 3, new Map<number, unknown>([[2, { name: 'ThrottlingException', $metadata: { httpStatusCode: 429 } }], [3, { $metadata: { httpStatusCode: 503 } }]]));
		const items = await collect(iterateListCustomModels(service, {}, {}, { retry: { minTimeout: 0, maxTimeout: 0 } }));
		expect(names(items)).toEqual(names(catalogue(6)));
		expect(service.requests).toHaveLength(4);
	});

	it('wraps a rejection that cannot carry a token (a string) in ListingFailedError with the token', async () => {
		const service = scriptedService(catalogue(6), 3, new Map<number, unknown>([[2, 'socket hang up']]));
		const error = await collect(paginateListCustomModels(service)).catch((e: unknown) => e);
		expect((error as Error).name).toBe('ListingFailedError');
		expect((error as Error).cause).toBe('socket hang up');
		expect(resumeTokenOf(error)).toBe(encodeToken({ serviceToken: 'tok-3', skip: 0 }));
	});

	it('gives a full result that failed the token it started from', async () => {
		const service = replayService([{ modelSummaries: catalogue(2), nextToken: 'tok-2' }]);
		const error = await buildListCustomModelsResult(service, {}, { StartingToken: 'tok-0' }).catch((e: unknown) => e);
		expect(resumeTokenOf(error)).toBe('tok-0');
	});
});
