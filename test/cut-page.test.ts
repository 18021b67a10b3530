/** Where a service page is cut: the starting skip at its head, MaxItems at its tail, and the token after it. */
import { describe, expect, it } from 'vitest';
import { cutPage } from '../src/core/cut-page.js';

const items = ['a', 'b', 'c', 'd'];
const at = (serviceToken: string | null, skip = 0) => ({ serviceToken, skip });

describe('cutPage', () => {
	it('hands out a whole page and resumes at the service token', () => {
		expect(cutPage(items, 'T2', at('T1'), Number.POSITIVE_INFINITY)).toEqual({ items, origin: at('T1'), next: at('T2'), last: false });
	});

	it('is the last page when the service gives no token', () => {
		expect(cutPage(items, null, at(null), Number.POSITIVE_INFINITY)).toMatchObject({ next: undefined, last: true });
	});

	it('skips the head the starting token says, and tells where the first item stands', () => {
		expect(cutPage(items, 'T2', at('T1', 3), Number.POSITIVE_INFINITY)).toEqual({ items: ['d'], origin: at('T1', 3), next: at('T2'), last: false });
	});

	it('carries a skip longer than the page over to the next page', () => {
		expect(cutPage(items, 'T2', at('T1', 6), Number.POSITIVE_INFINITY)).toEqual({ items: [], origin: at('T1', 4), next: at('T2', 2), last: false });
	});

	it('cuts where MaxItems is reached and resumes inside the page', () => {
		expect(cutPage(items, 'T2', at('T1', 1), 2)).toEqual({ items: ['b', 'c'], origin: at('T1', 1), next: at('T1', 3), last: true });
	});

	it('ends at a page boundary when MaxItems lands on the end of the page', () => {
		expect(cutPage(items, 'T2', at(null), 4)).toEqual({ items, origin: at(null), next: at('T2'), last: true });
	});
});
