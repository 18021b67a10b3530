import { describe, expect, it } from 'vitest';
import { planListing } from '../src/core/plan.js';
import { InvalidPaginationConfigError } from '../src/errors/invalid-pagination-config-error.js';
import { listCustomModelsDescriptor as customModels, listEnforcedGuardrailsConfigurationDescriptor as noLimit } from '../src/operations/table.js';
import { DEFAULT_RETRY } from '../src/retry/options.js';

/** A client that fails the test if planning sends anything: every check happens before any request. */
const client = { send: () => expect.unreachable('planning sent a request') };
const plan = (pagination?: unknown, options?: unknown, input: unknown = {}) => planListing(customModels, client, input, pagination, options);
/** The option named and the message of what planning throws. */
const refusal = (run: () => unknown) => {
	try {
		run();
	} catch (error) {
		if (error instanceof InvalidPaginationConfigError) return { option: error.option, message: error.message };
		throw error;
	}
	throw new Error('planned without an error');
};

describe('planListing: defaults', () => {
	it('fills every default in when no pagination or options are given (undefined or null)', () => {
		for (const [pagination, options] of [[undefined, undefined], [null, null], [{}, {}]]) {
			expect(plan(pagination, options)).toMatchObject({
				maxItems: undefined,
				pageSize: undefined,
				start: { serviceToken: null, skip: 0 },
				startingToken: undefined,
				signal: undefined,
				retry: DEFAULT_RETRY,
				pacing: true,
				readAhead: 1,
				onPage: undefined,
				onRetry: undefined,
				telemetry: {},
			});
		}
	});

	it('keeps what is given, and turns retry, pacing and telemetry off with false', () => {
		const signal = new AbortController().signal;
		const onPage = () => {};
		const planned = plan({ MaxItems: 10, PageSize: 5 }, { signal, onPage, readAhead: 0, retry: false, pacing: { enabled: false }, telemetry: false });
		expect(planned).toMatchObject({ maxItems: 10, pageSize: 5, signal, onPage, readAhead: 0, retry: undefined, pacing: false, telemetry: false });
	});

	it('fills in the retry options left out and freezes the result, leaving the caller\'s object as it was', () => {
		const retry = { retries: 2, randomize: false };
		const planned = plan({}, { retry });
		expect(planned.retry).toEqual({ ...DEFAULT_RETRY, retries: 2, randomize: false });
		expect(Object.isFrozen(planned.retry)).toBe(true);
		expect(retry).toEqual({ retries: 2, randomize: false });
	});

	it('accepts Infinity where a limit can be lifted, and an AbortSignal from anywhere that looks like one', () => {
		const signal = { aborted: false, addEventListener() {}, removeEventListener() {} };
		expect(plan({}, { retry: { retries: Infinity, maxThrottleTime: Infinity }, signal })).toMatchObject({ retry: { retries: Infinity, maxThrottleTime: Infinity }, signal });
	});
});

describe('planListing: what is refused, and the message that says how to fix it', () => {
	it.each<[string, unknown, unknown, { option: string; message: string }]>([
		['a PageSize of 0', { PageSize: 0 }, {}, { option: 'PageSize', message: 'Expected `PageSize` to be an integer from 1 to 1000, got `0` (number).' }],
		['a PageSize as a string', { PageSize: '3' }, {}, { option: 'PageSize', message: "Expected `PageSize` to be an integer from 1 to 1000, got `'3'` (string)." }],
		['a fractional MaxItems', { MaxItems: 2.5 }, {}, { option: 'MaxItems', message: 'Expected `MaxItems` to be an integer >= 1, got `2.5` (number).' }],
		['pagination that is no object', 5, {}, { option: 'pagination', message: 'Expected `pagination` to be an object, got `5` (number).' }],
		['a misspelt pagination key', { pageSize: 3 }, {}, { option: 'pagination.pageSize', message: 'Unknown pagination option `pageSize`; did you mean `PageSize`?' }],
		['an unknown pagination key', { Limit: 3 }, {}, { option: 'pagination.Limit', message: 'Unknown pagination option `Limit`; expected one of `MaxItems`, `PageSize`, `StartingToken`.' }],
		['options that are an array', {}, [], { option: 'options', message: 'Expected `options` to be an object, got an array.' }],
		['an unknown option', {}, { timeout: 5 }, { option: 'options.timeout', message: 'Unknown options option `timeout`; expected one of `signal`, `retry`, `pacing`, `readAhead`, `onPage`, `onRetry`, `telemetry`.' }],
		['a readAhead past 16', {}, { readAhead: 17 }, { option: 'readAhead', message: 'Expected `readAhead` to be an integer from 0 to 16, got `17` (number).' }],
		['a signal that is not one', {}, { signal: 'stop' }, { option: 'signal', message: "Expected `signal` to be an AbortSignal, got `'stop'` (string)." }],
		['an onPage that is not a function', {}, { onPage: true }, { option: 'onPage', message: 'Expected `onPage` to be a function, got `true` (boolean).' }],
		['an onRetry that is an object', {}, { onRetry: {} }, { option: 'onRetry', message: 'Expected `onRetry` to be a function, got an object.' }],
		['retry: null', {}, { retry: null }, { option: 'retry', message: 'Expected `retry` to be an object of retry options or `false`, got `null`.' }],
		['retry: true', {}, { retry: true }, { option: 'retry', message: 'Expected `retry` to be an object of retry options or `false`, got `true` (boolean).' }],
		['a misspelt retry option', {}, { retry: { Retries: 1 } }, { option: 'retry.Retries', message: 'Unknown retry option `Retries`; did you mean `retries`?' }],
		['fractional retries', {}, { retry: { retries: 1.5 } }, { option: 'retry.retries', message: 'Expected `retry.retries` to be a whole number or Infinity, got `1.5` (number).' }],
		['negative retries', {}, { retry: { retries: -1 } }, { option: 'retry.retries', message: 'Expected `retry.retries` to be a number >= 0 or Infinity, got `-1` (number).' }],
		['a timeout longer than a timer holds', {}, { retry: { maxTimeout: 2 ** 31 } }, { option: 'retry.maxTimeout', message: 'Expected `retry.maxTimeout` to be a number from 0 to 2147483647 (2^31-1, the longest a timer can wait), got `2147483648` (number).' }],
		['a factor past 1000', {}, { retry: { factor: 1001 } }, { option: 'retry.factor', message: 'Expected `retry.factor` to be a number from 0 to 1000, got `1001` (number).' }],
		['a NaN maxRetryTime', {}, { retry: { maxRetryTime: Number.NaN } }, { option: 'retry.maxRetryTime', message: 'Expected `retry.maxRetryTime` to be a number >= 0 or Infinity, got `NaN` (number).' }],
		['randomize as a string', {}, { retry: { randomize: 'yes' } }, { option: 'retry.randomize', message: "Expected `retry.randomize` to be a boolean, got `'yes'` (string)." }],
		['minTimeout above maxTimeout', {}, { retry: { minTimeout: 50, maxTimeout: 10 } }, { option: 'retry.minTimeout', message: 'Expected `retry.minTimeout` (50) to be at most `retry.maxTimeout` (10).' }],
		['pacing with another key', {}, { pacing: { enabled: true, rate: 5 } }, { option: 'pacing', message: 'Expected `pacing` to be a boolean or `{ enabled: boolean }`, got an object.' }],
		['telemetry: true', {}, { telemetry: true }, { option: 'telemetry', message: 'Expected `telemetry` to be `false` or { tracerProvider?, meterProvider? }, got `true` (boolean).' }],
	])('%s', (_, pagination, options, expected) => {
		expect(refusal(() => plan(pagination, options))).toEqual(expected);
	});

	it('refuses a client without send(), before looking at anything else', () => {
		expect(refusal(() => planListing(customModels, {}, {}, { PageSize: 0 }, {}))).toEqual({
			option: 'client',
			message: 'Expected `client` to be an SDK client with a `send()` method (such as a BedrockClient), got an object.',
		});
	});

	it('refuses a PageSize for an operation without a limit member, saying MaxItems still works', () => {
		expect(refusal(() => planListing(noLimit, client, {}, { PageSize: 5 }, {}))).toEqual({
			option: 'PageSize',
			message: 'ListEnforcedGuardrailsConfiguration has no page size to set (no limit member); leave `PageSize` out. `MaxItems` still caps the items.',
		});
		expect(planListing(noLimit, client, {}, { MaxItems: 5 }, {}).maxItems).toBe(5);
	});

	it('reads the input before MaxItems and PageSize, and the options after them', () => {
		expect(refusal(() => plan({ MaxItems: 0 }, { readAhead: -1 }, { nameContains: 5 })).option).toBe('filters.nameContains');
		expect(refusal(() => plan({ MaxItems: 0 }, { readAhead: -1 })).option).toBe('MaxItems');
	});
});
