import { describe, expect, it } from 'vitest';
import { backoffMs, longestBackoffMs, retryAfterMs, THROTTLE_MAX_BACKOFF_MS, throttleBackoffMs } from '../src/retry/backoff.js';
import { DEFAULT_RETRY } from '../src/retry/options.js';

/** An error carrying the response headers the SDK keeps on `$response`. */
const withHeaders = (headers: Record<string, unknown>) => Object.assign(new Error('throttled'), { $response: { statusCode: 429, headers } });
const fixed = { ...DEFAULT_RETRY, randomize: false };
const lowest = () => 0;
const highest = () => 0.999_999;

describe('backoffMs: the wait before a retry after a failure that is not throttling', () => {
	it('grows by factor from minTimeout and stops at maxTimeout', () => {
		expect([1, 2, 3, 4, 5, 6, 7].map((step) => backoffMs(step, fixed))).toEqual([500, 1000, 2000, 4000, 8000, 16000, 20000]);
	});

	it('draws full jitter from zero to the ceiling', () => {
		expect(backoffMs(3, DEFAULT_RETRY, lowest)).toBe(0);
		expect(backoffMs(3, DEFAULT_RETRY, () => 0.5)).toBe(1000);
		expect(backoffMs(3, DEFAULT_RETRY, () => 0.999)).toBeCloseTo(1998);
	});

	it('treats a step below 1 as the first, and waits nothing with minTimeout 0', () => {
		expect(backoffMs(0, fixed)).toBe(500);
		expect(backoffMs(-3, fixed)).toBe(500);
		expect(backoffMs(5, { ...fixed, minTimeout: 0 })).toBe(0);
	});

	it('stays at minTimeout with a factor of 1', () => {
		expect([1, 2, 10].map((step) => backoffMs(step, { ...fixed, factor: 1 }))).toEqual([500, 500, 500]);
	});
});

describe('longestBackoffMs: the worst case a page that keeps failing waits', () => {
	it('waits at most 71.5 s in all with the defaults', () => {
		expect(longestBackoffMs(DEFAULT_RETRY)).toBe(71_500);
		expect(longestBackoffMs({ ...DEFAULT_RETRY, retries: 2 })).toBe(1_500);
		expect(longestBackoffMs({ ...DEFAULT_RETRY, retries: 0 })).toBe(0);
		expect(longestBackoffMs({ ...DEFAULT_RETRY, retries: Number.POSITIVE_INFINITY })).toBe(Number.POSITIVE_INFINITY);
	});

	it('is the ceiling whatever randomize says, since jitter only ever shortens a wait', () => {
		expect(longestBackoffMs({ ...DEFAULT_RETRY, randomize: true })).toBe(longestBackoffMs({ ...DEFAULT_RETRY, randomize: false }));
	});
});

describe('throttleBackoffMs: the wait before a retry of a throttled page', () => {
	it('doubles from 10 ms and never falls below half its ceiling', () => {
		expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((step) => throttleBackoffMs(step, DEFAULT_RETRY, lowest))).toEqual([5, 10, 20, 40, 80, 160, 320, 500, 500]);
		expect([1, 2, 3].map((step) => throttleBackoffMs(step, fixed))).toEqual([10, 20, 40]);
	});

	it('never waits past 1 s, nor past maxTimeout', () => {
		expect(throttleBackoffMs(30, DEFAULT_RETRY, highest)).toBeLessThanOrEqual(THROTTLE_MAX_BACKOFF_MS);
		expect(throttleBackoffMs(30, fixed)).toBe(1000);
		expect(throttleBackoffMs(30, { ...fixed, maxTimeout: 300 })).toBe(300);
		expect(throttleBackoffMs(3, { ...DEFAULT_RETRY, maxTimeout: 0 })).toBe(0);
	});

	it('does not shrink with a factor below 1', () => {
		expect([1, 2, 3].map((step) => throttleBackoffMs(step, { ...DEFAULT_RETRY, factor: 0.5 }, lowest))).toEqual([5, 5, 5]);
	});
});

describe("retryAfterMs: the service's Retry-After", () => {
	it('reads seconds, whole or not, under either spelling of the header', () => {
		expect(retryAfterMs(withHeaders({ 'retry-after': '3' }))).toBe(3000);
		expect(retryAfterMs(withHeaders({ 'retry-after': '0.5' }))).toBe(500);
		expect(retryAfterMs(withHeaders({ 'Retry-After': '2' }))).toBe(2000);
	});

	it('reads an HTTP date as the time left until it, and a date past as no wait', () => {
		const now = Date.parse('2026-01-01T00:00:00Z');
		expect(retryAfterMs(withHeaders({ 'retry-after': 'Thu, 01 Jan 2026 00:00:04 GMT' }), now)).toBe(4000);
		expect(retryAfterMs(withHeaders({ 'retry-after': 'Wed, 31 Dec 2025 23:59:00 GMT' }), now)).toBe(0);
	});

	it('reads a negative number of seconds as no wait', () => {
		expect(retryAfterMs(withHeaders({ 'retry-after': '-5' }))).toBe(0);
	});

	it('is undefined when there is no readable header', () => {
		expect(retryAfterMs(withHeaders({ 'retry-after': 'soon' }))).toBeUndefined();
		expect(retryAfterMs(withHeaders({ 'retry-after': '  ' }))).toBeUndefined();
		expect(retryAfterMs(withHeaders({ 'retry-after': 3 }))).toBeUndefined();
		expect(retryAfterMs(withHeaders({}))).toBeUndefined();
		expect(retryAfterMs(new Error('no response'))).toBeUndefined();
		expect(retryAfterMs(null)).toBeUndefined();
	});
});
